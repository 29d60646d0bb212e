import type { PageRequest, VersionKey } from '../case-store.js';
import type { Page, SubmissionRecord, TaskRecord } from '../records.js';
import type {
  ConsentRow,
  DisclosureRow,
  ReferralFilter,
  ReferralListRecord,
  ReferralRecord,
  ReferralTaskKind,
} from './referral-records.js';

/** The referral, consent and disclosure reads of the store port (part of `CaseQueries`). */
export type ReferralQueries = {
  referralById(siteId: string, id: string): Promise<ReferralRecord | undefined>;
  /** Every referral of a case, oldest first. */
  referralsOfCase(siteId: string, caseId: string): Promise<ReferralRecord[]>;
  /** Referrals in the filter's scope, most recently changed first (keyset on updated_at, id). */
  listReferrals(siteId: string, filter: ReferralFilter, page: PageRequest): Promise<Page<ReferralListRecord>>;
  /** The submitted (and superseded) submissions of a referral's own forms, newest first. */
  referralSubmissions(siteId: string, referralId: string): Promise<SubmissionRecord[]>;
  /** A person's consent records, oldest first. */
  consentsOf(siteId: string, personId: string): Promise<ConsentRow[]>;
  consentById(siteId: string, id: string): Promise<ConsentRow | undefined>;
  /** A person's disclosure log, oldest first. */
  disclosuresOf(siteId: string, personId: string): Promise<DisclosureRow[]>;
  /** The disclosures of referrals (what each receiver was sent or saw), oldest first. */
  disclosuresOfReferrals(siteId: string, referralIds: readonly string[]): Promise<DisclosureRow[]>;
};

/** A referral overdue task as a task row; `definitionId` is the engine's task id. */
export type ReferralTaskRow = Omit<TaskRecord, 'id' | 'kind'> & { readonly kind: ReferralTaskKind };

/** The referral, consent and disclosure writes of the store port (part of `CaseWrites`). */
export type ReferralWrites = {
  insertReferral(record: ReferralRecord): Promise<void>;
  /** Version-checked (409 `stale_version`), like every update. */
  updateReferral(
    key: VersionKey,
    patch: Pick<ReferralRecord, 'status' | 'state' | 'nextWakeAt'>,
    at: Date,
  ): Promise<ReferralRecord>;
  insertConsent(row: ConsentRow): Promise<void>;
  /** Joint-casework memberships under an earlier consent of the same purpose move to a renewal. */
  renewTeamConsent(renewed: ConsentRow): Promise<number>;
  updateConsent(key: VersionKey, patch: Pick<ConsentRow, 'record' | 'withdrawnAt'>): Promise<ConsentRow>;
  insertDisclosure(row: DisclosureRow): Promise<void>;
  /** Inserts the rows of a referral task; rows that exist (same case and instance key) stay as they are. */
  addReferralTasks(rows: readonly ReferralTaskRow[]): Promise<void>;
  /** Finishes the open rows of the engine's task `taskId` of a case. */
  closeReferralTask(
    siteId: string,
    caseId: string,
    taskId: string,
    status: 'done' | 'cancelled',
    at: Date,
  ): Promise<void>;
  /** Marks earlier submissions of a referral form superseded by `exceptId`. */
  supersedeReferralSubmissions(
    siteId: string,
    referralId: string,
    formId: string,
    exceptId: string,
  ): Promise<void>;
  /**
   * Locks up to `limit` referrals whose `nextWakeAt` has come, skipping those another process
   * holds, for the scheduler; the locks last until the transaction ends.
   */
  claimDueReferrals(now: Date, limit: number): Promise<ReferralRecord[]>;
};
