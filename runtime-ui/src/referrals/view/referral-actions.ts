import { EVENT_SPECS, type SimpleEventType } from '../../../../platform/referrals/event-specs.js';
import type { RecordedAnswer } from '../../../../platform/referrals/index.js';
import type { ReferralStatus, ReferralView } from '../referral-api-types.js';

/** What a user may do to a referral from its page (sending is the draft page's). */
export type ReferralActionType = Exclude<SimpleEventType, 'send'> | 'record_answer';

/** The order buttons appear in: the usual next step first, the ways out last. */
const ORDER: readonly ReferralActionType[] = [
  'receive',
  'accept',
  'start',
  'resume',
  'complete',
  'hold',
  'record_answer',
  'decline',
  'fail',
  'cancel',
];

/**
 * The answers a sender may record for a receiver off the system, from each state (as the engine's
 * `record_answer` takes them: a completion recorded first implies the acceptance).
 */
const ANSWERS: Readonly<Record<RecordedAnswer, readonly ReferralStatus[]>> = {
  accepted: ['requested', 'received'],
  declined: ['requested', 'received'],
  completed: ['requested', 'received', 'accepted', 'in_progress'],
  failed: ['accepted', 'in_progress'],
};

/** The answers that may be recorded now for an off-system receiver of a referral in `status`. */
export function recordableAnswers(status: ReferralStatus): RecordedAnswer[] {
  return (Object.keys(ANSWERS) as RecordedAnswer[]).filter((a) => ANSWERS[a].includes(status));
}

/**
 * The actions the state machine offers this side of the referral in its state, to a role with
 * these permissions. The server decides (consent, deadlines, the counter-referral…) and explains
 * a refusal; this only keeps out buttons that could never work.
 */
export function offeredActions(
  detail: Pick<ReferralView, 'side' | 'referral'>,
  can: (permission: string) => boolean,
): ReferralActionType[] {
  const { status, receiver, responsibility } = detail.referral;
  const offered = new Set<ReferralActionType>();
  for (const [type, spec] of Object.entries(EVENT_SPECS) as [
    SimpleEventType,
    (typeof EVENT_SPECS)['send'],
  ][]) {
    if (type === 'send' || !spec.from.includes(status)) continue;
    if (type === 'cancel' && (status === 'draft' || responsibility === 'receiver')) continue;
    const mine =
      spec.side === 'sender'
        ? detail.side === 'sender' && can('referral.send')
        : detail.side === 'receiver' && receiver.onSystem && can(spec.side);
    if (mine) offered.add(type);
  }
  if (
    detail.side === 'sender' &&
    !receiver.onSystem &&
    can('referral.send') &&
    recordableAnswers(status).length > 0
  )
    offered.add('record_answer');
  return ORDER.filter((a) => offered.has(a));
}

/** Actions that need more than a click: a reason, a note, an answer, or a confirmation. */
export function needsDialog(action: ReferralActionType): boolean {
  return action === 'decline' || action === 'fail' || action === 'cancel' || action === 'record_answer';
}

const ACTIVE: readonly ReferralStatus[] = ['accepted', 'in_progress', 'on_hold'];

/** While the service may still report back, the counter-referral can be filled in (as the server holds). */
const FEEDBACK_OPEN: readonly ReferralStatus[] = [
  'requested',
  'received',
  'accepted',
  'in_progress',
  'on_hold',
];

/**
 * Whether this user may fill in the counter-referral now: the receiving agency while the referral
 * runs (the sender for a receiver off the system), with write access to the form for the role.
 */
export function mayFillFeedback(
  detail: Pick<ReferralView, 'side' | 'referral' | 'protocol'>,
  can: (permission: string) => boolean,
  formAccess: 'none' | 'read' | 'write',
): boolean {
  const { receiver, status } = detail.referral;
  if (detail.protocol.feedbackForm === null || !FEEDBACK_OPEN.includes(status)) return false;
  // A receiver on the system reports back once it has taken the client.
  const side = receiver.onSystem
    ? detail.side === 'receiver' &&
      (can('referral.respond') || can('referral.deliver')) &&
      ACTIVE.includes(status)
    : detail.side === 'sender' && can('referral.send');
  return side && formAccess === 'write';
}
