import type { Transition } from '../definitions/definition-types.generated.js';
import { type BlockReason, block, blockOn } from './block-reason.js';
import { optionEntries } from './closure-reasons.js';
import { holds } from './conditions.js';
import { deadlineAfter } from './deadlines.js';
import { type Draft, emit, factsOf } from './draft.js';
import { cancelTask, openTasks } from './tasks.js';
import { closeWithBlocks } from './transition-blocks.js';

export type ClosurePlan = { readonly transition: Transition | null; readonly blocks: BlockReason[] };

/** The general closure's conditions: from an allowed stage, with the closure form and approval. */
export function generalClosureBlocks(d: Draft): BlockReason[] {
  const { closure } = d.def.sop;
  const { state } = d;
  const blocks: BlockReason[] = [];
  if (closure.fromStages !== undefined && !closure.fromStages.includes(state.stage))
    blocks.push(block('closure_not_allowed_here', { stage: state.stage }));
  const form = closure.form?.form;
  // After a re-open the closure form describes the new closure, so it must be submitted again.
  if (form !== undefined && (state.forms[form] === undefined || !state.forms[form].sinceReopen))
    blocks.push(blockOn('form_missing', 'form', form));
  const approval = closure.approval;
  if (approval !== undefined && state.approvals[approval]?.status !== 'approved')
    blocks.push(
      blockOn('approval_pending', 'approval', approval, { role: d.def.approvals.get(approval)?.role ?? '' }),
    );
  return blocks;
}

/**
 * How closing with `reason` would go: through the stage's `closeWith` transition for that reason
 * (its own guards only), or else through the general closure.
 */
export function planClosure(d: Draft, reason: string, facts: unknown): ClosurePlan {
  if (d.state.status === 'closed')
    return { transition: null, blocks: [block('case_not_open', { status: 'closed' })] };
  if (!optionEntries(d.def.bundle, d.def.sop.closure.reasons).some((o) => o.value === reason))
    return { transition: null, blocks: [blockOn('unknown_reason', 'reason', reason)] };
  const exits = (d.def.stages.get(d.state.stage)?.transitions ?? []).filter((t) => t.closeWith === reason);
  let first: ClosurePlan | undefined;
  for (const t of exits) {
    const plan = { transition: t, blocks: closeWithBlocks(d, t, facts) };
    if (plan.blocks.length === 0) return plan;
    first ??= plan;
  }
  return first ?? { transition: null, blocks: generalClosureBlocks(d) };
}

function scheduleFollowUps(d: Draft): void {
  const followUps = d.def.sop.closure.followUps;
  if (followUps === undefined || !holds(d, followUps.when, 'followUps', factsOf(d))) return;
  for (const after of followUps.after) {
    const due = deadlineAfter(d.def, { instant: d.now }, after);
    d.state.scheduled.push({
      ...due,
      defId: 'follow-up',
      kind: 'follow_up',
      role: followUps.role,
      form: followUps.form.form,
    });
    emit(d, {
      type: 'task_scheduled',
      defId: 'follow-up',
      kind: 'follow_up',
      dueDate: due.dueDate,
      appearsAt: due.appearsAt,
    });
  }
}

/** Closes the case: open work is cancelled, schedules stop, follow-ups are scheduled. */
export function closeCase(d: Draft, reason: string, transition: string | null): void {
  const s = d.state;
  for (const t of openTasks(d)) cancelTask(d, t, 'case_closed');
  for (const [id, a] of Object.entries(s.approvals))
    if (a.status === 'pending') {
      delete s.approvals[id];
      emit(d, { type: 'approval_withdrawn', approvalId: id, cause: 'case_closed', at: d.now });
    }
  for (const id of Object.keys(s.reviews)) {
    delete s.reviews[id];
    emit(d, { type: 'review_stopped', reviewId: id, at: d.now });
  }
  s.scheduled = [];
  emit(d, { type: 'status_changed', from: s.status, to: 'closed', reason, at: d.now });
  Object.assign(s, { status: 'closed', closedAt: d.now, closureReason: reason, passive: null });
  emit(d, { type: 'case_closed', reason, transition, at: d.now });
  scheduleFollowUps(d);
}
