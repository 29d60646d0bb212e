import type { Due } from '../definitions/definition-types.generated.js';
import { isIsoDate } from '../kernel/dates.js';
import type { Deadline, TaskInstance } from './case-state.js';
import { type DeadlineAnchorValue, deadlineAfter } from './deadlines.js';
import { type Draft, emit } from './draft.js';

function fieldValue(data: unknown, path: string): unknown {
  let value = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function formAnchor(d: Draft, form: string, field: string): DeadlineAnchorValue | null {
  const value = fieldValue(d.state.forms[form]?.data, field);
  if (isIsoDate(value)) return { date: value };
  if (typeof value === 'string' && !Number.isNaN(Date.parse(value)) && value.includes('T'))
    return { instant: new Date(value).toISOString() };
  return null;
}

/** The instant or day a deadline counts from; `null` while it is not known yet. */
export function anchorOf(d: Draft, due: Due, createdAt: string): DeadlineAnchorValue | null {
  const from = due.from;
  if (from === undefined) return { instant: createdAt };
  if ('event' in from) {
    const s = d.state;
    const instants = {
      stage_entered: s.stageEnteredAt,
      case_opened: s.openedAt,
      case_reopened: s.reopenedAt ?? s.openedAt,
      task_created: createdAt,
    };
    return { instant: instants[from.event] };
  }
  if ('task' in from) {
    const done = d.state.tasks.filter(
      (t) => t.defId === from.task && (t.status === 'done' || t.status === 'skipped'),
    );
    const completedAt = done.at(-1)?.completedAt;
    return completedAt ? { instant: completedAt } : null;
  }
  return formAnchor(d, from.form, from.field);
}

export function taskDeadline(d: Draft, due: Due | undefined, createdAt: string): Deadline | null {
  if (due === undefined) return null;
  const anchor = anchorOf(d, due, createdAt);
  if (anchor === null) return null;
  const { dueAt, dueDate } = deadlineAfter(d.def, anchor, due.in);
  return { dueAt, dueDate };
}

function dueOf(d: Draft, task: TaskInstance): Due | undefined {
  if (task.kind === 'task') return d.def.tasks.get(task.defId)?.due;
  if (task.kind === 'approval') return d.def.approvals.get(task.defId)?.due;
  return undefined;
}

/**
 * Deadlines anchored on another task's completion or on a form's date follow them: recomputed
 * for open tasks whenever the case changes, so a corrected date moves the deadline.
 */
export function refreshDueDates(d: Draft): void {
  for (const task of d.state.tasks) {
    if (task.status !== 'open') continue;
    const due = dueOf(d, task);
    if (due?.from === undefined || 'event' in due.from) continue;
    const deadline = taskDeadline(d, due, task.createdAt);
    if ((deadline?.dueAt ?? null) === task.dueAt) continue;
    task.dueAt = deadline?.dueAt ?? null;
    task.dueDate = deadline?.dueDate ?? null;
    // Marking overdue is the scheduler's (it notifies); a deadline moved later lifts the mark here.
    if (task.dueAt === null || task.dueAt >= d.now) task.overdue = false;
    emit(d, { type: 'task_due_changed', taskId: task.id, dueAt: task.dueAt, dueDate: task.dueDate });
  }
}
