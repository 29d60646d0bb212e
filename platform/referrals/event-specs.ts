import type { Permission } from '../definitions/definition-types.generated.js';
import { isOfferedOption, optionsOf } from './options.js';
import type { FailReason, ReferralStatus } from './referral.js';
import { block, type ReferralBlock } from './referral-block.js';
import type { Draft } from './referral-draft.js';
import type { ReferralEvent, ReferralEventType } from './referral-event.js';
import { afterSend, sendGuard } from './send-referral.js';

/** Events that move one state along the table (the others: `create`, `record_answer`, `tick`). */
export type SimpleEventType = Exclude<ReferralEventType, 'create' | 'record_answer' | 'tick'>;
export type SimpleEvent = Extract<ReferralEvent, { type: SimpleEventType }>;

/** One event of the state machine: the states it leaves, the state it enters, whose it is. */
export type EventSpec<E extends SimpleEvent> = {
  readonly from: readonly ReferralStatus[];
  readonly to: ReferralStatus;
  /** `sender` for the sending agency (with `referral.send`), else the receiver's permission. */
  readonly side: 'sender' | Permission;
  /** Guards beyond the state and the actor. */
  guard?(d: Draft, e: E): ReferralBlock[];
  /** The coded reason recorded with the move. */
  reason?(e: E): string | null;
  /** Work after the move. */
  after?(d: Draft, e: E): void;
};

/** Why a service accepted for the client did not happen. */
export const FAIL_REASONS: readonly FailReason[] = ['no_show', 'service_failed'];

/** A decline reason from the protocol's `declineReasons`; any non-empty reason when it lists none. */
export function declineReasonBlocks(d: Draft, reason: string | undefined): ReferralBlock[] {
  const options = d.protocol.declineReasons;
  const ok =
    optionsOf(d.ctx.bundle, options).length > 0
      ? isOfferedOption(d.ctx.bundle, options, reason)
      : typeof reason === 'string' && reason.trim() !== '';
  return ok ? [] : [block('unknown_reason', { reason: reason ?? null })];
}

/** A failure reason must be one of {@link FAIL_REASONS}. */
export function failReasonBlocks(reason: string | undefined): ReferralBlock[] {
  return FAIL_REASONS.some((r) => r === reason)
    ? []
    : [block('unknown_reason', { reason: reason ?? null, allowed: [...FAIL_REASONS] })];
}

/** The counter-referral must be submitted before the referral completes, when the protocol has one. */
export function feedbackBlocks(d: Draft): ReferralBlock[] {
  const formId = d.protocol.feedbackForm?.form;
  if (formId === undefined || d.ctx.referralForms?.[formId] !== undefined) return [];
  return [block(`form_missing:${formId}`, { form: formId, referral: d.referral.id })];
}

const ACTIVE: readonly ReferralStatus[] = ['accepted', 'in_progress', 'on_hold'];

/** The state machine (draft → requested → received → accepted | rejected → in_progress ↔ on_hold → …). */
export const EVENT_SPECS: { readonly [T in SimpleEventType]: EventSpec<Extract<SimpleEvent, { type: T }>> } =
  {
    send: { from: ['draft'], to: 'requested', side: 'sender', guard: sendGuard, after: afterSend },
    receive: { from: ['requested'], to: 'received', side: 'referral.respond' },
    accept: { from: ['requested', 'received'], to: 'accepted', side: 'referral.respond' },
    decline: {
      from: ['requested', 'received'],
      to: 'rejected',
      side: 'referral.respond',
      guard: (d, e) => declineReasonBlocks(d, e.reason),
      reason: (e) => e.reason,
    },
    start: { from: ['accepted'], to: 'in_progress', side: 'referral.deliver' },
    hold: { from: ['in_progress'], to: 'on_hold', side: 'referral.deliver' },
    resume: { from: ['on_hold'], to: 'in_progress', side: 'referral.deliver' },
    complete: {
      from: ['accepted', 'in_progress'],
      to: 'completed',
      side: 'referral.deliver',
      guard: feedbackBlocks,
    },
    fail: {
      from: ACTIVE,
      to: 'failed',
      side: 'referral.deliver',
      guard: (_, e) => failReasonBlocks(e.reason),
      reason: (e) => e.reason,
    },
    cancel: {
      from: ['draft', 'requested', 'received', ...ACTIVE],
      to: 'cancelled',
      side: 'sender',
      // Once the case was handed over, the receiver holds it: the former sender cannot call it back.
      guard: (d) => (d.referral.responsibility === 'receiver' ? [block('responsibility_transferred')] : []),
    },
  };
