import type { Transition } from '../definitions/definition-types.generated.js';
import { type BlockReason, block } from './block-reason.js';
import type { Draft } from './draft.js';
import { advanceBlocks } from './transition-blocks.js';

export type AdvancePlan = { readonly transition: Transition | null; readonly blocks: BlockReason[] };

/**
 * How a move to stage `to` would go: the first transition of the current stage to `to` whose
 * guards all hold, or else the blocks of the first such transition.
 */
export function planAdvance(d: Draft, to: string, facts: unknown): AdvancePlan {
  if (d.state.status !== 'open')
    return { transition: null, blocks: [block('case_not_open', { status: d.state.status })] };
  const stage = d.def.stages.get(d.state.stage);
  const candidates = (stage?.transitions ?? []).filter((t) => t.to === to);
  if (stage === undefined || candidates.length === 0)
    return { transition: null, blocks: [block('no_transition', { from: d.state.stage, to })] };
  let first: AdvancePlan | undefined;
  for (const t of candidates) {
    const plan = { transition: t, blocks: advanceBlocks(d, stage, t, facts) };
    if (plan.blocks.length === 0) return plan;
    first ??= plan;
  }
  return first as AdvancePlan;
}
