import type { ReferralScope } from '../../access/referral-scope.js';
import type {
  ConsentRecord,
  DisclosureEntry,
  Referral,
  ReferralStatus,
  SharedView,
} from '../../referrals/index.js';

/** A referral as stored: the engine's state and the columns lists and the scheduler use. */
export type ReferralRecord = {
  readonly id: string;
  readonly siteId: string;
  readonly caseId: string;
  readonly personId: string;
  readonly protocolId: string;
  readonly senderPartner: string;
  /** `null` for an organisation outside the partnership. */
  readonly receiverPartner: string | null;
  readonly receiverService: string | null;
  readonly status: ReferralStatus;
  readonly state: Referral;
  readonly nextWakeAt: Date | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly version: number;
};

/** A referral in a list, with whether the actor reaches it as its sender (its case in scope). */
export type ReferralListRecord = ReferralRecord & { readonly outgoing: boolean };

/** A stored consent: the engine's record with the columns the registry is searched by. */
export type ConsentRow = {
  readonly id: string;
  readonly siteId: string;
  readonly personId: string;
  readonly purpose: string;
  readonly record: ConsentRecord;
  readonly givenAt: Date;
  readonly withdrawnAt: Date | null;
  readonly version: number;
};

/** One entry of a person's disclosure log, with the snapshot that was disclosed. */
export type DisclosureRow = {
  readonly id: string;
  readonly siteId: string;
  readonly personId: string;
  readonly referralId: string | null;
  readonly recipientPartner: string;
  readonly at: Date;
  readonly entry: DisclosureEntry;
  readonly shared: SharedView | null;
};

/** Which referrals a list shows: the access scope, the box, optionally statuses. */
export type ReferralFilter = {
  readonly scope: ReferralScope;
  /** `incoming`: to the actor's agency; `outgoing`: sent by it; absent: both. */
  readonly box?: 'incoming' | 'outgoing';
  readonly status?: readonly ReferralStatus[];
};

/** The kinds of task rows a referral's overdue tasks are stored as (beside the SOP's tasks). */
export const REFERRAL_TASK_KINDS = ['referral_response', 'referral_completion'] as const;
export type ReferralTaskKind = (typeof REFERRAL_TASK_KINDS)[number];
