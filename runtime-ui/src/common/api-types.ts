import type { FieldError } from '../../../platform/forms/index.js';
import type {
  AllocationCheck,
  ApprovalState,
  ReviewSchedule,
  TaskInstance,
  WorkerSummary,
} from '../../../platform/workflow/index.js';

/** JSON shapes of the API (dates arrive as ISO strings). Mirrors `platform/cases` views. */

export type PersonIdentifier = { readonly type: string; readonly value: string };

export type PersonSummary = {
  readonly id: string;
  readonly displayName: string;
  readonly birthDate: string | null;
  readonly sex: string | null;
  readonly identifiers: readonly PersonIdentifier[];
  readonly reasons?: readonly string[];
  readonly similarity?: number;
};

export type PersonRecord = PersonSummary & {
  readonly data: Record<string, unknown>;
  readonly language: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
};

export type CaseStatus = 'open' | 'passive' | 'closed';

export type CaseSummary = {
  readonly id: string;
  readonly personId: string;
  readonly personName: string;
  readonly sopId: string;
  readonly stage: string;
  readonly status: CaseStatus;
  readonly ownerUserId: string | null;
  readonly agency: string;
  readonly priority: string | null;
  readonly openedAt: string;
  readonly updatedAt: string;
  readonly version: number;
};

export type CaseRecordView = CaseSummary & {
  readonly definitionVersionId: string;
  readonly stageEnteredAt: string;
  readonly weight: number | null;
  readonly closureReason: string | null;
  readonly closedAt: string | null;
  readonly reopenedCount: number;
};

export type BlockedAction = {
  readonly blockedBy: readonly { code: string }[];
  readonly reasons: readonly string[];
};

/** A possible next step of a case; `reasons` say (in the user's language) why it is blocked. */
export type CaseAction = BlockedAction &
  (
    | {
        readonly type: 'advance';
        readonly to: string;
        readonly transition: string;
        readonly automatic: boolean;
      }
    | { readonly type: 'close'; readonly reason: string | null; readonly transition: string | null }
    | { readonly type: 'add_task'; readonly task: string }
    | { readonly type: 'request_approval'; readonly approval: string }
    | { readonly type: 'set_passive' | 'resume' | 'reopen' }
  );

export type CaseFormView = {
  readonly formId: string;
  readonly access: 'none' | 'read' | 'write';
  readonly required: boolean;
  readonly lastSubmittedAt: string | null;
  readonly submissions: number;
};

export type TeamMember = {
  readonly userId: string;
  readonly roleId: string;
  readonly displayName: string;
  readonly addedAt: string;
  /** For a member from another partner (joint casework): the client's consent admitting them. */
  readonly consentId?: string | null;
  /** On the case now: a member from another partner only while that consent holds. */
  readonly inForce?: boolean;
};

export type CaseView = {
  readonly case: CaseRecordView;
  readonly person: {
    readonly id: string;
    readonly displayName: string;
    readonly birthDate: string | null;
    readonly sex: string | null;
  } | null;
  readonly state: {
    readonly tasks: readonly TaskInstance[];
    readonly approvals: Readonly<Record<string, ApprovalState>>;
    readonly milestones: Readonly<Record<string, { reachedAt: string }>>;
    readonly reviews: Readonly<Record<string, ReviewSchedule>>;
    readonly stageEnteredAt: string;
    readonly passive: { since: string; reason: string | null; role: string } | null;
  };
  readonly forms: readonly CaseFormView[];
  readonly data: Readonly<Record<string, unknown>>;
  readonly actions: readonly CaseAction[];
  readonly team: readonly TeamMember[];
  readonly ownerName: string | null;
  /** `emergency`: the user reads the case by emergency (break-the-glass) access, read-only. */
  readonly access?: 'staff' | 'emergency';
  /** The emergency access the user reads the case by, when `access` is `emergency`. */
  readonly emergency?: { readonly expiresAt: string; readonly reason: string } | null;
};

export type Submission = {
  readonly id: string;
  readonly formId: string;
  readonly data: Record<string, unknown>;
  readonly status: 'draft' | 'submitted' | 'superseded';
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly submittedAt: string | null;
  readonly version: number;
};

export type CaseFormData = {
  readonly form: CaseFormView;
  readonly submissions: readonly Submission[];
  readonly draft: Submission | null;
};

export type HistoryItem = {
  readonly id: string;
  readonly seq: number;
  readonly type: string;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorName: string | null;
  readonly payload: Readonly<Record<string, unknown>>;
};

export type WorkTask = {
  readonly id: string;
  readonly caseId: string;
  readonly instanceKey: string;
  readonly definitionId: string;
  readonly kind: TaskInstance['kind'];
  readonly roleId: string;
  readonly dueAt: string | null;
  readonly overdue: boolean;
  readonly personName: string;
  readonly caseStage: string;
  readonly caseOwnerUserId: string | null;
};

export type WorkerLoad = WorkerSummary & { readonly displayName: string };

export type Colleague = {
  readonly userId: string;
  readonly displayName: string;
  readonly roleIds: readonly string[];
};

/** Someone who may join a case team: a colleague of the holding agency, or joint casework staff. */
export type TeamCandidate = Colleague & {
  readonly partnerId: string;
  readonly partnerName: string;
  /** The client's consent admitting staff of another partner; `null` for colleagues. */
  readonly consent: {
    readonly id: string;
    readonly purpose: string;
    readonly expiresAt: string | null;
  } | null;
};

export type Page<T> = { readonly items: readonly T[]; readonly next: string | null };

export type { AllocationCheck, FieldError };
