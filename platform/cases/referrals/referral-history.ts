import type { JsonObject } from '../../kernel/json.js';
import { type Referral, type ReferralEffect, receiverKey } from '../../referrals/index.js';
import type { NewEvent } from '../case-store.js';

/**
 * Effects as the case history keeps them: a disclosure names the fields it carried but not their
 * values, and a letter its language only — the data itself is in the disclosure log, once.
 */
function historyEffect(effect: ReferralEffect): JsonObject {
  if (effect.type === 'disclosure')
    return { type: effect.type, entry: effect.entry as unknown as JsonObject };
  if (effect.type === 'letter')
    return { type: effect.type, referralId: effect.referralId, locale: effect.locale };
  return effect as unknown as JsonObject;
}

/** Both agencies of a referral may see its events (in their own view of it). */
export function referralVisibility(referral: Referral): JsonObject {
  return { referralId: referral.id, partners: [referral.sender.partnerId, receiverKey(referral.receiver)] };
}

/**
 * The event of one referral step in its case's history: `referral.<event>`, the referral, the
 * status change, the effects, and what changed in the case.
 */
export function referralEvent(
  referral: Referral,
  input: {
    readonly siteId: string;
    readonly type: string;
    readonly from: string | null;
    readonly actor: { readonly userId: string; readonly partnerId: string } | null;
    readonly at: Date;
    readonly effects: readonly ReferralEffect[];
    readonly extra?: JsonObject;
  },
): NewEvent {
  return {
    siteId: input.siteId,
    streamType: 'case',
    streamId: referral.caseId,
    type: `referral.${input.type}`,
    actorUserId: input.actor?.userId ?? null,
    actorPartner: input.actor?.partnerId ?? null,
    at: input.at,
    payload: {
      referralId: referral.id,
      protocolId: referral.protocolId,
      from: input.from,
      to: referral.status,
      effects: input.effects.map(historyEffect),
      ...(input.extra ?? {}),
    },
    visibility: referralVisibility(referral),
  };
}
