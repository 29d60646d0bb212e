import type { FormRef, Stage, Transition } from '../definitions/definition-types.generated.js';
import { type BlockReason, block, blockOn } from './block-reason.js';
import { checkCondition } from './conditions.js';
import type { Draft } from './draft.js';

/*
 * The guards of leaving a stage, each reported (not only the first), so the explanation lists
 * everything that stands in the way: forms, required tasks, exit criterion, transition guard,
 * approval, and the target stage's entry criterion.
 */

/** Forms of `refs` not submitted; after a re-open, `reopen.requiresForms` count only if submitted again. */
export function missingForms(d: Draft, refs: readonly FormRef[]): BlockReason[] {
  const { state, def } = d;
  const reassess =
    state.reopenedCount > 0 && def.sop.reopen?.stage === state.stage
      ? (def.sop.reopen.requiresForms ?? []).map((r) => r.form)
      : [];
  const ids = [...new Set([...refs.map((r) => r.form), ...reassess])];
  return ids
    .filter((id) => {
      const form = state.forms[id];
      return form === undefined || (reassess.includes(id) && !form.sinceReopen);
    })
    .map((id) => blockOn('form_missing', 'form', id));
}

/** Required tasks created in the current stage that are still open. */
export function openRequiredTasks(d: Draft): BlockReason[] {
  const ids = d.state.tasks
    .filter((t) => t.status === 'open' && t.required && t.stage === d.state.stage && t.kind === 'task')
    .map((t) => t.defId);
  return [...new Set(ids)].map((id) => blockOn('task_open', 'task', id));
}

/** Whether the approval was granted since the case entered its current stage. */
export function grantedInStage(d: Draft, approvalId: string): boolean {
  const a = d.state.approvals[approvalId];
  return a?.status === 'approved' && a.grantedInStageEntry === d.state.stageEntry;
}

function conditionBlock(
  d: Draft,
  logic: unknown,
  code: string,
  params: Record<string, string>,
  facts: unknown,
): BlockReason[] {
  const check = checkCondition(d, logic, facts);
  if (check.ok) return [];
  return [block(code, check.error ? { ...params, error: check.error } : params, check.trace)];
}

/** The transition's own guards: forms, `when`, approval. These alone apply to a `closeWith` exit. */
export function transitionGuards(d: Draft, t: Transition, facts: unknown): BlockReason[] {
  const approval = t.approval;
  return [
    ...conditionBlock(d, t.when, 'guard_failed', { transition: t.id }, facts),
    ...(approval !== undefined && !grantedInStage(d, approval)
      ? [
          blockOn('approval_pending', 'approval', approval, {
            role: d.def.approvals.get(approval)?.role ?? '',
          }),
        ]
      : []),
  ];
}

/** Everything that blocks taking transition `t` out of `stage` to its target stage. */
export function advanceBlocks(d: Draft, stage: Stage, t: Transition, facts: unknown): BlockReason[] {
  if (d.state.status !== 'open') return [block('case_not_open', { status: d.state.status })];
  const target = t.to === undefined ? undefined : d.def.stages.get(t.to);
  return [
    ...missingForms(d, [...(stage.requiredForms ?? []), ...(t.requiredForms ?? [])]),
    ...openRequiredTasks(d),
    ...conditionBlock(d, stage.exit, 'exit_condition', { stage: stage.id }, facts),
    ...transitionGuards(d, t, facts),
    ...(target ? conditionBlock(d, target.entry, 'entry_condition', { stage: target.id }, facts) : []),
  ];
}

/** The blocks of a `closeWith` transition: its `requiredForms`, `when` and approval, nothing else. */
export function closeWithBlocks(d: Draft, t: Transition, facts: unknown): BlockReason[] {
  const forms = (t.requiredForms ?? []).filter((r) => d.state.forms[r.form] === undefined);
  return [...forms.map((r) => blockOn('form_missing', 'form', r.form)), ...transitionGuards(d, t, facts)];
}
