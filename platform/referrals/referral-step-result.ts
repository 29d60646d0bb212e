import type { Referral } from './referral.js';
import type { ReferralBlock } from './referral-block.js';
import type { ReferralEffect } from './referral-effect.js';

/** An accepted event's new referral and what changed, or why the event was refused (nothing changed). */
export type ReferralStepResult =
  | { readonly ok: true; readonly referral: Referral; readonly effects: ReferralEffect[] }
  | { readonly ok: false; readonly blockedBy: ReferralBlock[] };
