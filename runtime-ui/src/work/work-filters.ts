import type { WorkTask } from '../common/api-types.js';

export const FILTERS = ['all', 'overdue', 'week', 'task', 'review', 'approval', 'follow_up'] as const;
export type WorkFilter = (typeof FILTERS)[number];

const WEEK_MS = 7 * 24 * 3600 * 1000;

export function isOverdue(task: WorkTask, now: number): boolean {
  return task.overdue || (task.dueAt !== null && Date.parse(task.dueAt) < now);
}

/** Whether a task belongs under a filter of "My work". */
export function matches(task: WorkTask, filter: WorkFilter, now: number): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'overdue':
      return isOverdue(task, now);
    case 'week':
      return task.dueAt !== null && !isOverdue(task, now) && Date.parse(task.dueAt) < now + WEEK_MS;
    case 'follow_up':
      return task.kind === 'follow_up' || task.kind === 'passive_review';
    default:
      return task.kind === filter;
  }
}
