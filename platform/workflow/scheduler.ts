import { type Draft, emit } from './draft.js';
import type { NotificationTopic } from './effects.js';
import { createDueReviews } from './reviews.js';
import { createTask } from './tasks.js';

const TOPIC: Record<'follow_up' | 'passive_review', NotificationTopic> = {
  follow_up: 'follow_up_due',
  passive_review: 'passive_review_due',
};

/** Creates the follow-up and passive-review tasks whose day has come. */
function createDueScheduled(d: Draft): void {
  const due = d.state.scheduled.filter((s) => s.appearsAt <= d.now);
  if (due.length === 0) return;
  d.state.scheduled = d.state.scheduled.filter((s) => s.appearsAt > d.now);
  for (const s of due) {
    const task = createTask(d, {
      defId: s.defId,
      kind: s.kind,
      role: s.role,
      form: s.form,
      deadline: { dueAt: s.dueAt, dueDate: s.dueDate },
    });
    emit(d, {
      type: 'notification',
      to: { role: s.role },
      topic: TOPIC[s.kind],
      taskId: task.id,
      subject: s.defId,
      at: d.now,
    });
  }
}

/** Flags open tasks whose deadline has passed, once each. */
export function markOverdue(d: Draft): void {
  for (const t of d.state.tasks) {
    if (t.status !== 'open' || t.overdue || t.dueAt === null || t.dueAt >= d.now) continue;
    t.overdue = true;
    emit(d, { type: 'task_overdue', taskId: t.id, defId: t.defId, dueAt: t.dueAt, at: d.now });
    emit(d, {
      type: 'notification',
      to: { role: t.role },
      topic: 'task_overdue',
      taskId: t.id,
      subject: t.defId,
      at: d.now,
    });
  }
}

/**
 * The time-driven part of the engine: due reviews, follow-ups and passive reviews appear, and
 * passed deadlines are flagged. Idempotent: running it again at the same instant changes nothing.
 */
export function runScheduler(d: Draft): void {
  createDueReviews(d);
  createDueScheduled(d);
  markOverdue(d);
}
