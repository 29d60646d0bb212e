import type { ReferralStatus } from '../referral.js';
import type { ReferralEventType } from '../referral-event.js';

/** The refusal codes (without `:<id>`) a phrase exists for; others read `unknown_code`. */
export const BLOCK_PHRASE_KEYS = [
  'invalid_transition',
  'wrong_agency',
  'role_not_allowed',
  'actor_required',
  'receiver_off_system',
  'off_system_only',
  'consent_missing',
  'consent_expired',
  'consent_withdrawn',
  'not_eligible',
  'form_missing',
  'not_signed',
  'unknown_reason',
  'unknown_protocol',
  'unknown_receiver',
  'unknown_service',
  'service_unavailable',
  'invalid_plan_step',
  'invalid_date',
  'responsibility_transferred',
  'no_referral',
  'already_created',
  'not_shared',
  'unknown_code',
] as const;
export type BlockPhraseKey = (typeof BLOCK_PHRASE_KEYS)[number];

/**
 * The sentences explaining why a referral event was refused, in one locale. Placeholders:
 * `{from}`/`{status}` (a status name), `{event}` (an event name), `{purpose}`, `{form}`,
 * `{target}`, `{service}`, `{protocol}`, `{reason}`, `{code}`.
 */
export type BlockPhraseBook = {
  readonly quote: (text: string) => string;
  readonly phrases: Readonly<Record<BlockPhraseKey, string>>;
  readonly statuses: Readonly<Record<ReferralStatus, string>>;
  readonly events: Readonly<Record<ReferralEventType, string>>;
};
