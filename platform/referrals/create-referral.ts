import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { partyOf, senderBlocks } from './actor-guards.js';
import { isOfferedOption, optionsOf } from './options.js';
import { receiverOf } from './receiver.js';
import type { Referral, ReferralParty, ReferralReceiver } from './referral.js';
import { block, type ReferralBlock } from './referral-block.js';
import type { ReferralContext } from './referral-context.js';
import type { ReferralEffect } from './referral-effect.js';
import type { ReferralEvent } from './referral-event.js';
import type { ReferralStepResult } from './referral-step-result.js';

type CreateEvent = Extract<ReferralEvent, { type: 'create' }>;

/** The reason must be one of the protocol's reasons; a protocol without reasons takes none. */
function reasonBlocks(
  bundle: SiteBundle,
  protocol: ReferralDefinition,
  reason: string | null,
): ReferralBlock[] {
  const listed = optionsOf(bundle, protocol.reasons).length > 0;
  const ok = listed ? isOfferedOption(bundle, protocol.reasons, reason) : reason === null;
  return ok ? [] : [block('unknown_reason', { reason })];
}

/** A target service must be the protocol's, or name the protocol as its referral route, and be active. */
function serviceBlocks(bundle: SiteBundle, protocol: ReferralDefinition, id: string | null): ReferralBlock[] {
  if (id === null) return [];
  const service = bundle.services[id];
  const routed =
    'service' in protocol.to ? protocol.to.service === id : service?.referral?.referral === protocol.id;
  if (service === undefined || !routed)
    return [block(`unknown_service:${id}`, { service: id, protocol: protocol.id })];
  const status = service.status ?? 'active';
  return status === 'active' ? [] : [block(`service_unavailable:${id}`, { service: id, status })];
}

function planStepBlocks(protocol: ReferralDefinition, step: number | null): ReferralBlock[] {
  if (step === null) return [];
  const ok = protocol.planLink !== undefined && Number.isInteger(step) && step >= 0;
  return ok ? [] : [block('invalid_plan_step', { step })];
}

type Details = Pick<Referral, 'reason' | 'serviceId' | 'planStep'>;

function newDraft(
  e: CreateEvent,
  protocolId: string,
  receiver: ReferralReceiver,
  by: ReferralParty,
  now: string,
  details: Details,
): Referral {
  return {
    version: 1,
    id: e.id,
    protocolId,
    caseId: e.caseId,
    personId: e.personId,
    ...details,
    sender: by,
    receiver,
    status: 'draft',
    responsibility: 'sender',
    createdAt: now,
    sentAt: null,
    receivedAt: null,
    respondedAt: null,
    startedAt: null,
    completedAt: null,
    closedAt: null,
    responseDue: null,
    completionDue: null,
    consentId: null,
    declineReason: null,
    failReason: null,
    overdue: { response: false, completion: false },
    openTasks: [],
    history: [
      {
        at: now,
        event: 'create',
        from: null,
        to: 'draft',
        by,
        onBehalfOfReceiver: false,
        reason: details.reason,
        note: null,
      },
    ],
  };
}

/**
 * `create`: a draft under a protocol, by someone the protocol lets send, with a reason from its
 * list and optionally a directory service and the action-plan step it carries out.
 */
export function createReferral(ctx: ReferralContext, e: CreateEvent, now: string): ReferralStepResult {
  const protocol = ctx.bundle.referrals[e.protocol];
  if (protocol === undefined)
    return { ok: false, blockedBy: [block('unknown_protocol', { protocol: e.protocol })] };
  const actorBlocks = senderBlocks(ctx, protocol, null);
  if (actorBlocks.length > 0 || ctx.actor === null) return { ok: false, blockedBy: actorBlocks };
  const receiver = receiverOf(ctx.bundle, protocol);
  const reason = e.reason ?? null;
  const serviceId = e.service ?? ('service' in protocol.to ? protocol.to.service : null);
  const planStep = e.planStep ?? null;
  const blocks = [
    ...(receiver === undefined ? [block('unknown_receiver', { protocol: protocol.id })] : []),
    ...reasonBlocks(ctx.bundle, protocol, reason),
    ...serviceBlocks(ctx.bundle, protocol, serviceId),
    ...planStepBlocks(protocol, planStep),
  ];
  if (blocks.length > 0 || receiver === undefined) return { ok: false, blockedBy: blocks };
  const referral = newDraft(e, protocol.id, receiver, partyOf(ctx.actor), now, {
    reason,
    serviceId,
    planStep,
  });
  const { sender: by } = referral;
  const created: ReferralEffect = {
    type: 'referral_status_changed',
    referralId: e.id,
    protocolId: protocol.id,
    event: 'create',
    from: null,
    to: 'draft',
    by,
    onBehalfOfReceiver: false,
    reason,
    at: now,
  };
  return { ok: true, referral, effects: [created] };
}
