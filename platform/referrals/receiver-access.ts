import type { SiteBundle } from '../definitions/site-bundle.js';
import type { ConsentRecord } from './consent.js';
import { consentGuard } from './consent-guard.js';
import type { DisclosureEntry } from './disclosure.js';
import { receiverKey } from './receiver.js';
import type { Referral, ReferralStatus } from './referral.js';
import { block, type ReferralBlock } from './referral-block.js';
import { type CaseData, disclosedFields, type SharedView, sharedView } from './shared-view.js';

/** While the receiver works on a referral it may see the case's current shared data. */
const SHARING: readonly ReferralStatus[] = ['requested', 'received', 'accepted', 'in_progress', 'on_hold'];

/** The current shared data and its disclosure-log entry, or why the receiver may not see it now. */
export type ReceiverAccess =
  | { readonly ok: true; readonly shared: SharedView; readonly entry: DisclosureEntry }
  | { readonly ok: false; readonly blockedBy: ReferralBlock[] };

/**
 * A receiver's user opening the case's current shared data: a new disclosure, so it needs the
 * consent to be active now (a withdrawal stops it at once) and the referral to be under way.
 * Returns the shared view and the `access` entry for the disclosure log; what was sent with the
 * referral (the `disclosure` effect's snapshot) stays readable without this check.
 */
export function receiverAccess(
  bundle: SiteBundle,
  referral: Referral,
  caseData: CaseData,
  consents: readonly ConsentRecord[],
  access: { readonly at: string; readonly userId?: string },
): ReceiverAccess {
  const protocol = bundle.referrals[referral.protocolId];
  if (protocol === undefined)
    return { ok: false, blockedBy: [block('unknown_protocol', { protocol: referral.protocolId })] };
  if (!SHARING.includes(referral.status))
    return { ok: false, blockedBy: [block('not_shared', { status: referral.status })] };
  const consent = consentGuard(bundle, protocol, referral, consents, access.at);
  if (consent.blocks.length > 0) return { ok: false, blockedBy: consent.blocks };
  const shared = sharedView(bundle, protocol, caseData);
  const entry: DisclosureEntry = {
    at: access.at,
    personId: referral.personId,
    recipientPartner: receiverKey(referral.receiver),
    purpose: protocol.consentPurpose ?? null,
    consentId: consent.record?.id ?? null,
    fields: disclosedFields(shared),
    reason: 'access',
    referralId: referral.id,
  };
  if (access.userId !== undefined) entry.recipientUser = access.userId;
  return { ok: true, shared, entry };
}
