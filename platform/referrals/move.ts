import type { Duration } from '../definitions/definition-types.generated.js';
import { type Deadline, deadlineAfter } from '../workflow/index.js';
import { closeOverdueTasks } from './overdue.js';
import { planStepEffect } from './plan-link.js';
import type { FailReason, ReferralStatus } from './referral.js';
import type { Draft, Move } from './referral-draft.js';
import { acceptResponsibility, releaseResponsibility } from './responsibility.js';
import { siteTime } from './site-time.js';

type Enter = (d: Draft, m: Move) => void;

/** The deadline `duration` after `at` in the site's calendar and zone (working days skip holidays). */
function deadline(d: Draft, at: string, duration: Duration): Deadline {
  const { dueAt, dueDate } = deadlineAfter(siteTime(d.ctx.bundle), { instant: at }, duration);
  return { dueAt, dueDate };
}

/** What entering each state records: its date, deadlines that start, responsibility, tasks that end. */
const ENTER: Partial<Readonly<Record<ReferralStatus, Enter>>> = {
  requested: (d, m) => {
    d.referral.sentAt = m.at;
    d.referral.responseDue = deadline(d, m.at, d.protocol.responseDeadline);
  },
  received: (d, m) => {
    d.referral.receivedAt = m.at;
  },
  accepted: (d, m) => {
    const due = d.protocol.completionDeadline;
    d.referral.respondedAt = m.at;
    d.referral.completionDue = due ? deadline(d, m.at, due) : null;
    closeOverdueTasks(d, ['response'], 'answered', m.at);
    acceptResponsibility(d, m.at);
  },
  rejected: (d, m) => {
    d.referral.respondedAt = m.at;
    d.referral.declineReason = m.reason;
    closeOverdueTasks(d, ['response'], 'answered', m.at);
  },
  in_progress: (d, m) => {
    d.referral.startedAt ??= m.at;
  },
  completed: (d, m) => {
    d.referral.completedAt = m.at;
    closeOverdueTasks(d, ['completion'], 'completed', m.at);
    releaseResponsibility(d, m.at);
  },
  failed: (d, m) => {
    d.referral.closedAt = m.at;
    d.referral.failReason = m.reason as FailReason;
    closeOverdueTasks(d, ['completion'], 'failed', m.at);
    releaseResponsibility(d, m.at);
  },
  cancelled: (d, m) => {
    d.referral.closedAt = m.at;
    closeOverdueTasks(d, ['response', 'completion'], 'cancelled', m.at);
    releaseResponsibility(d, m.at);
  },
};

/**
 * Moves the referral to `m.to`: records the timeline entry and the status effect first (the
 * event log reads in cause-and-consequence order), then what entering the state implies, then
 * the linked plan step's status.
 */
export function move(d: Draft, m: Move): void {
  const r = d.referral;
  const from = r.status;
  r.status = m.to;
  const { event, to, at, by, onBehalfOfReceiver, reason, note } = m;
  r.history.push({ at, event, from, to, by, onBehalfOfReceiver, reason, note });
  d.effects.push({
    type: 'referral_status_changed',
    referralId: r.id,
    protocolId: r.protocolId,
    event,
    from,
    to,
    by,
    onBehalfOfReceiver,
    reason,
    at,
  });
  ENTER[to]?.(d, m);
  planStepEffect(d, to, at);
}
