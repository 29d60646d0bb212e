import type { JsonObject, JsonValue } from '../kernel/json.js';

/** Who acts: a role of the site and, opaque to the engine, the user. */
export type Actor = { readonly role: string; readonly userId?: string };

/** `open` (active work), `passive` (resting, reviewed after an interval), `closed`. */
export type CaseStatus = 'open' | 'passive' | 'closed';
/** Where a task comes from: a stage or discretionary task, a review, an approval, a follow-up after closure, the passive review. */
export type TaskKind = 'task' | 'review' | 'approval' | 'follow_up' | 'passive_review';
/** `done` and `skipped` finish a task (and start deadlines anchored on it); `cancelled` is the engine's. */
export type TaskStatus = 'open' | 'done' | 'skipped' | 'cancelled';
/** A withdrawn approval (form resubmitted, case closed or re-opened) is removed, not given a status. */
export type ApprovalStatus = 'pending' | 'approved' | 'returned';

/** A deadline: the instant it passes and the site-local day it falls on. */
export type Deadline = { dueAt: string; dueDate: string };

/** One task of a case. `defId` is the SOP's task, review or approval id (or `follow-up`, `passive-review`). */
export type TaskInstance = {
  id: string;
  defId: string;
  kind: TaskKind;
  /** Added by a caseworker from `discretionaryTasks`. */
  discretionary: boolean;
  /** The stage the case was in when the task was created. */
  stage: string;
  role: string;
  form: string | null;
  required: boolean;
  status: TaskStatus;
  /** `null` while the anchor (another task's completion, a form's date) is not known yet. */
  dueAt: string | null;
  dueDate: string | null;
  overdue: boolean;
  createdAt: string;
  completedAt: string | null;
  completedBy?: Actor;
  /** The reason given when skipped. */
  comment?: string;
};

/** The latest submission of a case form: what `forms.<id>` reads. */
export type SubmittedForm = {
  data: JsonObject;
  submittedAt: string;
  /** Submitted since the case was last re-opened (always true for a case never re-opened). */
  sinceReopen: boolean;
  count: number;
};

/** An approval of the case, from its last request. */
export type ApprovalState = {
  status: ApprovalStatus;
  requestedAt: string;
  requestedBy: Actor;
  decidedAt: string | null;
  decidedBy?: Actor;
  comment?: string;
  /** The stage entry (see {@link CaseState.stageEntry}) in which it was granted. */
  grantedInStageEntry: number | null;
};

/** When a review is next due; the task appears on that day. */
export type ReviewSchedule = Deadline & {
  /** The instant the review task appears (start of the due day in the site's zone). */
  appearsAt: string;
  /** The previous review (or the start of the schedule): bounds of `adjustable` count from it. */
  base: string;
  adjusted: boolean;
};

/** A follow-up or passive review waiting for its day. */
export type ScheduledTask = Deadline & {
  defId: string;
  kind: 'follow_up' | 'passive_review';
  role: string;
  form: string | null;
  appearsAt: string;
};

/**
 * The state of one case under one SOP: plain JSON (no `undefined`, no class instances, no
 * dates), so the runtime can store it as jsonb and every engine call starts from a copy of it.
 */
export type CaseState = {
  /** Version of this shape, for migrations of stored states. */
  version: 1;
  sopId: string;
  status: CaseStatus;
  stage: string;
  /** Counts stage entries, so approvals "granted since the case entered the stage" can be told apart. */
  stageEntry: number;
  openedAt: string;
  stageEnteredAt: string;
  closedAt: string | null;
  closureReason: string | null;
  reopenedAt: string | null;
  reopenedCount: number;
  passive: { since: string; reason: string | null; role: string } | null;
  priority: JsonValue;
  forms: Record<string, SubmittedForm>;
  tasks: TaskInstance[];
  approvals: Record<string, ApprovalState>;
  reviews: Record<string, ReviewSchedule>;
  scheduled: ScheduledTask[];
  milestones: Record<string, { reachedAt: string }>;
};
