import { isPlatformError } from '../../../kernel/errors.js';
import type { JsonObject } from '../../../kernel/json.js';
import type { CaseState } from '../../../workflow/index.js';
import { stateColumns, stateOf, taskRows } from '../../case-workflow.js';
import type { CaseRecord } from '../../records.js';
import type { SiteVersion } from '../../site-registry.js';
import { siteToday } from '../../site-today.js';
import type { AuthoringContext } from '../authoring-context.js';
import type { CandidateFilter, MigrationRecord, MigrationTx } from '../migration-store.js';
import { type Mappings, mappingsJson } from './mappings.js';
import { migrateState, type StateMigration } from './migrate-state.js';
import { emptyTally, failed, type MigrationTally, reportOf, tally } from './migration-report.js';

/** Cases per transaction when applying (and per page when dry running). */
export const MIGRATION_BATCH = 50;

/** One migration run: the versions, the mappings and which cases it takes. */
export type Run = {
  readonly ctx: AuthoringContext;
  readonly from: SiteVersion;
  readonly to: SiteVersion;
  readonly mappings: Mappings;
  readonly filter: CandidateFilter;
};

function outcomeOf(run: Run, record: CaseRecord): StateMigration {
  return migrateState({
    state: stateOf(record),
    to: run.to.bundle,
    mappings: run.mappings,
    locale: run.ctx.actor.locale,
    today: siteToday(run.to, run.ctx.clock.now()),
  });
}

/** Walks the candidate cases in id order, a page at a time. */
async function eachPage(run: Run, visit: (ids: string[]) => Promise<void>): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const ids = await run.ctx.authoring.candidates(
      run.ctx.version.siteId,
      run.filter,
      after,
      MIGRATION_BATCH,
    );
    if (ids.length === 0) return;
    await visit(ids);
    after = ids.at(-1) ?? null;
  }
}

/** Migrates every candidate in memory only: what applying would do. */
export async function dryRun(run: Run): Promise<MigrationTally> {
  const t = emptyTally();
  await eachPage(run, async (ids) => {
    for (const id of ids) {
      const record = await run.ctx.store.caseById(run.ctx.version.siteId, id);
      if (record !== undefined) tally(t, record, outcomeOf(run, record));
    }
  });
  return t;
}

async function applyOne(
  run: Run,
  tx: MigrationTx,
  migrationId: string,
  id: string,
  t: MigrationTally,
): Promise<void> {
  const { ctx } = run;
  const record = await tx.caseById(ctx.version.siteId, id);
  if (record === undefined || record.definitionVersionId !== run.from.versionId || record.status === 'closed')
    return;
  const outcome = outcomeOf(run, record);
  if (!outcome.ok) {
    tally(t, record, outcome);
    return;
  }
  const at = ctx.clock.now();
  const state: CaseState = outcome.state;
  const key = { siteId: record.siteId, id, version: record.version };
  const patch = { ...stateColumns(state), definitionVersionId: run.to.versionId };
  const updated = await tx.updateCase(key, patch, at);
  await tx.syncTasks(record.siteId, id, taskRows(record.siteId, id, updated.agency, state.tasks));
  await tx.appendEvent({
    siteId: record.siteId,
    streamType: 'case',
    streamId: id,
    type: 'case.migrated',
    actorUserId: ctx.actor.userId,
    actorPartner: ctx.actor.partnerId,
    at,
    payload: {
      migrationId,
      fromVersionId: run.from.versionId,
      toVersionId: run.to.versionId,
      mappings: mappingsJson(run.mappings),
      changes: [...outcome.changes],
    },
  });
  tally(t, record, outcome);
}

/** Applies the run batch by batch: each batch one transaction that also records the progress. */
export async function apply(run: Run, migration: MigrationRecord): Promise<void> {
  const { authoring, clock } = run.ctx;
  const t = emptyTally();
  try {
    await eachPage(run, (ids) =>
      authoring.migrationBatch(async (tx) => {
        for (const id of ids) {
          try {
            await applyOne(run, tx, migration.id, id, t);
          } catch (error) {
            // A case changed by someone meanwhile is left as it is and reported; the batch goes on.
            if (!isPlatformError(error) || error.code !== 'stale_version') throw error;
            failed(t, id, [
              { code: 'invalid_data', message: 'The case changed during the migration; run it again.' },
            ]);
          }
        }
        await tx.progress(migration.id, { migrated: t.migrated, failed: t.failed, report: reportOf(t) });
      }),
    );
    await authoring.finishMigration(migration.id, {
      status: 'completed',
      migrated: t.migrated,
      failed: t.failed,
      report: reportOf(t),
      finishedAt: clock.now(),
    });
  } catch (error) {
    const message = isPlatformError(error) ? error.message : 'The migration stopped on an internal error.';
    const report: JsonObject = { ...reportOf(t), error: message };
    await authoring.finishMigration(migration.id, {
      status: 'failed',
      migrated: t.migrated,
      failed: t.failed,
      report,
      finishedAt: clock.now(),
    });
  }
}
