import type { Clock } from '../../kernel/clock.js';
import type { CaseStore } from '../case-store.js';
import { loadedCase } from '../load-case.js';
import type { SiteRegistry } from '../site-registry.js';
import { commitReferralStep } from './commit-referral-step.js';
import { engineContext } from './referral-engine-context.js';

export type ReferralSweepResult = {
  readonly claimed: number;
  readonly changed: number;
  readonly failed: number;
};

/**
 * The scheduler's pass over referrals: claims those whose next deadline has passed (row locks,
 * `skip locked`, so several server processes never take the same one) and ticks them — the
 * engine marks a missed response or completion deadline overdue once and opens a task for the
 * sender and, when on the system, the receiver. Idempotent: the wake-up moves past what was done.
 */
export async function sweepDueReferrals(
  deps: { store: CaseStore; registry: SiteRegistry; clock: Clock },
  limit = 100,
): Promise<ReferralSweepResult> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const due = await tx.claimDueReferrals(now, limit);
    let changed = 0;
    let failed = 0;
    for (const record of due) {
      try {
        const caseRecord = await tx.caseById(record.siteId, record.caseId);
        const version =
          caseRecord && (await deps.registry.byVersion(caseRecord.siteId, caseRecord.definitionVersionId));
        if (caseRecord === undefined || !version) throw new Error('case or definitions missing');
        const loaded = await loadedCase({ version, registry: deps.registry }, caseRecord, [], tx);
        const engine = await engineContext({ clock: deps.clock, actor: null }, tx, loaded, record.id);
        const step = { loaded, previous: record, expectedVersion: record.version, engine, clock: deps.clock };
        const { effects } = await commitReferralStep(tx, { ...step, event: { type: 'tick' } });
        if (effects.length > 0) changed += 1;
      } catch (error) {
        // One broken referral must not stop the others; it is retried on the next sweep.
        failed += 1;
        process.stderr.write(
          `scheduler: referral ${record.id} not ticked: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    }
    return { claimed: due.length, changed, failed };
  });
}
