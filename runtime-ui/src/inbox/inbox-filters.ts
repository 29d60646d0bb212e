import type { ReferralStatus } from '../../../platform/referrals/index.js';
import type { ReferralSummary } from '../referrals/referral-api-types.js';

/** The two boxes of the referrals page: sent to the user's agency, or sent by it. */
export type Box = 'incoming' | 'outgoing';

/** Status filters of a box: every status, or the stage of the referral's life. */
export type InboxFilter = 'all' | 'waiting' | 'active' | 'closed' | 'draft';

export const FILTER_STATUSES: Readonly<Record<Exclude<InboxFilter, 'all'>, readonly ReferralStatus[]>> = {
  waiting: ['requested', 'received'],
  active: ['accepted', 'in_progress', 'on_hold'],
  closed: ['completed', 'rejected', 'cancelled', 'failed'],
  draft: ['draft'],
};

/** The filters a box offers: a receiver never sees drafts. */
export function filtersOf(box: Box): InboxFilter[] {
  return box === 'incoming'
    ? ['all', 'waiting', 'active', 'closed']
    : ['all', 'waiting', 'active', 'closed', 'draft'];
}

/** Whether a referral in `status` shows under `filter`. */
export function inFilter(status: ReferralStatus, filter: InboxFilter): boolean {
  return filter === 'all' || FILTER_STATUSES[filter].includes(status);
}

/** The API path listing a box under a filter, a page at a time (keyset cursor). */
export function listPath(site: string, box: Box, filter: InboxFilter, cursor?: string | null, limit = 25) {
  const query = new URLSearchParams({ box, limit: String(limit) });
  if (filter !== 'all') query.set('status', FILTER_STATUSES[filter].join(','));
  if (cursor) query.set('cursor', cursor);
  return `/api/sites/${encodeURIComponent(site)}/referrals?${query}`;
}

/**
 * A referral's answer deadline while an answer is awaited (requested or received), else its
 * service deadline while the service runs; with whether it has passed (the scheduler's flag, or
 * the day already gone by `today`).
 */
export function dueOf(
  item: Pick<ReferralSummary, 'status' | 'responseDue' | 'completionDue' | 'overdue'>,
  today: string,
): { kind: 'response' | 'completion'; date: string; overdue: boolean } | null {
  if (inFilter(item.status, 'waiting') && item.responseDue !== null)
    return {
      kind: 'response',
      date: item.responseDue.dueDate,
      overdue: item.overdue.response || item.responseDue.dueDate < today,
    };
  if (inFilter(item.status, 'active') && item.completionDue !== null)
    return {
      kind: 'completion',
      date: item.completionDue.dueDate,
      overdue: item.overdue.completion || item.completionDue.dueDate < today,
    };
  return null;
}

/** How many referrals of `items` each filter holds. */
export function countByFilter(
  items: readonly Pick<ReferralSummary, 'status'>[],
  filters: readonly InboxFilter[],
): Record<InboxFilter, number> {
  const counts = { all: 0, waiting: 0, active: 0, closed: 0, draft: 0 };
  for (const item of items) for (const f of filters) if (inFilter(item.status, f)) counts[f] += 1;
  return counts;
}
