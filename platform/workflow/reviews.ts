import type { Review } from '../definitions/definition-types.generated.js';
import type { Actor } from './case-state.js';
import { holds } from './conditions.js';
import { deadlineAfter, type ScheduledDeadline } from './deadlines.js';
import { type Draft, emit } from './draft.js';
import { cancelTask, completeTask, createTask, openTasks } from './tasks.js';

/*
 * Review timing: a schedule holds the next due day; the review task appears (is created by the
 * scheduler) at the start of that day and is due at its end. Submitting the review form completes
 * it and the next review is due `every` after that submission.
 */

/** A review recurs while the case is open, in one of its `during` stages, and its `when` holds. */
function isActive(d: Draft, review: Review, facts: unknown): boolean {
  return (
    d.state.status === 'open' &&
    review.during.includes(d.state.stage) &&
    holds(d, review.when, `review:${review.id}`, facts)
  );
}

function schedule(d: Draft, review: Review, due: ScheduledDeadline, base: string, adjusted: boolean): void {
  d.state.reviews[review.id] = { ...due, base, adjusted };
  emit(d, {
    type: 'review_scheduled',
    reviewId: review.id,
    dueDate: due.dueDate,
    appearsAt: due.appearsAt,
    adjusted,
  });
}

function scheduleNext(d: Draft, review: Review): void {
  schedule(d, review, deadlineAfter(d.def, { instant: d.now }, review.every), d.now, false);
}

/**
 * Starts the schedules that now apply (first review `every` after the start) and stops those that
 * no longer do; review tasks of stages the case left are cancelled.
 */
export function syncReviews(d: Draft, facts: unknown): void {
  for (const review of d.def.reviews.values()) {
    const active = isActive(d, review, facts);
    const scheduled = d.state.reviews[review.id] !== undefined;
    if (active && !scheduled) scheduleNext(d, review);
    if (!active && scheduled) {
      delete d.state.reviews[review.id];
      emit(d, { type: 'review_stopped', reviewId: review.id, at: d.now });
    }
    if (d.state.status !== 'closed' && !review.during.includes(d.state.stage))
      for (const t of openTasks(d))
        if (t.kind === 'review' && t.defId === review.id) cancelTask(d, t, 'stage_left');
  }
}

/** A review task was done (or skipped): the next one is due `every` from now while the schedule runs. */
export function reviewFinished(d: Draft, reviewId: string): void {
  const review = d.def.reviews.get(reviewId);
  if (review !== undefined && d.state.reviews[reviewId] !== undefined) scheduleNext(d, review);
}

/** Submitting a review's form completes its open review task and schedules the next. */
export function completeReviewsByForm(d: Draft, formId: string, by: Actor): void {
  for (const t of openTasks(d)) {
    if (t.kind !== 'review' || t.form !== formId) continue;
    completeTask(d, t, by);
    reviewFinished(d, t.defId);
  }
}

/** Creates the review tasks whose day has come; never a second one while one is open. */
export function createDueReviews(d: Draft): void {
  for (const [id, s] of Object.entries(d.state.reviews)) {
    const review = d.def.reviews.get(id);
    if (review === undefined || s.appearsAt > d.now) continue;
    if (openTasks(d).some((t) => t.kind === 'review' && t.defId === id)) continue;
    const task = createTask(d, {
      defId: id,
      kind: 'review',
      role: review.role,
      form: review.form.form,
      deadline: { dueAt: s.dueAt, dueDate: s.dueDate },
    });
    emit(d, {
      type: 'notification',
      to: { role: review.role },
      topic: 'review_due',
      taskId: task.id,
      subject: id,
      at: d.now,
    });
  }
}
