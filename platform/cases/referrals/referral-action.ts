import { PlatformError } from '../../kernel/errors.js';
import type { ReferralEffect, ReferralEvent } from '../../referrals/index.js';
import type { OperationContext } from '../operation-context.js';
import { commitReferralStep } from './commit-referral-step.js';
import { loadReferral } from './load-referral.js';
import { engineContext } from './referral-engine-context.js';
import type { ReferralRecord } from './referral-records.js';

/** 409 before anything else when the caller acted on an older version of the referral. */
export function requireVersion(record: ReferralRecord, expectedVersion: number): void {
  if (record.version !== expectedVersion)
    throw new PlatformError('stale_version', 'The referral was changed by someone else; reload and retry.', {
      detail: { currentVersion: record.version, expectedVersion },
    });
}

/**
 * What a side is told a step changed: the receiving agency is not told about the sender's action
 * plan, nor shown disclosed data or letters (what it may see of the client is the snapshot).
 */
function effectsFor(access: 'case' | 'receiver', effects: ReferralEffect[]): ReferralEffect[] {
  if (access === 'case') return effects;
  return effects.filter(
    (e) => e.type !== 'plan_step_status' && e.type !== 'disclosure' && e.type !== 'letter',
  );
}

/** The events people apply to an existing referral (`create` starts one, `tick` is the scheduler's). */
export type ReferralActionEvent = Exclude<ReferralEvent, { type: 'create' | 'tick' }>;

/**
 * Applies an event to a referral the actor reaches: `send`, `cancel` and `record_answer` by the
 * sending agency; `receive`, `accept`, `decline`, `start`, `hold`, `resume`, `complete`, `fail`
 * by the receiving one. The engine decides who may do what (role, agency, consent, eligibility,
 * signed form); a refusal is a 422 with its codes and readable reasons, a stale version a 409.
 */
export async function referralAction(
  ctx: OperationContext,
  referralId: string,
  expectedVersion: number,
  event: ReferralActionEvent,
): Promise<{ record: ReferralRecord; effects: ReferralEffect[] }> {
  return ctx.store.transaction(async (tx) => {
    const { record, loaded, access } = await loadReferral(ctx, referralId, tx);
    requireVersion(record, expectedVersion);
    const engine = await engineContext(ctx, tx, loaded, record.id);
    const committed = await commitReferralStep(tx, {
      loaded,
      previous: record,
      expectedVersion,
      event,
      engine,
      clock: ctx.clock,
    });
    return { record: committed.record, effects: effectsFor(access, committed.effects) };
  });
}
