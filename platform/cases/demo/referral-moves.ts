import { canAccessForm } from '../../access/form-access.js';
import type { ReferralDefinition } from '../../definitions/definition-types.generated.js';
import { PlatformError } from '../../kernel/errors.js';
import { type ReferralReceiver, receiverKey, receiverOf } from '../../referrals/index.js';
import type { OperationContext } from '../operation-context.js';
import { createReferralDraft } from '../referrals/create-referral-draft.js';
import { type ReferralActionEvent, referralAction } from '../referrals/referral-action.js';
import { submitReferralForm } from '../referrals/referral-form.js';
import type { ReferralRecord } from '../referrals/referral-records.js';
import { recordClientConsent } from './client-consent.js';
import type { StaffMember } from './demo-staff.js';
import { optionValues } from './option-values.js';
import { planStepFor, referralFormData } from './referral-form-data.js';
import type { ReferralMove } from './referral-outcomes.js';
import type { WalkView } from './walk-decisions.js';
import { referralSender } from './walk-referrals.js';
import type { CaseWalk, ReferralWalk, WalkEnv } from './walk-types.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * One move of a referral through the referral operations (draft, referral form, consent and send
 * by the case's agency; receive, accept or decline, start, hold, counter-referral, complete or
 * fail by the receiving one — or the sender recording what an off-system receiver answered).
 * A refusal ends the referral where it stands (a draft not eligible to send stays a draft).
 */
export async function referralMove(
  w: CaseWalk,
  env: WalkEnv,
  view: WalkView,
  r: ReferralWalk,
): Promise<void> {
  const protocol = env.def.bundle.referrals[r.protocol];
  const receiver = protocol === undefined ? undefined : receiverOf(env.def.bundle, protocol);
  const move = r.moves[r.step];
  if (protocol === undefined || receiver === undefined || move === undefined) {
    r.step = r.moves.length;
    return;
  }
  try {
    await perform(w, env, view, r, { protocol, receiver, move });
    r.step += 1;
    r.nextAt = view.now.getTime() + pause(w, move);
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    const codes = (error.detail as { blockedBy?: string[] } | undefined)?.blockedBy?.join('+') ?? error.code;
    env.problems.set(`referral_${move}:${codes}`, (env.problems.get(`referral_${move}:${codes}`) ?? 0) + 1);
    r.step = r.moves.length;
  }
}

type MoveInput = { protocol: ReferralDefinition; receiver: ReferralReceiver; move: ReferralMove };

async function perform(w: CaseWalk, env: WalkEnv, view: WalkView, r: ReferralWalk, m: MoveInput) {
  const sender = referralSender(env, view, m.protocol);
  const receiving = m.receiver.kind === 'partner' && m.receiver.onSystem ? m.receiver.partnerId : undefined;
  const senderSide = sender === undefined ? undefined : context(env, sender);
  const act = async (ctx: OperationContext | undefined, event: ReferralActionEvent) => {
    if (ctx === undefined) throw new PlatformError('forbidden', 'Nobody may do this move.');
    remember(r, (await referralAction(ctx, r.id ?? '', await versionOf(env, r), event)).record);
  };
  switch (m.move) {
    case 'create': {
      if (senderSide === undefined) throw new PlatformError('forbidden', 'Nobody may refer.');
      const reasons = Array.isArray(m.protocol.reasons) ? m.protocol.reasons.map((o) => String(o.value)) : [];
      const lookupReasons = optionValues(env.def.bundle, m.protocol.reasons).map(String);
      const all = reasons.length > 0 ? reasons : lookupReasons;
      const record = await createReferralDraft(senderSide, view.record.id, {
        protocol: m.protocol.id,
        reason: all.length > 0 ? w.random.pick(all) : null,
        planStep: planStepFor(m.protocol, view.state, w.random),
      });
      r.id = record.id;
      remember(r, record);
      return;
    }
    case 'form':
      return fillForm(w, env, view, r, m.protocol.form?.form, senderSide, m.receiver);
    case 'feedback': {
      const form = m.protocol.feedbackForm?.form;
      const filler =
        receiving === undefined
          ? senderSide
          : (receiverSide(env, receiving, 'referral.deliver', form) ??
            receiverSide(env, receiving, 'referral.respond', form));
      return fillForm(w, env, view, r, form, filler, m.receiver);
    }
    case 'send':
      if (senderSide !== undefined) await ensureConsent(w, env, view, senderSide, m.protocol, m.receiver);
      return act(senderSide, { type: 'send' });
    case 'cancel':
      return act(senderSide, { type: 'cancel' });
    case 'receive':
    case 'accept':
      return act(receiverSide(env, receiving, 'referral.respond'), { type: m.move });
    case 'decline':
      return act(receiverSide(env, receiving, 'referral.respond'), {
        type: 'decline',
        reason: declineReason(w, env, m.protocol),
      });
    case 'start':
    case 'hold':
    case 'complete':
      return act(receiverSide(env, receiving, 'referral.deliver'), { type: m.move });
    case 'fail':
      return act(receiverSide(env, receiving, 'referral.deliver'), {
        type: 'fail',
        reason: w.random.pick(['no_show', 'service_failed'] as const),
      });
    default:
      return act(senderSide, answerEvent(w, env, m.protocol, m.move));
  }
}

function answerEvent(
  w: CaseWalk,
  env: WalkEnv,
  p: ReferralDefinition,
  move: ReferralMove,
): ReferralActionEvent {
  switch (move) {
    case 'answer_declined':
      return { type: 'record_answer', answer: 'declined', reason: declineReason(w, env, p) };
    case 'answer_failed':
      return {
        type: 'record_answer',
        answer: 'failed',
        reason: w.random.pick(['no_show', 'service_failed']),
      };
    case 'answer_completed':
      return { type: 'record_answer', answer: 'completed' };
    default:
      return { type: 'record_answer', answer: 'accepted' };
  }
}

function declineReason(w: CaseWalk, env: WalkEnv, p: ReferralDefinition): string {
  const reasons = optionValues(env.def.bundle, p.declineReasons).map(String);
  return reasons.length > 0 ? w.random.pick(reasons) : 'no_capacity';
}

async function fillForm(
  w: CaseWalk,
  env: WalkEnv,
  view: WalkView,
  r: ReferralWalk,
  formId: string | undefined,
  ctx: OperationContext | undefined,
  receiver: ReferralReceiver,
): Promise<void> {
  if (formId === undefined) return;
  if (ctx === undefined) throw new PlatformError('forbidden', 'Nobody may fill the form.');
  const parties = {
    sender: view.record.agency,
    receiver: receiver.kind === 'partner' ? receiver.partnerId : null,
  };
  const data = referralFormData(env, w, view, formId, parties);
  if (data === undefined) throw new PlatformError('validation_failed', `No valid data for "${formId}".`);
  const version = await versionOf(env, r);
  remember(r, (await submitReferralForm(ctx, r.id ?? '', formId, { data, version })).record);
}

/** The client's consent for the protocol's purpose, recorded once (by a guardian for a child). */
async function ensureConsent(
  w: CaseWalk,
  env: WalkEnv,
  view: WalkView,
  ctx: OperationContext,
  p: ReferralDefinition,
  receiver: ReferralReceiver,
): Promise<void> {
  const purposeId = p.consentPurpose;
  if (purposeId === undefined || w.consents.has(purposeId)) return;
  await recordClientConsent(w, env, view, ctx, purposeId, [receiverKey(receiver)]);
}

function receiverSide(
  env: WalkEnv,
  partnerId: string | undefined,
  permission: 'referral.respond' | 'referral.deliver',
  form?: string,
) {
  const member = env.staff.find(
    (m) =>
      m.partnerId === partnerId &&
      m.actor.permissions.has(permission) &&
      (form === undefined || canAccessForm(m.actor, form, 'write')),
  );
  return member === undefined ? undefined : context(env, member);
}

/** The referral's version: the one its last move returned, unless the scheduler may have ticked it since. */
async function versionOf(env: WalkEnv, r: ReferralWalk): Promise<number> {
  const known = r.known;
  if (known !== undefined && (known.wakeAt === null || known.wakeAt > env.clock.now().getTime()))
    return known.version;
  const record = await env.store.referralById(env.version.siteId, r.id ?? '');
  if (record === undefined) throw new PlatformError('not_found', 'The referral is gone.');
  return record.version;
}

function remember(r: ReferralWalk, record: ReferralRecord): void {
  r.known = { version: record.version, wakeAt: record.nextWakeAt?.getTime() ?? null };
}

function context(env: WalkEnv, member: StaffMember): OperationContext {
  return {
    store: env.store,
    registry: env.registry,
    clock: env.clock,
    actor: member.actor,
    version: env.version,
  };
}

/** The time until the next move: a working day or two for answers, weeks for the service itself. */
function pause(w: CaseWalk, move: ReferralMove): number {
  const r = w.random;
  switch (move) {
    case 'create':
    case 'form':
      return r.int(5, 45) * MINUTE;
    case 'send':
    case 'receive':
      return w.pace * r.int(4, 72) * 3_600_000;
    case 'accept':
      return w.pace * r.int(2, 20) * DAY;
    case 'start':
      return w.pace * r.int(14, 80) * DAY;
    default:
      return w.pace * r.int(1, 10) * DAY;
  }
}
