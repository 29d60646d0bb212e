import type { FailReason } from './referral.js';

/** The answers a sender may record for a receiver that is not on the system. */
export type RecordedAnswer = 'accepted' | 'declined' | 'completed' | 'failed';

/**
 * The events of a referral's life. Who may apply each is decided by {@link referralStep}:
 * `create`, `send`, `cancel` and `record_answer` belong to the sending agency; `receive`,
 * `accept` and `decline` to the receiving partner's roles with `referral.respond`; `start`,
 * `hold`, `resume`, `complete` and `fail` to its roles with `referral.deliver`; `tick` to the
 * scheduler (no actor).
 */
export type ReferralEvent =
  | {
      type: 'create';
      /** The new referral's id, made by the runtime (the engine makes no ids). */
      id: string;
      caseId: string;
      personId: string;
      protocol: string;
      reason?: string | null;
      /** A directory service of the protocol's receiver, when the referral is for one. */
      service?: string | null;
      /** Index of the sender's action-plan step this referral carries out. */
      planStep?: number | null;
    }
  | { type: 'send'; note?: string }
  | { type: 'receive' }
  | { type: 'accept'; note?: string }
  | { type: 'decline'; reason: string; note?: string }
  | { type: 'start'; note?: string }
  | { type: 'hold'; note?: string }
  | { type: 'resume'; note?: string }
  | { type: 'complete'; note?: string }
  | { type: 'cancel'; note?: string }
  | { type: 'fail'; reason: FailReason; note?: string }
  | {
      type: 'record_answer';
      answer: RecordedAnswer;
      /** The decline reason (`declined`) or failure reason (`failed`). */
      reason?: string;
      /** When the receiver answered, if earlier than now (not before sending, not in the future). */
      answeredAt?: string;
      note?: string;
    }
  | { type: 'tick' };

/** The `type` of each event. */
export type ReferralEventType = ReferralEvent['type'];
