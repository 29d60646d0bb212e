import type { REFERRAL_STATUSES } from '../definitions/facts/case-facts.js';
import type { Deadline } from '../workflow/index.js';

/** FHIR-Task-like states of a referral; the same list the case facts declare for `referrals.<id>.status`. */
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Who holds responsibility for the client while a referral runs (seed 3.5.8: kept until accepted). */
export type ResponsibilityHolder = 'sender' | 'shared' | 'receiver';

/** A user acting for one agency: the partner, the role held there and, opaque to the engine, the user. */
export type ReferralParty = { partnerId: string; role: string; userId: string | null };

/**
 * Who receives: a partner of the site (on the system or not), or an organisation outside the
 * partnership that provides a directory service (never on the system).
 */
export type ReferralReceiver =
  | { kind: 'partner'; partnerId: string; onSystem: boolean }
  | { kind: 'organization'; serviceId: string; onSystem: false };

/** One accepted event, as both agencies see it in the referral's timeline. */
export type ReferralHistoryEntry = {
  at: string;
  event: string;
  from: ReferralStatus | null;
  to: ReferralStatus;
  by: ReferralParty;
  /** Recorded by the sender for a receiver that is not on the system. */
  onBehalfOfReceiver: boolean;
  /** The coded reason (decline or failure reason), when the event has one. */
  reason: string | null;
  note: string | null;
};

/** Why a referral failed after acceptance. */
export type FailReason = 'no_show' | 'service_failed';

/**
 * The state of one referral: plain JSON (no `undefined`, no dates), stored by the runtime as it
 * is and passed back to every {@link referralStep}. Instants are ISO date-times.
 */
export type Referral = {
  /** Version of this shape, for migrations of stored states. */
  version: 1;
  id: string;
  protocolId: string;
  caseId: string;
  personId: string;
  /** The reason code from the protocol's `reasons`; `null` when the protocol lists none. */
  reason: string | null;
  /** The directory service aimed at, when the referral is for one. */
  serviceId: string | null;
  /** Index of the linked step in the sender's action plan (`planLink.items`), if any. */
  planStep: number | null;
  sender: ReferralParty;
  receiver: ReferralReceiver;
  status: ReferralStatus;
  responsibility: ResponsibilityHolder;
  createdAt: string;
  sentAt: string | null;
  receivedAt: string | null;
  /** When the receiver accepted or declined. */
  respondedAt: string | null;
  startedAt: string | null;
  completedAt: string | null;
  /** When the referral was cancelled or failed. */
  closedAt: string | null;
  responseDue: Deadline | null;
  completionDue: Deadline | null;
  /** The consent record the data was sent under. */
  consentId: string | null;
  declineReason: string | null;
  failReason: FailReason | null;
  /** Whether each deadline was missed (its overdue tasks were created once, by a tick). */
  overdue: { response: boolean; completion: boolean };
  /** Ids of the overdue tasks still open; answering or ending the referral closes them. */
  openTasks: string[];
  history: ReferralHistoryEntry[];
};

/** States a referral never leaves. */
export const FINAL_STATUSES: readonly ReferralStatus[] = ['rejected', 'completed', 'cancelled', 'failed'];
