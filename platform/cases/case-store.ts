import type { CaseScope } from '../access/case-scope.js';
import type { EmergencyScope } from '../access/emergency-access.js';
import type { PersonScope } from '../access/person-scope.js';
import type { JsonObject, JsonValue } from '../kernel/json.js';
import type { EmergencyQueries, EmergencyWrites } from './emergency/emergency-store.js';
import type {
  CaseRecord,
  CaseSummary,
  HistoryEvent,
  Page,
  PersonIdentifier,
  PersonRecord,
  PersonSummary,
  SubmissionRecord,
  TaskRecord,
} from './records.js';
import type { ReferralQueries, ReferralWrites } from './referrals/referral-store.js';

/** A page request: an opaque cursor from the previous page and a size. */
export type PageRequest = { readonly cursor?: string | null; readonly limit: number };

/** What a duplicate check looks for. */
export type DuplicateProbe = {
  readonly identifiers: readonly PersonIdentifier[];
  readonly nameKey: string;
  readonly birthDate: string | null;
  readonly excludePersonId?: string;
};

export type PersonQuery = {
  readonly text?: string;
  readonly birthDate?: string;
  readonly identifier?: string;
  /** Whose clients: absent only for the platform's own use (demo data, checks), never for actors. */
  readonly scope?: PersonScope;
};

/** A client-unit link: `personId` is `relation` of… the other way round when `inverse`. */
export type PersonLink = {
  readonly personId: string;
  readonly relatedPersonId: string;
  readonly relatedName: string;
  readonly relation: string;
  /** The link was made from the other person to this one. */
  readonly inverse: boolean;
  readonly createdAt: Date;
};

export type CaseFilter = {
  readonly scope: CaseScope;
  /** Also the cases this user reads by emergency access running at `at` (`access/emergency-access.ts`). */
  readonly emergency?: EmergencyScope | null;
  readonly status?: readonly string[];
  readonly ownerUserId?: string;
  readonly personId?: string;
};

export type TaskFilter = {
  readonly scope: CaseScope;
  readonly roleIds?: readonly string[];
  readonly assigneeUserId?: string;
  readonly status?: 'open';
  readonly dueBefore?: Date;
  /**
   * Also the referral overdue tasks addressed to this agency, on cases outside `scope` (the
   * receiving side's work; `referralScope(actor).receiverPartner`). Those rows carry no client
   * name or stage: the receiver does not see the case.
   */
  readonly referralPartner?: string | null;
};

export type TaskListItem = TaskRecord & {
  readonly personName: string;
  readonly caseStage: string;
  /** The case's SOP, so a queue can name the task and link straight to its form. */
  readonly caseSopId: string;
  readonly caseOwnerUserId: string | null;
};

export type TeamMember = {
  readonly userId: string;
  readonly roleId: string;
  readonly displayName: string;
  readonly addedAt: Date;
  /** For a member from another partner (joint casework): the consent admitting them. */
  readonly consentId: string | null;
  /** On the team at the moment asked: a member from another partner only while that consent holds. */
  readonly inForce: boolean;
};

/** What an event append needs; the store adds sequence numbers and hashes. */
export type NewEvent = {
  readonly siteId: string;
  readonly streamType: 'case' | 'person';
  readonly streamId: string;
  readonly type: string;
  readonly actorUserId: string | null;
  readonly actorPartner: string | null;
  readonly at: Date;
  readonly payload: JsonObject;
  readonly visibility?: JsonValue | null;
};

export type VersionKey = { readonly siteId: string; readonly id: string; readonly version: number };

export type CaseQueries = ReferralQueries &
  EmergencyQueries & {
    person(siteId: string, id: string): Promise<PersonRecord | undefined>;
    /** Whether a person is within a person scope (the rule `searchPersons` applies in SQL). */
    personInScope(siteId: string, id: string, scope: PersonScope): Promise<boolean>;
    /** The client unit (household) of a person: links from and to them, with the other's name. */
    personLinks(siteId: string, personId: string): Promise<PersonLink[]>;
    personDuplicates(siteId: string, probe: DuplicateProbe): Promise<PersonSummary[]>;
    searchPersons(siteId: string, query: PersonQuery, page: PageRequest): Promise<Page<PersonSummary>>;
    caseById(siteId: string, id: string): Promise<CaseRecord | undefined>;
    listCases(siteId: string, filter: CaseFilter, page: PageRequest): Promise<Page<CaseSummary>>;
    /** The case team, each member with whether they are in force at `at`. */
    team(siteId: string, caseId: string, at: Date): Promise<TeamMember[]>;
    submissions(siteId: string, caseId: string, formId?: string): Promise<SubmissionRecord[]>;
    draft(
      siteId: string,
      caseId: string,
      formId: string,
      userId: string,
    ): Promise<SubmissionRecord | undefined>;
    events(siteId: string, streamId: string, page: PageRequest): Promise<Page<HistoryEvent>>;
    tasks(siteId: string, filter: TaskFilter, page: PageRequest): Promise<Page<TaskListItem>>;
    userNames(ids: readonly string[]): Promise<Map<string, string>>;
    /** Active members of a partner agency at a site, with their roles there. */
    members(siteId: string, partnerId: string): Promise<SiteMember[]>;
    /** Open and passive cases owned by these users (for caseload). */
    ownedCases(siteId: string, ownerUserIds: readonly string[]): Promise<OwnedCase[]>;
    /** Open tasks of cases owned by these users (for overdue counts). */
    openTasksOfOwners(siteId: string, ownerUserIds: readonly string[]): Promise<OwnedTask[]>;
  };

export type SiteMember = {
  readonly userId: string;
  readonly displayName: string;
  readonly roleIds: readonly string[];
};
export type OwnedCase = {
  readonly caseId: string;
  readonly ownerUserId: string;
  readonly weight: number;
  readonly status: 'open' | 'passive' | 'closed';
};
export type OwnedTask = {
  readonly caseId: string;
  readonly ownerUserId: string;
  readonly status: 'open';
  readonly overdue: boolean;
  readonly dueAt: Date | null;
};

export type CaseWrites = ReferralWrites &
  EmergencyWrites & {
    insertPerson(person: PersonRecord): Promise<void>;
    linkPersons(link: {
      siteId: string;
      personId: string;
      relatedPersonId: string;
      relation: string;
      at: Date;
    }): Promise<void>;
    unlinkPersons(siteId: string, personId: string, relatedPersonId: string): Promise<void>;
    updatePerson(
      key: VersionKey,
      patch: Pick<PersonRecord, 'data' | 'displayName' | 'birthDate' | 'sex' | 'language' | 'identifiers'>,
      at: Date,
    ): Promise<PersonRecord>;
    insertCase(record: CaseRecord): Promise<void>;
    updateCase(
      key: VersionKey,
      patch: Partial<Omit<CaseRecord, 'id' | 'siteId' | 'version'>>,
      at: Date,
    ): Promise<CaseRecord>;
    /**
     * Makes the workflow task rows of a case (kinds `task`, `review`, `approval`, `follow_up`,
     * `passive_review`) equal to `tasks` (by instance key); referral task rows are left alone.
     */
    syncTasks(siteId: string, caseId: string, tasks: readonly Omit<TaskRecord, 'id'>[]): Promise<void>;
    insertSubmission(record: SubmissionRecord): Promise<void>;
    updateDraft(key: VersionKey, data: JsonObject, at: Date): Promise<SubmissionRecord>;
    markSubmitted(siteId: string, submissionId: string, at: Date): Promise<void>;
    supersedeSubmissions(siteId: string, caseId: string, formId: string, exceptId: string): Promise<void>;
    /** The submitter's draft of a form is spent once they submit it. */
    discardDrafts(siteId: string, caseId: string, formId: string, userId: string): Promise<void>;
    addTeamMember(
      siteId: string,
      caseId: string,
      member: { userId: string; roleId: string; consentId: string | null },
      at: Date,
    ): Promise<void>;
    removeTeamMember(siteId: string, caseId: string, userId: string): Promise<void>;
    appendEvent(event: NewEvent): Promise<HistoryEvent>;
    /**
     * Locks up to `limit` cases whose `nextWakeAt` has come, skipping cases another process holds,
     * for the scheduler; the locks last until the transaction ends.
     */
    claimDueCases(now: Date, limit: number): Promise<CaseRecord[]>;
  };

/**
 * The persistence port of the case operations, implemented by `platform/storage`. Every write
 * happens inside `transaction`, so state and history commit together.
 */
export type CaseStore = CaseQueries & {
  transaction<T>(work: (tx: CaseQueries & CaseWrites) => Promise<T>): Promise<T>;
};
