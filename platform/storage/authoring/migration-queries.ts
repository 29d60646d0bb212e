import { and, asc, desc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type {
  CandidateFilter,
  MigrationProgress,
  MigrationRecord,
  MigrationStatus,
  MigrationTx,
  NewMigration,
} from '../../cases/authoring/migration-store.js';
import type { JsonObject, JsonValue } from '../../kernel/json.js';
import type { Db, Tx } from '../database.js';
import { caseMigrations, cases, events } from '../schema/index.js';
import { findCase } from '../store/case-queries.js';
import { appendHistory, syncTasks, updateCase } from '../store/case-writes.js';

type Row = typeof caseMigrations.$inferSelect;

function toMigration(row: Row): MigrationRecord {
  return {
    ...row,
    mappings: row.mappings as JsonObject,
    report: (row.report as JsonObject | null) ?? null,
    status: row.status as MigrationStatus,
  };
}

/** Records a run as it starts. */
export async function insertMigration(db: Db, input: NewMigration): Promise<MigrationRecord> {
  const [row] = await db
    .insert(caseMigrations)
    .values({ ...input, mappings: input.mappings as JsonValue, report: input.report as JsonValue | null })
    .returning();
  if (row === undefined) throw new Error('insert returned no row');
  return toMigration(row);
}

/** A run of the site, if any. */
export async function findMigration(
  db: Db,
  siteId: string,
  id: string,
): Promise<MigrationRecord | undefined> {
  const [row] = await db
    .select()
    .from(caseMigrations)
    .where(and(eq(caseMigrations.siteId, siteId), eq(caseMigrations.id, id)));
  return row === undefined ? undefined : toMigration(row);
}

/** The site's latest runs first. */
export async function listMigrations(db: Db, siteId: string, limit: number): Promise<MigrationRecord[]> {
  const rows = await db
    .select()
    .from(caseMigrations)
    .where(eq(caseMigrations.siteId, siteId))
    .orderBy(desc(caseMigrations.startedAt), desc(caseMigrations.id))
    .limit(limit);
  return rows.map(toMigration);
}

/** The last completed, applied run into a version. */
export async function lastApplied(
  db: Db,
  siteId: string,
  toVersionId: string,
): Promise<MigrationRecord | undefined> {
  const [row] = await db
    .select()
    .from(caseMigrations)
    .where(
      and(
        eq(caseMigrations.siteId, siteId),
        eq(caseMigrations.toVersionId, toVersionId),
        eq(caseMigrations.dryRun, false),
        eq(caseMigrations.status, 'completed'),
      ),
    )
    .orderBy(desc(caseMigrations.startedAt), desc(caseMigrations.id))
    .limit(1);
  return row === undefined ? undefined : toMigration(row);
}

/** Records how a run ended. */
export async function finishMigration(
  db: Db,
  id: string,
  end: MigrationProgress & { status: MigrationStatus; finishedAt: Date; total?: number },
): Promise<void> {
  await db
    .update(caseMigrations)
    .set({ ...end, report: end.report as JsonValue })
    .where(eq(caseMigrations.id, id));
}

function candidateWhere(siteId: string, filter: CandidateFilter): SQL | undefined {
  // Cases a run migrated are those with its `case.migrated` event in their history.
  const migratedBy =
    filter.migratedBy === undefined
      ? undefined
      : inArray(
          cases.id,
          sql`(select ${events.streamId} from ${events} where ${events.siteId} = ${siteId} and ${events.type} = 'case.migrated' and ${events.payload} ->> 'migrationId' = ${filter.migratedBy})`,
        );
  return and(
    eq(cases.siteId, siteId),
    eq(cases.definitionVersionId, filter.versionId),
    inArray(cases.status, ['open', 'passive']),
    migratedBy,
  );
}

/** How many cases a run takes. */
export async function countCandidates(db: Db, siteId: string, filter: CandidateFilter): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(cases)
    .where(candidateWhere(siteId, filter));
  return row?.n ?? 0;
}

/** Keyset pages of case ids in id order. */
export async function candidates(
  db: Db,
  siteId: string,
  filter: CandidateFilter,
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(candidateWhere(siteId, filter), afterId === null ? undefined : gt(cases.id, afterId)))
    .orderBy(asc(cases.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** One batch of a migration in one transaction: case reads and writes, history, progress. */
export async function migrationBatch<T>(db: Db, work: (tx: MigrationTx) => Promise<T>): Promise<T> {
  return db.transaction((tx: Tx) =>
    work({
      caseById: (siteId, id) => findCase(tx as unknown as Db, siteId, id),
      updateCase: (key, patch, at) => updateCase(tx, key, patch, at),
      syncTasks: (siteId, caseId, rows) => syncTasks(tx, siteId, caseId, rows),
      appendEvent: (event) => appendHistory(tx, event),
      progress: async (id, p) => {
        await tx
          .update(caseMigrations)
          .set({ migrated: p.migrated, failed: p.failed, report: p.report as JsonValue })
          .where(eq(caseMigrations.id, id));
      },
    }),
  );
}
