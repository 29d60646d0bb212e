import type { Clock } from '../kernel/clock.js';
import type { JsonObject } from '../kernel/json.js';
import { caseWeightOf, tick } from '../workflow/index.js';
import type { CaseStore } from './case-store.js';
import { externalFacts, stateColumns, stateOf, taskRows, workflowOf } from './case-workflow.js';
import { type ReferralSweepResult, sweepDueReferrals } from './referrals/referral-sweep.js';
import type { SiteRegistry } from './site-registry.js';

export type SweepResult = {
  readonly claimed: number;
  readonly changed: number;
  readonly failed: number;
  /** The same counts for referrals whose deadline passed (ticked after the cases, apart). */
  readonly referrals?: ReferralSweepResult;
};

/**
 * One pass of the scheduler: claims cases whose next deadline or review day has come (row locks,
 * `skip locked`, so several server processes never take the same case), lets the SOP engine catch
 * up (overdue tasks, due reviews, follow-ups, passive reviews) and writes what changed; then the
 * same for referrals whose response or completion deadline passed. Ticking is idempotent: a case
 * ticked twice at one instant changes once.
 */
export async function sweepDueCases(
  deps: { store: CaseStore; registry: SiteRegistry; clock: Clock },
  limit = 100,
): Promise<SweepResult> {
  const cases = await sweepCases(deps, limit);
  return { ...cases, referrals: await sweepDueReferrals(deps, limit) };
}

async function sweepCases(
  deps: { store: CaseStore; registry: SiteRegistry; clock: Clock },
  limit: number,
): Promise<SweepResult> {
  const now = deps.clock.now();
  return deps.store.transaction(async (tx) => {
    const due = await tx.claimDueCases(now, limit);
    let changed = 0;
    let failed = 0;
    for (const record of due) {
      try {
        const version = await deps.registry.byVersion(record.siteId, record.definitionVersionId);
        if (version === undefined) throw new Error('definitions missing');
        const def = workflowOf(version, record.sopId);
        const person = await tx.person(record.siteId, record.personId);
        const referrals = (await tx.referralsOfCase(record.siteId, record.id)).map((r) => r.state);
        const external = externalFacts(record, person, referrals, version.bundle.site.timeZone ?? 'UTC');
        const result = tick(def, stateOf(record), now, external);
        const weight = caseWeightOf(def, result.state, now, external).weight;
        await tx.updateCase(
          { siteId: record.siteId, id: record.id, version: record.version },
          { ...stateColumns(result.state), weight },
          now,
        );
        if (result.effects.length === 0) continue;
        changed += 1;
        await tx.syncTasks(
          record.siteId,
          record.id,
          taskRows(record.siteId, record.id, record.agency, result.state.tasks),
        );
        await tx.appendEvent({
          siteId: record.siteId,
          streamType: 'case',
          streamId: record.id,
          type: 'case.scheduled',
          actorUserId: null,
          actorPartner: null,
          at: now,
          payload: { effects: result.effects as unknown as JsonObject[] },
        });
      } catch (error) {
        // One broken case must not stop the others; it is retried on the next sweep.
        failed += 1;
        process.stderr.write(
          `scheduler: case ${record.id} not ticked: ${error instanceof Error ? error.message : String(error)}\n`,
        );
      }
    }
    return { claimed: due.length, changed, failed };
  });
}
