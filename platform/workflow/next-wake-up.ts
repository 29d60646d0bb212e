import type { CaseState } from './case-state.js';

/**
 * The earliest instant at which {@link tick} would change the case: a review, follow-up or passive
 * review appearing, or an open task's deadline passing. `null` when nothing is pending. The
 * runtime stores it with the case, so its scheduler only claims cases that are due.
 */
export function nextWakeUp(state: CaseState): string | null {
  const open = state.tasks.filter((t) => t.status === 'open');
  const reviewInstants = Object.entries(state.reviews)
    .filter(([id]) => !open.some((t) => t.kind === 'review' && t.defId === id))
    .map(([, s]) => s.appearsAt);
  const overdueInstants = open
    .filter((t) => !t.overdue && t.dueAt !== null)
    // A deadline passes the millisecond after `dueAt`.
    .map((t) => new Date(Date.parse(t.dueAt as string) + 1).toISOString());
  const all = [...reviewInstants, ...state.scheduled.map((s) => s.appearsAt), ...overdueInstants].sort();
  return all[0] ?? null;
}
