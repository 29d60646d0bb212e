import type { Clock } from '../kernel/clock.js';
import { type BlockReason, block } from './block-reason.js';
import type { CaseState } from './case-state.js';
import { checkCondition } from './conditions.js';
import { type Draft, draftOf, emit, factsOf } from './draft.js';
import type { Effect } from './effects.js';
import { HANDLERS } from './event-handlers.js';
import type { ExternalFacts } from './external-facts.js';
import { markOverdue, runScheduler } from './scheduler.js';
import { settle } from './settle.js';
import { enterStage } from './stage-moves.js';
import type { WorkflowDefinition } from './workflow-definition.js';
import type { WorkflowEvent } from './workflow-event.js';

/** An accepted event's new state and what changed, or why the event was refused (state unchanged). */
export type StepResult =
  | { readonly ok: true; readonly state: CaseState; readonly effects: Effect[] }
  | { readonly ok: false; readonly blockedBy: BlockReason[]; readonly event: WorkflowEvent };

function initialState(def: WorkflowDefinition, now: string): CaseState {
  return {
    version: 1,
    sopId: def.sop.id,
    status: 'open',
    stage: def.sop.initialStage,
    stageEntry: 0,
    openedAt: now,
    stageEnteredAt: now,
    closedAt: null,
    closureReason: null,
    reopenedAt: null,
    reopenedCount: 0,
    passive: null,
    priority: null,
    forms: {},
    tasks: [],
    approvals: {},
    reviews: {},
    scheduled: [],
    milestones: {},
  };
}

function open(d: Draft): BlockReason[] {
  const stage = d.def.stages.get(d.def.sop.initialStage);
  const check = checkCondition(d, stage?.entry, factsOf(d));
  if (!check.ok) return [block('entry_condition', { stage: d.def.sop.initialStage }, check.trace)];
  emit(d, { type: 'case_opened', sopId: d.def.sop.id, stage: d.state.stage, at: d.now });
  enterStage(d, d.def.sop.initialStage, null, null);
  return [];
}

function apply(d: Draft, event: WorkflowEvent): BlockReason[] {
  if (event.type === 'open') return open(d);
  // The scheduler catches up first, so the state an event acts on is the state at `now`.
  runScheduler(d);
  if (event.type === 'tick') return [];
  const handler = HANDLERS[event.type] as (d: Draft, e: WorkflowEvent) => BlockReason[];
  return handler(d, event);
}

/**
 * The SOP engine: applies one event to a case at `clock.now()`. Pure: the input state is not
 * changed; the result is a new state with the effects that describe every change, or the reasons
 * the event was refused. `state` is `null` only for `open`, which creates the case.
 */
export function step(
  def: WorkflowDefinition,
  state: CaseState | null,
  event: WorkflowEvent,
  clock: Clock,
  external: ExternalFacts = {},
): StepResult {
  const now = clock.now().toISOString();
  if ((state === null) !== (event.type === 'open'))
    return { ok: false, event, blockedBy: [block(state === null ? 'no_case' : 'already_opened')] };
  const d = draftOf(def, state ?? initialState(def, now), now, external);
  const blockedBy = apply(d, event);
  if (blockedBy.length > 0) return { ok: false, event, blockedBy };
  settle(d);
  markOverdue(d);
  return { ok: true, state: d.state, effects: d.effects };
}

/**
 * The scheduler's step at `now`: creates due reviews, follow-ups and passive reviews, flags overdue
 * tasks, and takes automatic transitions that time made possible. Idempotent.
 */
export function tick(
  def: WorkflowDefinition,
  state: CaseState,
  now: Date | string,
  external: ExternalFacts = {},
): { state: CaseState; effects: Effect[] } {
  const at = new Date(now).toISOString();
  const result = step(def, state, { type: 'tick' }, { now: () => new Date(at) }, external);
  if (!result.ok) throw new Error('tick is never refused');
  return { state: result.state, effects: result.effects };
}
