import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { activeConsent, type ConsentRecord } from './consent.js';
import { receiverKey } from './receiver.js';
import type { Referral } from './referral.js';
import { block, type ReferralBlock } from './referral-block.js';

/** The refusals, or the consent record the data may go under (`null` when the protocol needs none). */
export type ConsentGuard = { readonly blocks: ReferralBlock[]; readonly record: ConsentRecord | null };

/**
 * Whether data may go to the referral's receiver at `at`: a protocol with a consent purpose needs
 * the person's consent for it, covering the receiver, active at that instant. Refusals are
 * `consent_missing`, `consent_expired`, `consent_withdrawn`.
 */
export function consentGuard(
  bundle: SiteBundle,
  protocol: ReferralDefinition,
  referral: Referral,
  consents: readonly ConsentRecord[],
  at: string,
): ConsentGuard {
  const purposeId = protocol.consentPurpose;
  if (purposeId === undefined) return { blocks: [], record: null };
  const purpose = bundle.site.consentPurposes?.find((p) => p.id === purposeId) ?? purposeId;
  const recipient = receiverKey(referral.receiver);
  const own = consents.filter((c) => c.personId === referral.personId);
  const check = activeConsent(own, purpose, recipient, at);
  if (check.ok) return { blocks: [], record: check.record };
  const { record } = check;
  const params = {
    purpose: purposeId,
    recipient,
    consent: record?.id ?? null,
    expiresAt: record?.expiresAt ?? null,
    withdrawnAt: record?.withdrawnAt ?? null,
  };
  return { blocks: [block(`consent_${check.reason}`, params)], record: null };
}
