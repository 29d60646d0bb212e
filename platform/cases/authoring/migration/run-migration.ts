import { requirePermission } from '../../../access/actor.js';
import { PlatformError } from '../../../kernel/errors.js';
import { UUID_PATTERN } from '../../../kernel/ids.js';
import type { AuthoringContext } from '../authoring-context.js';
import type { MigrationRecord } from '../migration-store.js';
import { versionOf } from '../semantic-diff.js';
import { apply, dryRun, type Run } from './apply-migration.js';
import { mappingsJson, parseMappings } from './mappings.js';
import { reportOf } from './migration-report.js';

/** What `POST …/admin/migrations` takes. */
export type MigrationRequest = {
  readonly fromVersionId: string;
  readonly toVersionId: string;
  readonly mappings: unknown;
  readonly dryRun: boolean;
  /** Apply before answering (else the run continues after the answer; poll its progress). */
  readonly wait?: boolean;
};

async function runOf(ctx: AuthoringContext, request: MigrationRequest, migratedBy?: string): Promise<Run> {
  if (request.fromVersionId === request.toVersionId)
    throw new PlatformError('bad_request', 'Choose two different versions.', {
      fields: [{ pointer: '/toVersionId', code: 'invalid', message: 'Same as fromVersionId.' }],
    });
  const [from, to] = [await versionOf(ctx, request.fromVersionId), await versionOf(ctx, request.toVersionId)];
  const mappings = parseMappings(request.mappings);
  const filter = { versionId: from.versionId, ...(migratedBy ? { migratedBy } : {}) };
  return { ctx, from, to, mappings, filter };
}

/**
 * Migrates the open and passive cases of one version to another, explicitly. A dry run changes
 * nothing and reports counts, before/after samples and the cases the new version would refuse.
 * Applying runs in batches (progress in the run's row); each migrated case is version-checked,
 * written with its tasks, and gets a `case.migrated` event in its history. Refused cases stay.
 */
export async function startMigration(
  ctx: AuthoringContext,
  request: MigrationRequest,
  migratedBy?: string,
): Promise<MigrationRecord> {
  requirePermission(ctx.actor, 'definitions.migrate');
  const run = await runOf(ctx, request, migratedBy);
  const total = await ctx.authoring.countCandidates(ctx.version.siteId, run.filter);
  const started = {
    siteId: ctx.version.siteId,
    fromVersionId: run.from.versionId,
    toVersionId: run.to.versionId,
    mappings: mappingsJson(run.mappings),
    dryRun: request.dryRun,
    total,
    startedBy: ctx.actor.userId,
    startedAt: ctx.clock.now(),
  };
  if (request.dryRun) {
    const t = await dryRun(run);
    const record = await ctx.authoring.createMigration({ ...started, status: 'running', report: null });
    const end = {
      status: 'completed' as const,
      migrated: t.migrated,
      failed: t.failed,
      report: reportOf(t),
      finishedAt: ctx.clock.now(),
    };
    await ctx.authoring.finishMigration(record.id, end);
    return { ...record, ...end };
  }
  const record = await ctx.authoring.createMigration({ ...started, status: 'running', report: null });
  const applying = apply(run, record);
  if (request.wait === true) await applying;
  // `apply` records its own failure in the run's row; only a database gone away can end up here.
  else applying.catch(() => {});
  return (await ctx.authoring.migration(ctx.version.siteId, record.id)) ?? record;
}

/** A migration run with its progress, for the progress bar; 404 when not of this site. */
export async function getMigration(ctx: AuthoringContext, id: string): Promise<MigrationRecord> {
  requirePermission(ctx.actor, 'definitions.read');
  const record = UUID_PATTERN.test(id) ? await ctx.authoring.migration(ctx.version.siteId, id) : undefined;
  if (record === undefined) throw new PlatformError('not_found', 'No such migration.');
  return record;
}

/** The site's latest migration runs, dry runs included. */
export async function listMigrations(ctx: AuthoringContext): Promise<MigrationRecord[]> {
  requirePermission(ctx.actor, 'definitions.read');
  return ctx.authoring.migrations(ctx.version.siteId, 50);
}
