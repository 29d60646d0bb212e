import type { CaseQueries } from '../case-store.js';
import type { DisclosureRow, ReferralRecord } from './referral-records.js';

/** The latest `referral` disclosure of each referral: the snapshot its receiver was sent. */
export function sentSnapshots(rows: readonly DisclosureRow[]): Map<string, DisclosureRow> {
  const sent = new Map<string, DisclosureRow>();
  for (const row of rows)
    if (row.entry.reason === 'referral' && row.referralId !== null) sent.set(row.referralId, row);
  return sent;
}

/** What was sent with one referral (`null` before it was sent, or for a protocol sharing nothing). */
export async function sentSnapshot(
  queries: CaseQueries,
  record: ReferralRecord,
): Promise<DisclosureRow | undefined> {
  return sentSnapshots(await queries.disclosuresOfReferrals(record.siteId, [record.id])).get(record.id);
}
