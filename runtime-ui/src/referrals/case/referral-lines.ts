import type {
  ConsentPurpose,
  ReferralDefinition,
} from '../../../../platform/definitions/definition-types.generated.js';
import type { SiteBundle } from '../../../../platform/definitions/site-bundle.js';
import type { LocalizedText } from '../../../../platform/kernel/localized-text.js';
import {
  activeConsent,
  type ConsentCheck,
  type ConsentRecord,
} from '../../../../platform/referrals/consent.js';
import { receiverKey, receiverOf, recipientName } from '../../../../platform/referrals/receiver.js';
import type { ReferralReceiver } from '../../../../platform/referrals/referral.js';
import type { ReferralSummary } from '../referral-api-types.js';

/** The protocols a member of `partnerId` in `roleId` may send from (the engine re-checks). */
export function sendableProtocols(
  bundle: Pick<SiteBundle, 'referrals'>,
  partnerId: string,
  roleId: string,
): ReferralDefinition[] {
  return Object.values(bundle.referrals).filter(
    (p) =>
      p.from.partners.includes(partnerId) && (p.from.roles === undefined || p.from.roles.includes(roleId)),
  );
}

/** Who a protocol sends to, by name: the partner, or the outside organisation providing its service. */
export function receiverName(
  bundle: SiteBundle,
  receiver: ReferralReceiver | undefined,
): LocalizedText | undefined {
  return receiver && recipientName(bundle, receiverKey(receiver));
}

/** The receiver's name for a referral of the case's list (its partner, else its service's provider or name). */
export function summaryReceiver(bundle: SiteBundle, summary: ReferralSummary): LocalizedText | undefined {
  if (summary.receiverPartner !== null) return recipientName(bundle, summary.receiverPartner);
  if (summary.receiverService !== null)
    return (
      recipientName(bundle, `service:${summary.receiverService}`) ??
      bundle.services[summary.receiverService]?.name
    );
  const protocol = bundle.referrals[summary.protocolId];
  return protocol && receiverName(bundle, receiverOf(bundle, protocol));
}

/** The deadline that matters now: the answer while waiting for one, completion once accepted. */
export function currentDeadline(
  summary: Pick<ReferralSummary, 'status' | 'responseDue' | 'completionDue' | 'overdue'>,
): { readonly kind: 'response' | 'completion'; readonly dueDate: string; readonly overdue: boolean } | null {
  if ((summary.status === 'requested' || summary.status === 'received') && summary.responseDue)
    return { kind: 'response', dueDate: summary.responseDue.dueDate, overdue: summary.overdue.response };
  if (
    (summary.status === 'accepted' || summary.status === 'in_progress' || summary.status === 'on_hold') &&
    summary.completionDue
  )
    return {
      kind: 'completion',
      dueDate: summary.completionDue.dueDate,
      overdue: summary.overdue.completion,
    };
  return null;
}

/** The consent a draft needs: the purpose, the receiver it must cover, and whether one is in force. */
export type DraftConsent = {
  readonly purpose: ConsentPurpose | undefined;
  readonly purposeId: string;
  readonly recipient: string;
  readonly check: ConsentCheck;
  /** Whom a consent recorded now names: the purpose's recipients and, if missing, this receiver. */
  readonly recipients: readonly string[];
};

/**
 * The consent check for sending under `protocol` to `receiver` at `at`, as the server will make it
 * (`null` when the protocol needs no consent): the latest record for the purpose covering the
 * receiver decides; a purpose requiring written consent ignores verbal records.
 */
export function draftConsent(
  bundle: SiteBundle,
  protocol: ReferralDefinition,
  receiver: ReferralReceiver,
  consents: readonly ConsentRecord[],
  at: string,
): DraftConsent | null {
  const purposeId = protocol.consentPurpose;
  if (purposeId === undefined) return null;
  const purpose = bundle.site.consentPurposes?.find((p) => p.id === purposeId);
  const recipient = receiverKey(receiver);
  const listed = purpose?.recipients ?? [];
  return {
    purpose,
    purposeId,
    recipient,
    check: activeConsent(consents, purpose ?? purposeId, recipient, at),
    recipients: listed.includes(recipient) ? listed : [...listed, recipient],
  };
}
