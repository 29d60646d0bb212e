import { type BlockReason, block, blockOn } from './block-reason.js';
import type { Actor } from './case-state.js';
import { optionEntries } from './closure-reasons.js';
import { deadlineAfter } from './deadlines.js';
import { type Draft, emit } from './draft.js';
import { completeTask, openTasks } from './tasks.js';

export const PASSIVE_REVIEW = 'passive-review';

export function passiveBlocks(d: Draft, reason: string | undefined): BlockReason[] {
  const passive = d.def.sop.passive;
  if (d.state.status !== 'open') return [block('case_not_open', { status: d.state.status })];
  if (passive === undefined || !passive.fromStages.includes(d.state.stage))
    return [block('passive_not_allowed_here', { stage: d.state.stage })];
  if (reason !== undefined && passive.reasons !== undefined)
    if (!optionEntries(d.def.bundle, passive.reasons).some((o) => o.value === reason))
      return [blockOn('unknown_reason', 'reason', reason, { of: 'passive' })];
  return [];
}

/** The passive review: a task for `role` after `passive.reviewAfter`. */
function schedulePassiveReview(d: Draft, role: string): void {
  const passive = d.def.sop.passive;
  if (passive === undefined) return;
  const due = deadlineAfter(d.def, { instant: d.now }, passive.reviewAfter);
  d.state.scheduled.push({ ...due, defId: PASSIVE_REVIEW, kind: 'passive_review', role, form: null });
  emit(d, {
    type: 'task_scheduled',
    defId: PASSIVE_REVIEW,
    kind: 'passive_review',
    dueDate: due.dueDate,
    appearsAt: due.appearsAt,
  });
}

/** The case rests: status passive, and a passive review for the role that set it. */
export function setPassive(d: Draft, reason: string | undefined, actor: Actor): void {
  emit(d, { type: 'status_changed', from: d.state.status, to: 'passive', reason: reason ?? null, at: d.now });
  d.state.status = 'passive';
  d.state.passive = { since: d.now, reason: reason ?? null, role: actor.role };
  schedulePassiveReview(d, actor.role);
}

/** A passive review done while the case stays passive: the next one is due after the interval again. */
export function passiveReviewDone(d: Draft): void {
  if (d.state.status === 'passive' && d.state.passive !== null)
    schedulePassiveReview(d, d.state.passive.role);
}

export function resumeBlocks(d: Draft): BlockReason[] {
  return d.state.status === 'passive' ? [] : [block('case_not_passive', { status: d.state.status })];
}

/** Back to open: an open passive review counts as done, a pending one is dropped. */
export function resume(d: Draft, actor: Actor): void {
  for (const t of openTasks(d)) if (t.kind === 'passive_review') completeTask(d, t, actor);
  d.state.scheduled = d.state.scheduled.filter((s) => s.kind !== 'passive_review');
  emit(d, { type: 'status_changed', from: 'passive', to: 'open', reason: null, at: d.now });
  d.state.status = 'open';
  d.state.passive = null;
}
