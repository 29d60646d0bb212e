import type { Referral } from './referral.js';

/** Which side of a referral a partner is on. */
export type ReferralSide = 'sender' | 'receiver' | 'none';

/** The side `partnerId` is on: the sending agency first (a partner may refer to itself). */
export function sideOf(referral: Referral, partnerId: string): ReferralSide {
  if (referral.sender.partnerId === partnerId) return 'sender';
  return referral.receiver.kind === 'partner' && referral.receiver.partnerId === partnerId
    ? 'receiver'
    : 'none';
}

/** What the receiving agency sees of the referral itself (the case's data is the shared view, apart). */
export type ReceiverReferral = Omit<Referral, 'planStep' | 'consentId'>;

/**
 * The referral as a partner may see it: the sender everything; the receiver the process
 * (status, dates, deadlines, reasons, responsibility, the timeline with both sides' entries) but
 * not the sender's internals (the action-plan link, the consent record id); any other partner
 * nothing (`null`).
 */
export function referralFor(referral: Referral, partnerId: string): Referral | ReceiverReferral | null {
  const side = sideOf(referral, partnerId);
  if (side === 'sender') return referral;
  if (side === 'none') return null;
  const { planStep: _plan, consentId: _consent, ...visible } = referral;
  return visible;
}
