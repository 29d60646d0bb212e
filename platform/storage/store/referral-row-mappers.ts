import type { ConsentRow, DisclosureRow, ReferralRecord } from '../../cases/referrals/referral-records.js';
import type { consents, disclosures, referrals } from '../schema/index.js';

export function toReferral(row: typeof referrals.$inferSelect): ReferralRecord {
  return { ...row };
}

export function toConsent(row: typeof consents.$inferSelect): ConsentRow {
  return { ...row };
}

export function toDisclosure(row: typeof disclosures.$inferSelect): DisclosureRow {
  return { ...row };
}
