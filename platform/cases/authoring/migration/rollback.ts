import { requirePermission } from '../../../access/actor.js';
import { PlatformError } from '../../../kernel/errors.js';
import type { AuthoringContext } from '../authoring-context.js';
import type { PublishedVersion } from '../authoring-store.js';
import type { MigrationRecord } from '../migration-store.js';
import { versionOf } from '../semantic-diff.js';
import { acceptedIds } from './accepted-ids.js';
import { invertMappings, parseMappings } from './mappings.js';
import { startMigration } from './run-migration.js';

/** What `POST …/admin/rollback` takes. */
export type RollbackRequest = {
  /** The version to go back to; default the one published before the active one. */
  readonly toVersionId?: string;
  /** Also migrate back the cases the last applied migration moved to the active version. */
  readonly migrateBack?: boolean;
  readonly note?: string;
  readonly wait?: boolean;
};

/** The version made by the rollback, the one it restored, and the migration back, if any. */
export type Rollback = {
  readonly published: PublishedVersion;
  readonly rolledBackTo: { readonly versionId: string; readonly version: number };
  readonly migration: MigrationRecord | null;
};

async function targetOf(ctx: AuthoringContext, toVersionId: string | undefined): Promise<string> {
  if (toVersionId !== undefined) return toVersionId;
  const versions = await ctx.authoring.versions(ctx.version.siteId);
  const previous = versions.find((v) => v.version < ctx.version.version);
  if (previous === undefined)
    throw new PlatformError('conflict', 'There is no earlier version to roll back to.');
  return previous.versionId;
}

/**
 * Makes an earlier version's definitions active again by publishing them as a new version (versions
 * stay immutable and the history says who rolled back, when and why). Open cases stay where they
 * are, except, on request, those the last applied migration moved to the version being left: they
 * are migrated to the new one with that migration's mappings inverted.
 */
export async function rollback(ctx: AuthoringContext, request: RollbackRequest): Promise<Rollback> {
  requirePermission(ctx.actor, 'definitions.publish');
  if (request.migrateBack === true) requirePermission(ctx.actor, 'definitions.migrate');
  const target = await versionOf(ctx, await targetOf(ctx, request.toVersionId));
  if (target.bundle.hash === ctx.version.bundle.hash)
    throw new PlatformError(
      'conflict',
      `Version ${target.version} has the same definitions as the active one.`,
    );
  const leaving = ctx.version;
  const note = `Rollback to version ${target.version}${request.note ? `: ${request.note}` : ''}`;
  const published = await ctx.authoring.publish(target.bundle, {
    publishedBy: ctx.actor.userId,
    note,
    at: ctx.clock.now(),
    drafts: [],
    basedOn: leaving.versionId,
  });
  const last =
    request.migrateBack === true
      ? await ctx.authoring.lastAppliedMigration(leaving.siteId, leaving.versionId)
      : undefined;
  const migration =
    last === undefined
      ? null
      : await startMigration(
          ctx,
          {
            fromVersionId: leaving.versionId,
            toVersionId: published.versionId,
            mappings: invertMappings(parseMappings(last.mappings), acceptedIds(target.bundle)),
            dryRun: false,
            wait: request.wait === true,
          },
          last.id,
        );
  return { published, rolledBackTo: { versionId: target.versionId, version: target.version }, migration };
}
