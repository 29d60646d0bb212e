import type { JsonObject, JsonValue } from '../kernel/json.js';

/** A registered person as the operations see it. */
export type PersonRecord = {
  readonly id: string;
  readonly siteId: string;
  /** The registration form's data. */
  readonly data: JsonObject;
  readonly displayName: string;
  readonly birthDate: string | null;
  readonly sex: string | null;
  readonly language: string | null;
  readonly identifiers: readonly PersonIdentifier[];
  readonly createdAt: Date;
  readonly createdBy: string | null;
  readonly updatedAt: Date;
  readonly version: number;
};

export type PersonIdentifier = { readonly type: string; readonly value: string };

/** A person in a list or search result. */
export type PersonSummary = Pick<PersonRecord, 'id' | 'displayName' | 'birthDate' | 'sex' | 'identifiers'> & {
  /** Why this person matched a duplicate check (`identifier:<type>`, `name_and_birth_date`). */
  readonly reasons?: readonly string[];
  readonly similarity?: number;
};

export type CaseStatus = 'open' | 'passive' | 'closed';

/** A case as stored: its current state; the history is the event stream with the same id. */
export type CaseRecord = {
  readonly id: string;
  readonly siteId: string;
  readonly personId: string;
  readonly sopId: string;
  readonly definitionVersionId: string;
  readonly stage: string;
  readonly stageEnteredAt: Date;
  readonly status: CaseStatus;
  readonly ownerUserId: string | null;
  readonly agency: string;
  readonly priority: string | null;
  readonly weight: number | null;
  /** Latest submitted data per form id. */
  readonly facts: JsonObject;
  /** The SOP engine's state. */
  readonly workflow: JsonObject;
  readonly closureReason: string | null;
  readonly openedAt: Date;
  readonly closedAt: Date | null;
  readonly reopenedCount: number;
  readonly nextWakeAt: Date | null;
  readonly version: number;
  readonly updatedAt: Date;
};

/** A case in a list, with its client's name. */
export type CaseSummary = Pick<
  CaseRecord,
  | 'id'
  | 'personId'
  | 'sopId'
  | 'stage'
  | 'status'
  | 'ownerUserId'
  | 'agency'
  | 'priority'
  | 'openedAt'
  | 'updatedAt'
  | 'version'
> & { readonly personName: string };

export type SubmissionStatus = 'draft' | 'submitted' | 'superseded';

export type SubmissionRecord = {
  readonly id: string;
  readonly siteId: string;
  readonly caseId: string | null;
  readonly personId: string | null;
  readonly referralId: string | null;
  readonly formId: string;
  readonly definitionVersionId: string;
  readonly data: JsonObject;
  readonly status: SubmissionStatus;
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly submittedAt: Date | null;
  readonly version: number;
};

/** A task row, mirrored from the workflow state for work queues. */
export type TaskRecord = {
  readonly id: string;
  readonly siteId: string;
  readonly caseId: string;
  readonly instanceKey: string;
  readonly definitionId: string;
  readonly kind: string;
  readonly roleId: string;
  readonly agency: string;
  readonly assigneeUserId: string | null;
  readonly dueAt: Date | null;
  readonly status: 'open' | 'done' | 'skipped' | 'cancelled';
  readonly overdue: boolean;
  readonly createdAt: Date;
  readonly completedAt: Date | null;
};

/** An event of a case's or person's history. */
export type HistoryEvent = {
  readonly id: string;
  readonly seq: number;
  readonly type: string;
  readonly actorUserId: string | null;
  readonly actorPartner: string | null;
  readonly at: Date;
  readonly payload: JsonObject;
  readonly visibility: JsonValue | null;
};

/** One page of a keyset-paginated list: `next` is the cursor for the following page, if any. */
export type Page<T> = { readonly items: readonly T[]; readonly next: string | null };
