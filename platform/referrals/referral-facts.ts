import { dateInZone } from '../kernel/dates.js';
import type { Referral } from './referral.js';
import { instant } from './site-time.js';

/** `referrals.<protocol-id>` facts: the latest referral's status and days, and how many were sent. */
export type ReferralFact = {
  status: Referral['status'];
  sentAt: string | null;
  respondedAt: string | null;
  completedAt: string | null;
  count: number;
};

const later = (a: Referral, b: Referral): boolean =>
  instant(a.createdAt) > instant(b.createdAt) || (a.createdAt === b.createdAt && a.id > b.id);

/**
 * What SOP conditions read about a case's referrals, per protocol: the status and dates of the
 * latest referral (by creation) and `count`, the referrals sent under the protocol (drafts never
 * sent do not count). Dates are site-local days, like every date in case facts. Pass the result
 * as `referrals` of the workflow's external facts (`ReferralSummary` per protocol).
 */
export function referralFacts(
  referrals: readonly Referral[],
  timeZone = 'UTC',
): Record<string, ReferralFact> {
  const day = (at: string | null) => (at === null ? null : dateInZone(new Date(at), timeZone));
  const latest = new Map<string, Referral>();
  const counts = new Map<string, number>();
  for (const r of referrals) {
    const current = latest.get(r.protocolId);
    if (current === undefined || later(r, current)) latest.set(r.protocolId, r);
    if (r.sentAt !== null) counts.set(r.protocolId, (counts.get(r.protocolId) ?? 0) + 1);
  }
  const facts: Record<string, ReferralFact> = {};
  for (const [protocolId, r] of latest)
    facts[protocolId] = {
      status: r.status,
      sentAt: day(r.sentAt),
      respondedAt: day(r.respondedAt),
      completedAt: day(r.completedAt),
      count: counts.get(protocolId) ?? 0,
    };
  return facts;
}
