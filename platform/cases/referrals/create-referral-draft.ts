import { requirePermission } from '../../access/actor.js';
import { PlatformError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { loadCase } from '../load-case.js';
import type { OperationContext } from '../operation-context.js';
import { commitReferralStep } from './commit-referral-step.js';
import { engineContext } from './referral-engine-context.js';
import type { ReferralRecord } from './referral-records.js';

/** What a caseworker chooses when starting a referral. */
export type NewReferralInput = {
  readonly protocol: string;
  readonly reason?: string | null;
  readonly service?: string | null;
  /** Index of the action-plan step the referral carries out (the protocol's `planLink`). */
  readonly planStep?: number | null;
};

/**
 * Starts a referral of a case as a draft: the sender is the agency holding the case (the actor
 * must work there, hold `referral.send`, and be one the protocol lets refer — the engine checks
 * `from.partners` and `from.roles`, the reason, the service and the plan step). Nothing is shared
 * until it is sent.
 */
export async function createReferralDraft(
  ctx: OperationContext,
  caseId: string,
  input: NewReferralInput,
): Promise<ReferralRecord> {
  requirePermission(ctx.actor, 'referral.send');
  return ctx.store.transaction(async (tx) => {
    const loaded = await loadCase(ctx, caseId, tx);
    if (loaded.record.agency !== ctx.actor.partnerId)
      throw new PlatformError('forbidden', 'Only staff of the agency holding the case can refer it.');
    const engine = await engineContext(ctx, tx, loaded, null);
    const event = {
      type: 'create' as const,
      id: newId(),
      caseId,
      personId: loaded.record.personId,
      protocol: input.protocol,
      reason: input.reason ?? null,
      service: input.service ?? null,
      planStep: input.planStep ?? null,
    };
    const { record } = await commitReferralStep(tx, {
      loaded,
      previous: null,
      expectedVersion: 1,
      event,
      engine,
      clock: ctx.clock,
    });
    return record;
  });
}
