import { isIsoDate } from '../kernel/dates.js';
import { type BlockReason, block, blockOn } from './block-reason.js';
import type { Actor } from './case-state.js';
import { deadlineAfter, deadlineOn } from './deadlines.js';
import { type Draft, emit } from './draft.js';
import { roleBlocks } from './roles.js';
import { openTasks } from './tasks.js';

/** The earliest and latest day the next review may be moved to; `null` for an open side. */
function bounds(d: Draft, reviewId: string): { min: string | null; max: string | null } | undefined {
  const review = d.def.reviews.get(reviewId);
  const s = d.state.reviews[reviewId];
  if (review?.adjustable === undefined || s === undefined) return undefined;
  const { min, max } = review.adjustable;
  const from = { instant: s.base };
  return {
    min: min ? deadlineAfter(d.def, from, min).dueDate : null,
    max: max ? deadlineAfter(d.def, from, max).dueDate : null,
  };
}

/** Why the next review cannot be moved to `date` (empty when it can). */
export function adjustReviewBlocks(d: Draft, reviewId: string, date: string, actor: Actor): BlockReason[] {
  const review = d.def.reviews.get(reviewId);
  if (review === undefined) return [blockOn('unknown_review', 'review', reviewId)];
  const roles = roleBlocks(d.def.bundle, actor.role, review.role);
  if (roles.length > 0) return roles;
  if (d.state.reviews[reviewId] === undefined) return [blockOn('review_not_scheduled', 'review', reviewId)];
  const range = bounds(d, reviewId);
  if (range === undefined) return [blockOn('review_not_adjustable', 'review', reviewId)];
  if (!isIsoDate(date)) return [block('invalid_date', { date })];
  if ((range.min !== null && date < range.min) || (range.max !== null && date > range.max))
    return [
      blockOn('review_date_out_of_bounds', 'review', reviewId, { date, min: range.min, max: range.max }),
    ];
  return [];
}

/** Moves the next review (and its task, if it already appeared) to `date`. */
export function adjustReview(d: Draft, reviewId: string, date: string): void {
  const due = deadlineOn(d.def, date);
  const s = d.state.reviews[reviewId];
  if (s === undefined) return;
  d.state.reviews[reviewId] = { ...due, base: s.base, adjusted: true };
  emit(d, { type: 'review_scheduled', reviewId, dueDate: date, appearsAt: due.appearsAt, adjusted: true });
  for (const t of openTasks(d)) {
    if (t.kind !== 'review' || t.defId !== reviewId) continue;
    t.dueAt = due.dueAt;
    t.dueDate = due.dueDate;
    if (t.dueAt >= d.now) t.overdue = false;
    emit(d, { type: 'task_due_changed', taskId: t.id, dueAt: t.dueAt, dueDate: t.dueDate });
  }
}
