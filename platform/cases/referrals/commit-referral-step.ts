import type { Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { JsonObject } from '../../kernel/json.js';
import {
  type Referral,
  type ReferralContext,
  type ReferralEffect,
  type ReferralEvent,
  referralStep,
  referralWakeUp,
} from '../../referrals/index.js';
import type { CaseQueries, CaseWrites } from '../case-store.js';
import type { LoadedCase } from '../load-case.js';
import type { PlanStepEffect } from './plan-step-patch.js';
import { applyToCase, type CaseChange } from './referral-case-update.js';
import { referralEvent } from './referral-history.js';
import type { ReferralRecord } from './referral-records.js';
import { referralRefusal } from './referral-refusal.js';
import { referralTaskRows } from './referral-task-rows.js';

type Tx = CaseQueries & CaseWrites;

/** One referral event to commit: the referral as read (`null` to create it) and the engine's input. */
export type ReferralStepInput = {
  readonly loaded: LoadedCase;
  readonly previous: ReferralRecord | null;
  /** The version the caller read (409 when it changed since); ignored on create. */
  readonly expectedVersion: number;
  readonly event: ReferralEvent;
  readonly engine: ReferralContext;
  readonly clock: Clock;
};

export type CommittedReferralStep = {
  readonly record: ReferralRecord;
  readonly effects: ReferralEffect[];
  readonly caseChange: CaseChange | null;
};

async function saveReferral(
  tx: Tx,
  input: ReferralStepInput,
  referral: Referral,
  at: Date,
): Promise<ReferralRecord> {
  const wake = referralWakeUp(referral);
  const columns = {
    status: referral.status,
    state: referral,
    nextWakeAt: wake === null ? null : new Date(wake),
  };
  const { previous, loaded } = input;
  if (previous !== null)
    return tx.updateReferral(
      { siteId: previous.siteId, id: previous.id, version: input.expectedVersion },
      columns,
      at,
    );
  const record: ReferralRecord = {
    id: referral.id,
    siteId: loaded.record.siteId,
    caseId: referral.caseId,
    personId: referral.personId,
    protocolId: referral.protocolId,
    senderPartner: referral.sender.partnerId,
    receiverPartner: referral.receiver.kind === 'partner' ? referral.receiver.partnerId : null,
    receiverService: referral.serviceId,
    ...columns,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await tx.insertReferral(record);
  return record;
}

/** Stores what the engine said changed besides the referral: disclosures and overdue tasks. */
async function storeEffects(tx: Tx, siteId: string, referral: Referral, effects: readonly ReferralEffect[]) {
  for (const effect of effects) {
    if (effect.type === 'disclosure')
      await tx.insertDisclosure({
        id: newId(),
        siteId,
        personId: effect.entry.personId,
        referralId: effect.entry.referralId ?? referral.id,
        recipientPartner: effect.entry.recipientPartner,
        at: new Date(effect.entry.at),
        entry: effect.entry,
        shared: effect.shared,
      });
    else if (effect.type === 'task' && effect.action === 'create')
      await tx.addReferralTasks(referralTaskRows(siteId, referral.caseId, effect.task));
    else if (effect.type === 'task' && effect.action === 'close') {
      const status = effect.cause === 'cancelled' ? 'cancelled' : 'done';
      await tx.closeReferralTask(siteId, referral.caseId, effect.taskId, status, new Date(effect.at));
    }
  }
}

/**
 * Runs one referral event through the engine and commits everything it changed in the caller's
 * transaction: the referral row (version-checked), disclosures with their snapshots, overdue task
 * rows, the linked plan step and the SOP's reaction in the case, and one `referral.<event>` event
 * in the case's history, visible to both agencies. A refusal is a 422 with readable reasons.
 */
export async function commitReferralStep(tx: Tx, input: ReferralStepInput): Promise<CommittedReferralStep> {
  const { engine, event, previous, loaded } = input;
  const result = referralStep(engine, previous?.state ?? null, event, input.clock);
  const bundle = loaded.version.bundle;
  if (!result.ok) throw referralRefusal(result.blockedBy, bundle, engine.locale ?? bundle.site.defaultLocale);
  const at = input.clock.now();
  const { referral, effects } = result;
  const record = await saveReferral(tx, input, referral, at);
  await storeEffects(tx, record.siteId, referral, effects);
  const planEffects = effects.filter((e): e is PlanStepEffect => e.type === 'plan_step_status');
  const moved = previous === null || previous.status !== referral.status;
  const caseChange =
    moved || planEffects.length > 0 ? await applyToCase(tx, loaded, referral, planEffects, at) : null;
  const { type, ...details } = event;
  // A tick that found nothing due changed nothing worth a history entry (only the wake-up moved).
  if (type === 'tick' && effects.length === 0) return { record, effects, caseChange };
  await tx.appendEvent(
    referralEvent(referral, {
      siteId: record.siteId,
      type,
      from: previous?.status ?? null,
      actor: engine.actor,
      at,
      effects,
      extra: {
        event: details as JsonObject,
        ...(caseChange === null ? {} : { case: caseChange as unknown as JsonObject }),
      },
    }),
  );
  return { record, effects, caseChange };
}
