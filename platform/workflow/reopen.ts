import { type BlockReason, block } from './block-reason.js';
import { deadlineAfter } from './deadlines.js';
import { type Draft, emit } from './draft.js';
import { enterStage } from './stage-moves.js';
import { cancelTask, openTasks } from './tasks.js';

/** Whether the closed case may be re-opened now: the SOP allows it and `reopen.within` has not passed. */
export function reopenBlocks(d: Draft): BlockReason[] {
  const { state } = d;
  const reopen = d.def.sop.reopen;
  if (state.status !== 'closed' || state.closedAt === null)
    return [block('not_reopenable', { why: 'not_closed', status: state.status })];
  if (reopen === undefined) return [block('not_reopenable', { why: 'no_reopen' })];
  if (reopen.within !== undefined) {
    const until = deadlineAfter(d.def, { instant: state.closedAt }, reopen.within);
    if (d.now > until.dueAt) return [block('not_reopenable', { why: 'window_passed', until: until.dueDate })];
  }
  return [];
}

/**
 * Re-opens the case into `reopen.stage`. Follow-ups stop, approvals of the previous episode lapse,
 * and every form counts as "not submitted since the re-open" (for `reopen.requiresForms` and the
 * closure form).
 */
export function reopenCase(d: Draft): void {
  const s = d.state;
  const reopen = d.def.sop.reopen;
  if (reopen === undefined) return;
  for (const t of openTasks(d)) cancelTask(d, t, 'reopened');
  s.scheduled = [];
  for (const approvalId of Object.keys(s.approvals))
    emit(d, { type: 'approval_withdrawn', approvalId, cause: 'reopened', at: d.now });
  s.approvals = {};
  for (const form of Object.values(s.forms)) form.sinceReopen = false;
  emit(d, { type: 'status_changed', from: 'closed', to: 'open', reason: null, at: d.now });
  Object.assign(s, { status: 'open', closedAt: null, closureReason: null, reopenedAt: d.now });
  s.reopenedCount += 1;
  emit(d, { type: 'case_reopened', stage: reopen.stage, count: s.reopenedCount, at: d.now });
  enterStage(d, reopen.stage, null, s.stage);
}
