import type { ReferralTask } from '../../referrals/index.js';
import type { ReferralTaskRow } from './referral-store.js';

/**
 * The task rows of a referral's overdue task: one per role the engine names (the work queue lists
 * tasks by role), at the side's agency, due when the missed deadline passed and overdue already.
 * `definitionId` is the engine's deterministic task id, so the task is closed by it; the instance
 * key adds the role.
 */
export function referralTaskRows(siteId: string, caseId: string, task: ReferralTask): ReferralTaskRow[] {
  const kind = task.kind === 'response_overdue' ? 'referral_response' : 'referral_completion';
  return task.roles.map((roleId) => ({
    siteId,
    caseId,
    instanceKey: `${task.id}#${roleId}`,
    definitionId: task.id,
    kind,
    roleId,
    agency: task.partnerId,
    assigneeUserId: task.side === 'sender' ? task.userId : null,
    dueAt: new Date(task.missed.dueAt),
    status: 'open',
    overdue: true,
    createdAt: new Date(task.createdAt),
    completedAt: null,
  }));
}
