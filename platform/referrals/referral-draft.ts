import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import type { Referral, ReferralParty, ReferralStatus } from './referral.js';
import type { ReferralContext } from './referral-context.js';
import type { ReferralEffect } from './referral-effect.js';

/** A step in progress: a private copy of the referral that handlers change, and the effects so far. */
export type Draft = {
  readonly ctx: ReferralContext;
  readonly protocol: ReferralDefinition;
  readonly referral: Referral;
  readonly effects: ReferralEffect[];
  readonly now: string;
};

/** One status change: which event, to which state, when it happened, by whom and why. */
export type Move = {
  readonly event: string;
  readonly to: ReferralStatus;
  readonly at: string;
  readonly by: ReferralParty;
  readonly onBehalfOfReceiver: boolean;
  readonly reason: string | null;
  readonly note: string | null;
};
