import type { ConsentPurpose } from '../definitions/definition-types.generated.js';
import { instant } from './site-time.js';

/** Who gave (or withdrew) consent: the client, or someone entitled to decide for them. */
export const CONSENT_GIVERS = [
  'client',
  'parent_or_guardian',
  'family_member',
  'legal_representative',
] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

/** How consent was given: said aloud (noted by the worker) or signed. */
export const CONSENT_MODES = ['verbal', 'written'] as const;
export type ConsentMode = (typeof CONSENT_MODES)[number];

/**
 * One consent a person gave for one purpose, to named recipients (partner ids, or `service:<id>`
 * for an organisation outside the partnership). Records are never edited except to add the
 * withdrawal; a renewed consent is a new record.
 */
export type ConsentRecord = {
  id: string;
  personId: string;
  /** The consent purpose id of the site (`consentPurposes`). */
  purpose: string;
  recipients: string[];
  givenBy: ConsentGiver;
  mode: ConsentMode;
  /** Where the written form is (document id, scan reference). */
  evidence?: string;
  givenAt: string;
  /** The end of the purpose's `validity`; `null` when the purpose sets none. */
  expiresAt: string | null;
  withdrawnAt?: string;
  withdrawnBy?: ConsentGiver;
};

/** Why no consent is active. */
export type ConsentGap = 'missing' | 'expired' | 'withdrawn';

/** The consent in force, or why there is none (with the record that lapsed, when there is one). */
export type ConsentCheck =
  | { readonly ok: true; readonly record: ConsentRecord }
  | { readonly ok: false; readonly reason: ConsentGap; readonly record: ConsentRecord | null };

/**
 * The consent in force for `purpose` and `recipient` at `at`. The client's most recent decision
 * decides: among the records of the purpose that cover the recipient and were given by `at`, the
 * latest one is active unless it was withdrawn or expired by then — an older record does not
 * revive a consent the client withdrew. With the purpose's definition, verbal records do not
 * count for a purpose that requires written consent.
 */
export function activeConsent(
  records: readonly ConsentRecord[],
  purpose: string | Pick<ConsentPurpose, 'id' | 'writtenRequired'>,
  recipient: string,
  at: string,
): ConsentCheck {
  const id = typeof purpose === 'string' ? purpose : purpose.id;
  const writtenOnly = typeof purpose !== 'string' && purpose.writtenRequired === true;
  const now = instant(at);
  let latest: ConsentRecord | null = null;
  for (const record of records) {
    if (record.purpose !== id || !record.recipients.includes(recipient)) continue;
    if (instant(record.givenAt) > now || (writtenOnly && record.mode !== 'written')) continue;
    if (latest === null || instant(record.givenAt) >= instant(latest.givenAt)) latest = record;
  }
  if (latest === null) return { ok: false, reason: 'missing', record: null };
  if (latest.withdrawnAt !== undefined && instant(latest.withdrawnAt) <= now)
    return { ok: false, reason: 'withdrawn', record: latest };
  if (latest.expiresAt !== null && now > instant(latest.expiresAt))
    return { ok: false, reason: 'expired', record: latest };
  return { ok: true, record: latest };
}
