import type { Clock } from '../kernel/clock.js';
import { partyOf, receiverBlocks, senderBlocks } from './actor-guards.js';
import { createReferral } from './create-referral.js';
import { EVENT_SPECS, type EventSpec, type SimpleEvent } from './event-specs.js';
import { move } from './move.js';
import { markOverdue } from './overdue.js';
import { recordAnswer } from './record-answer.js';
import type { Referral } from './referral.js';
import { block, type ReferralBlock } from './referral-block.js';
import type { ReferralContext } from './referral-context.js';
import type { Draft } from './referral-draft.js';
import type { ReferralEvent } from './referral-event.js';
import type { ReferralStepResult } from './referral-step-result.js';

const refused = (blockedBy: ReferralBlock[]): ReferralStepResult => ({ ok: false, blockedBy });

function applySpec(d: Draft, event: SimpleEvent): ReferralBlock[] {
  const spec: EventSpec<SimpleEvent> = EVENT_SPECS[event.type];
  const r = d.referral;
  if (!spec.from.includes(r.status))
    return [block('invalid_transition', { from: r.status, event: event.type })];
  const actorBlocks =
    spec.side === 'sender' ? senderBlocks(d.ctx, d.protocol, r) : receiverBlocks(d.ctx, r, spec.side);
  if (actorBlocks.length > 0 || d.ctx.actor === null) return actorBlocks;
  const blocks = spec.guard?.(d, event) ?? [];
  if (blocks.length > 0) return blocks;
  const note = 'note' in event && event.note !== undefined ? event.note : null;
  const reason = spec.reason?.(event) ?? null;
  move(d, {
    event: event.type,
    to: spec.to,
    at: d.now,
    by: partyOf(d.ctx.actor),
    onBehalfOfReceiver: false,
    reason,
    note,
  });
  spec.after?.(d, event);
  return [];
}

function apply(d: Draft, event: Exclude<ReferralEvent, { type: 'create' }>): ReferralBlock[] {
  if (event.type === 'tick') {
    markOverdue(d);
    return [];
  }
  return event.type === 'record_answer' ? recordAnswer(d, event) : applySpec(d, event);
}

/**
 * The referral engine: applies one event at `clock.now()`. Pure: the input referral is not
 * changed; the result is the new referral with the effects that describe every change, or the
 * stable reasons the event was refused. `referral` is `null` only for `create`.
 *
 * Refusal codes: `invalid_transition`, `wrong_agency`, `role_not_allowed`, `actor_required`,
 * `receiver_off_system`, `off_system_only`, `consent_missing`, `consent_expired`,
 * `consent_withdrawn`, `not_eligible`, `form_missing:<form>`, `not_signed`, `unknown_reason`,
 * `unknown_protocol`, `unknown_receiver`, `unknown_service:<id>`, `service_unavailable:<id>`,
 * `invalid_plan_step`, `invalid_date`, `responsibility_transferred`, `no_referral`, `already_created`.
 */
export function referralStep(
  context: ReferralContext,
  referral: Referral | null,
  event: ReferralEvent,
  clock: Clock,
): ReferralStepResult {
  const now = clock.now().toISOString();
  if (event.type === 'create')
    return referral === null ? createReferral(context, event, now) : refused([block('already_created')]);
  if (referral === null) return refused([block('no_referral')]);
  const protocol = context.bundle.referrals[referral.protocolId];
  if (protocol === undefined) return refused([block('unknown_protocol', { protocol: referral.protocolId })]);
  const d: Draft = { ctx: context, protocol, referral: structuredClone(referral), effects: [], now };
  const blocks = apply(d, event);
  return blocks.length > 0 ? refused(blocks) : { ok: true, referral: d.referral, effects: d.effects };
}
