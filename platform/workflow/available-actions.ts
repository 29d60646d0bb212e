import { requestBlocks } from './approvals.js';
import type { BlockReason } from './block-reason.js';
import type { CaseState } from './case-state.js';
import { generalClosureBlocks } from './closure.js';
import { type Draft, draftOf, factsOf } from './draft.js';
import type { ExternalFacts } from './external-facts.js';
import { passiveBlocks, resumeBlocks } from './passive.js';
import { reopenBlocks } from './reopen.js';
import { addTaskBlocks } from './task-events.js';
import { advanceBlocks, closeWithBlocks } from './transition-blocks.js';
import type { WorkflowDefinition } from './workflow-definition.js';

/** Something the case may do next, with what blocks it now (empty: possible). */
export type AvailableAction =
  | { type: 'advance'; to: string; transition: string; automatic: boolean; blockedBy: BlockReason[] }
  /** `reason: null` is the general closure (any listed reason, from the allowed stages). */
  | { type: 'close'; reason: string | null; transition: string | null; blockedBy: BlockReason[] }
  | { type: 'add_task'; task: string; blockedBy: BlockReason[] }
  | { type: 'request_approval'; approval: string; blockedBy: BlockReason[] }
  | { type: 'set_passive' | 'resume' | 'reopen'; blockedBy: BlockReason[] };

function stageActions(d: Draft, facts: unknown): AvailableAction[] {
  const stage = d.def.stages.get(d.state.stage);
  if (stage === undefined) return [];
  return (stage.transitions ?? []).map((t): AvailableAction => {
    if (t.closeWith !== undefined)
      return {
        type: 'close',
        reason: t.closeWith,
        transition: t.id,
        blockedBy: closeWithBlocks(d, t, facts),
      };
    return {
      type: 'advance',
      to: t.to ?? '',
      transition: t.id,
      automatic: t.automatic === true,
      blockedBy: advanceBlocks(d, stage, t, facts),
    };
  });
}

function openCaseActions(d: Draft, facts: unknown): AvailableAction[] {
  return [
    ...stageActions(d, facts),
    { type: 'close', reason: null, transition: null, blockedBy: generalClosureBlocks(d) },
    ...(d.def.sop.passive ? [{ type: 'set_passive' as const, blockedBy: passiveBlocks(d, undefined) }] : []),
    ...(d.def.sop.discretionaryTasks ?? []).map((t) => ({
      type: 'add_task' as const,
      task: t.id,
      blockedBy: addTaskBlocks(d, t.id),
    })),
    ...[...d.def.approvals.keys()].map((id) => ({
      type: 'request_approval' as const,
      approval: id,
      blockedBy: requestBlocks(d, id),
    })),
  ];
}

/**
 * What the case may do next and, for each, why not yet: the stage bar's transitions and exits,
 * the general closure, passive/resume/re-open, discretionary tasks and approval requests.
 */
export function availableActions(
  def: WorkflowDefinition,
  state: CaseState,
  now: Date | string,
  external: ExternalFacts = {},
): AvailableAction[] {
  const d = draftOf(def, state, new Date(now).toISOString(), external);
  const facts = factsOf(d);
  switch (state.status) {
    case 'open':
      return openCaseActions(d, facts);
    case 'passive':
      return [
        { type: 'resume', blockedBy: resumeBlocks(d) },
        { type: 'close', reason: null, transition: null, blockedBy: generalClosureBlocks(d) },
      ];
    case 'closed':
      return def.sop.reopen ? [{ type: 'reopen', blockedBy: reopenBlocks(d) }] : [];
  }
}
