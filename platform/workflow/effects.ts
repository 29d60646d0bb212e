import type { JsonValue } from '../kernel/json.js';
import type { Actor, CaseStatus, TaskInstance, TaskKind } from './case-state.js';

/** Why open tasks were cancelled. */
export type CancelCause = 'stage_left' | 'case_closed' | 'reopened' | 'resumed';

/** Who a notification is for: everyone holding a role on the case, or one user. */
export type Recipient = { readonly role: string } | { readonly userId: string };

/** What a notification is about; the runtime renders and delivers it. */
export type NotificationTopic =
  | 'approval_requested'
  | 'approval_decided'
  | 'task_overdue'
  | 'review_due'
  | 'follow_up_due'
  | 'passive_review_due';

/**
 * What a step changed, in order: the runtime appends them to the case history, keeps its tasks
 * table in line with the `task_*` effects and delivers the notifications. Every effect is JSON.
 */
export type Effect =
  | { type: 'case_opened'; sopId: string; stage: string; at: string }
  | { type: 'stage_changed'; from: string | null; to: string; transition: string | null; at: string }
  | { type: 'status_changed'; from: CaseStatus; to: CaseStatus; reason: string | null; at: string }
  | { type: 'case_closed'; reason: string; transition: string | null; at: string }
  | { type: 'case_reopened'; stage: string; count: number; at: string }
  | { type: 'form_submitted'; formId: string; at: string }
  | { type: 'task_created'; task: TaskInstance }
  | { type: 'task_completed'; taskId: string; defId: string; by: Actor | null; at: string }
  | { type: 'task_skipped'; taskId: string; defId: string; reason: string; by: Actor; at: string }
  | { type: 'task_cancelled'; taskId: string; defId: string; cause: CancelCause; at: string }
  | { type: 'task_due_changed'; taskId: string; dueAt: string | null; dueDate: string | null }
  | { type: 'task_overdue'; taskId: string; defId: string; dueAt: string; at: string }
  | { type: 'task_scheduled'; defId: string; kind: TaskKind; dueDate: string; appearsAt: string }
  | { type: 'approval_requested'; approvalId: string; taskId: string; role: string; by: Actor; at: string }
  | {
      type: 'approval_decided';
      approvalId: string;
      decision: 'approved' | 'returned';
      comment: string | null;
      by: Actor;
      at: string;
    }
  | {
      type: 'approval_withdrawn';
      approvalId: string;
      cause: 'resubmitted' | 'case_closed' | 'reopened';
      at: string;
    }
  | { type: 'review_scheduled'; reviewId: string; dueDate: string; appearsAt: string; adjusted: boolean }
  | { type: 'review_stopped'; reviewId: string; at: string }
  | { type: 'milestone_reached'; milestoneId: string; at: string }
  | { type: 'priority_changed'; from: JsonValue; to: JsonValue; at: string }
  | {
      type: 'notification';
      to: Recipient;
      topic: NotificationTopic;
      taskId: string | null;
      subject: string;
      at: string;
    }
  /** A condition could not be evaluated (a rule error); it counted as not holding. */
  | { type: 'condition_error'; where: string; message: string };

/** The `type` of an effect. */
export type EffectType = Effect['type'];
