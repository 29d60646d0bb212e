import { partyOf, senderBlocks } from './actor-guards.js';
import { declineReasonBlocks, failReasonBlocks, feedbackBlocks } from './event-specs.js';
import { move } from './move.js';
import type { ReferralStatus } from './referral.js';
import { block, type ReferralBlock } from './referral-block.js';
import type { Draft } from './referral-draft.js';
import type { RecordedAnswer, ReferralEvent } from './referral-event.js';
import { instant } from './site-time.js';

type AnswerEvent = Extract<ReferralEvent, { type: 'record_answer' }>;

/**
 * The states each recorded answer passes through from each state. A completion recorded before
 * any acceptance implies it: an off-system receiver that reports the result has taken the client.
 */
const PATHS: Readonly<Record<RecordedAnswer, Partial<Record<ReferralStatus, readonly ReferralStatus[]>>>> = {
  accepted: { requested: ['accepted'], received: ['accepted'] },
  declined: { requested: ['rejected'], received: ['rejected'] },
  completed: {
    requested: ['accepted', 'completed'],
    received: ['accepted', 'completed'],
    accepted: ['completed'],
    in_progress: ['completed'],
  },
  failed: { accepted: ['failed'], in_progress: ['failed'] },
};

/** The answer's own guards: its reason, the counter-referral, and a plausible answer date. */
function answerBlocks(d: Draft, e: AnswerEvent, at: string): ReferralBlock[] {
  const blocks: ReferralBlock[] = [];
  if (e.answer === 'declined') blocks.push(...declineReasonBlocks(d, e.reason));
  if (e.answer === 'failed') blocks.push(...failReasonBlocks(e.reason));
  if (e.answer === 'completed') blocks.push(...feedbackBlocks(d));
  const sentAt = d.referral.sentAt ?? d.now;
  if (Number.isNaN(instant(at)) || instant(at) < instant(sentAt) || instant(at) > instant(d.now))
    blocks.push(block('invalid_date', { answeredAt: at, sentAt, now: d.now }));
  return blocks;
}

/**
 * `record_answer`: for a receiver that is not on the system, the sender records its answer
 * (accepted, declined, completed, failed) on its behalf, dated when the receiver gave it. Each
 * state passed through is recorded as the receiver's, marked `onBehalfOfReceiver`.
 */
export function recordAnswer(d: Draft, e: AnswerEvent): ReferralBlock[] {
  const r = d.referral;
  if (r.receiver.onSystem) return [block('off_system_only', { receiver: r.receiver.partnerId })];
  const path = PATHS[e.answer][r.status];
  if (path === undefined)
    return [block('invalid_transition', { from: r.status, event: `record_answer:${e.answer}` })];
  const actorBlocks = senderBlocks(d.ctx, d.protocol, r);
  if (actorBlocks.length > 0 || d.ctx.actor === null) return actorBlocks;
  const at = e.answeredAt ?? d.now;
  const blocks = answerBlocks(d, e, at);
  if (blocks.length > 0) return blocks;
  const by = partyOf(d.ctx.actor);
  for (const to of path) {
    const reason = to === 'rejected' || to === 'failed' ? (e.reason ?? null) : null;
    move(d, { event: 'record_answer', to, at, by, onBehalfOfReceiver: true, reason, note: e.note ?? null });
  }
  return [];
}
