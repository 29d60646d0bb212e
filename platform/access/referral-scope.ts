import type { Actor } from './actor.js';
import { type CaseScope, caseScope } from './case-scope.js';

/**
 * Which referrals an actor reaches, as a filter the storage layer turns into SQL.
 *
 * - Sender side: referrals of the cases the actor's case scope reaches. They see the referral
 *   whole, like the case it belongs to (`outgoing` lists only those their own agency sent).
 * - Receiver side: referrals addressed to the actor's agency, when the role may answer or deliver
 *   them (`referral.respond`, `referral.deliver`). They see the referral's process and the
 *   snapshot of shared fields — never the case.
 */
export type ReferralScope = {
  readonly partnerId: string;
  readonly cases: CaseScope;
  /** The agency whose incoming referrals the actor sees; `null` when the role receives none. */
  readonly receiverPartner: string | null;
};

/** The actor's referral scope (see {@link ReferralScope}). */
export function referralScope(actor: Actor, at: Date): ReferralScope {
  const receives = actor.permissions.has('referral.respond') || actor.permissions.has('referral.deliver');
  return {
    partnerId: actor.partnerId,
    cases: caseScope(actor, at),
    receiverPartner: receives ? actor.partnerId : null,
  };
}

/** How an actor sees one referral: as the case's staff (whole), as its receiver (shared part), or not. */
export type ReferralAccess = 'case' | 'receiver' | 'none';

/**
 * The same rule as {@link ReferralScope} for one referral: whoever may see its case sees all of
 * it; else, once it was sent, the receiving agency's staff see their part; anyone else (and the
 * receiver, before sending) gets "not found".
 */
export function referralAccess(
  scope: ReferralScope,
  facts: { readonly caseVisible: boolean; readonly receiverPartner: string | null; readonly sent: boolean },
): ReferralAccess {
  if (facts.caseVisible) return 'case';
  const addressed = scope.receiverPartner !== null && facts.receiverPartner === scope.receiverPartner;
  return addressed && facts.sent ? 'receiver' : 'none';
}
