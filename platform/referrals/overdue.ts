import type { Permission } from '../definitions/definition-types.generated.js';
import type { Deadline } from '../workflow/index.js';
import type { Referral, ReferralStatus } from './referral.js';
import type { Draft } from './referral-draft.js';
import type { OverdueKind, ReferralTask, TaskCloseCause } from './referral-effect.js';
import { instant } from './site-time.js';

/** States in which each deadline runs. */
const RUNNING: Readonly<Record<OverdueKind, readonly ReferralStatus[]>> = {
  response: ['requested', 'received'],
  completion: ['accepted', 'in_progress', 'on_hold'],
};

/** What the receiver's staff need to do what is overdue. */
const RECEIVER_PERMISSION: Readonly<Record<OverdueKind, Permission>> = {
  response: 'referral.respond',
  completion: 'referral.deliver',
};

const dueOf = (r: Referral, kind: OverdueKind): Deadline | null =>
  kind === 'response' ? r.responseDue : r.completionDue;

/** The id of an overdue task: one per referral, deadline and side, so it is created and closed once. */
export const overdueTaskId = (referralId: string, kind: OverdueKind, side: 'sender' | 'receiver'): string =>
  `${referralId}/${kind}-overdue/${side}`;

function receiverRoles(d: Draft, partnerId: string, kind: OverdueKind): string[] {
  return d.ctx.bundle.site.roles
    .filter((role) => (role.partners ?? []).length === 0 || role.partners?.includes(partnerId))
    .filter((role) => role.permissions.includes(RECEIVER_PERMISSION[kind]))
    .map((role) => role.id);
}

/** The overdue tasks: the sender always; the receiver when it is a partner on the system. */
function overdueTasks(d: Draft, kind: OverdueKind, missed: Deadline): ReferralTask[] {
  const r = d.referral;
  const base = {
    kind: `${kind}_overdue` as const,
    referralId: r.id,
    protocolId: r.protocolId,
    missed,
    createdAt: d.now,
  };
  const tasks: ReferralTask[] = [
    {
      ...base,
      id: overdueTaskId(r.id, kind, 'sender'),
      side: 'sender',
      partnerId: r.sender.partnerId,
      roles: [r.sender.role],
      userId: r.sender.userId,
    },
  ];
  if (r.receiver.kind === 'partner' && r.receiver.onSystem)
    tasks.push({
      ...base,
      id: overdueTaskId(r.id, kind, 'receiver'),
      side: 'receiver',
      partnerId: r.receiver.partnerId,
      roles: receiverRoles(d, r.receiver.partnerId, kind),
      userId: null,
    });
  return tasks;
}

/**
 * The scheduler's part: a deadline that passed while it was running marks the referral overdue
 * once and creates a task for each side (the sender chases, the receiver answers or finishes).
 */
export function markOverdue(d: Draft): void {
  const r = d.referral;
  for (const kind of ['response', 'completion'] as const) {
    const due = dueOf(r, kind);
    if (due === null || r.overdue[kind] || !RUNNING[kind].includes(r.status)) continue;
    if (instant(d.now) <= instant(due.dueAt)) continue;
    r.overdue[kind] = true;
    d.effects.push({ type: 'referral_overdue', referralId: r.id, kind, missed: due, at: d.now });
    for (const task of overdueTasks(d, kind, due)) {
      r.openTasks.push(task.id);
      d.effects.push({ type: 'task', action: 'create', task });
    }
  }
}

/** Closes the open overdue tasks of `kinds`: what they asked for happened (or no longer can). */
export function closeOverdueTasks(
  d: Draft,
  kinds: readonly OverdueKind[],
  cause: TaskCloseCause,
  at: string,
): void {
  const r = d.referral;
  const closing = r.openTasks.filter((id) => kinds.some((kind) => id.includes(`/${kind}-overdue/`)));
  for (const taskId of closing) d.effects.push({ type: 'task', action: 'close', taskId, cause, at });
  r.openTasks = r.openTasks.filter((id) => !closing.includes(id));
}

/**
 * The next instant a `tick` would change this referral (a running deadline passing), or `null`.
 * The runtime stores it to wake the referral up without scanning every row.
 */
export function referralWakeUp(referral: Referral): string | null {
  const times = (['response', 'completion'] as const)
    .filter((kind) => !referral.overdue[kind] && RUNNING[kind].includes(referral.status))
    .map((kind) => dueOf(referral, kind))
    .filter((due): due is Deadline => due !== null)
    .map((due) => instant(due.dueAt) + 1);
  return times.length === 0 ? null : new Date(Math.min(...times)).toISOString();
}
