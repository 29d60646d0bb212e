import { type BlockReason, block, blockOn } from './block-reason.js';
import type { Actor } from './case-state.js';
import { type Draft, emit } from './draft.js';
import { roleBlocks } from './roles.js';
import { taskDeadline } from './task-deadline.js';
import { completeTask, createTask, openTasks } from './tasks.js';

export function requestBlocks(d: Draft, approvalId: string): BlockReason[] {
  const approval = d.def.approvals.get(approvalId);
  if (d.state.status === 'closed') return [block('case_not_open', { status: 'closed' })];
  if (approval === undefined) return [blockOn('unknown_approval', 'approval', approvalId)];
  if (d.state.approvals[approvalId]?.status === 'pending')
    return [blockOn('approval_already_pending', 'approval', approvalId)];
  const form = approval.form?.form;
  return form !== undefined && d.state.forms[form] === undefined
    ? [blockOn('form_missing', 'form', form)]
    : [];
}

/** Makes the approval pending and gives the approver a task named after the approval. */
export function requestApproval(d: Draft, approvalId: string, actor: Actor): void {
  const approval = d.def.approvals.get(approvalId);
  if (approval === undefined) return;
  d.state.approvals[approvalId] = {
    status: 'pending',
    requestedAt: d.now,
    requestedBy: actor,
    decidedAt: null,
    grantedInStageEntry: null,
  };
  const task = createTask(d, {
    defId: approvalId,
    kind: 'approval',
    role: approval.role,
    form: approval.form?.form ?? null,
    deadline: taskDeadline(d, approval.due, d.now),
  });
  emit(d, {
    type: 'approval_requested',
    approvalId,
    taskId: task.id,
    role: approval.role,
    by: actor,
    at: d.now,
  });
  emit(d, {
    type: 'notification',
    to: { role: approval.role },
    topic: 'approval_requested',
    taskId: task.id,
    subject: approvalId,
    at: d.now,
  });
}

/** Only a pending approval is decided, by its role (or a role supervising it); a return needs a comment. */
export function decideBlocks(
  d: Draft,
  approvalId: string,
  actor: Actor,
  comment: string | null,
): BlockReason[] {
  const approval = d.def.approvals.get(approvalId);
  if (approval === undefined) return [blockOn('unknown_approval', 'approval', approvalId)];
  if (d.state.approvals[approvalId]?.status !== 'pending')
    return [blockOn('approval_not_pending', 'approval', approvalId)];
  const roles = roleBlocks(d.def.bundle, actor.role, approval.role);
  if (roles.length > 0) return roles;
  return comment !== null && comment.trim() === '' ? [block('reason_required')] : [];
}

export function decideApproval(
  d: Draft,
  approvalId: string,
  decision: 'approved' | 'returned',
  comment: string | null,
  actor: Actor,
): void {
  const record = d.state.approvals[approvalId];
  if (record === undefined) return;
  Object.assign(record, {
    status: decision,
    decidedAt: d.now,
    decidedBy: actor,
    grantedInStageEntry: decision === 'approved' ? d.state.stageEntry : null,
    ...(comment === null ? {} : { comment }),
  });
  for (const t of openTasks(d))
    if (t.kind === 'approval' && t.defId === approvalId) completeTask(d, t, actor);
  emit(d, { type: 'approval_decided', approvalId, decision, comment, by: actor, at: d.now });
  const requester = record.requestedBy;
  emit(d, {
    type: 'notification',
    to: requester.userId === undefined ? { role: requester.role } : { userId: requester.userId },
    topic: 'approval_decided',
    taskId: null,
    subject: approvalId,
    at: d.now,
  });
}

/** A granted approval of a form lapses when the form is submitted again: what was approved changed. */
export function withdrawApprovalsOf(d: Draft, formId: string): void {
  for (const [id, a] of Object.entries(d.state.approvals)) {
    if (a.status !== 'approved' || d.def.approvals.get(id)?.form?.form !== formId) continue;
    delete d.state.approvals[id];
    emit(d, { type: 'approval_withdrawn', approvalId: id, cause: 'resubmitted', at: d.now });
  }
}
