import { requirePermission } from '../../access/actor.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { PlatformError } from '../../kernel/errors.js';
import type { AuthoringContext } from './authoring-context.js';
import type { PublishedVersion, VersionSummary } from './authoring-store.js';
import { testBundle } from './check-drafts.js';
import { checkDraftSet } from './draft-set.js';
import type { LocatedProblem } from './located-problem.js';

/**
 * The gate every publication passes: the bundle exists only when the checker found no error, and
 * every rule test (with full branch coverage) and SOP scenario must pass. Refused with 422 and
 * the problems or failing tests otherwise.
 */
export function requirePublishable(
  bundle: SiteBundle | undefined,
  problems: readonly LocatedProblem[],
): SiteBundle {
  if (bundle === undefined)
    throw new PlatformError(
      'definitions_invalid',
      'The definitions have problems; fix them before publishing.',
      {
        detail: { problems: problems.filter((p) => p.severity === 'error'), failures: [] },
      },
    );
  const { failures } = testBundle(bundle);
  if (failures.length > 0)
    throw new PlatformError('definitions_invalid', 'Definition tests fail; fix them before publishing.', {
      detail: { problems: [], failures },
    });
  return bundle;
}

/**
 * Publishes the drafts: checked and tested as a whole, then an immutable new version that becomes
 * active, and the drafts it was made from are cleared — in one transaction, refused (409) if a
 * draft changed meanwhile. New cases use the new version; open cases stay on theirs until migrated.
 */
export async function publishDrafts(
  ctx: AuthoringContext,
  input: { note: string },
): Promise<PublishedVersion & { hash: string; previousVersionId: string }> {
  requirePermission(ctx.actor, 'definitions.publish');
  const set = await checkDraftSet(ctx);
  const bundle = requirePublishable(set.bundle, set.problems);
  const published = await ctx.authoring.publish(bundle, {
    publishedBy: ctx.actor.userId,
    note: input.note,
    at: ctx.clock.now(),
    drafts: set.drafts.map(({ kind, id, version }) => ({ kind, id, version })),
    basedOn: set.base.versionId,
  });
  return { ...published, hash: bundle.hash, previousVersionId: set.base.versionId };
}

/** The site's published versions, newest first, with their open cases. */
export async function listVersions(ctx: AuthoringContext): Promise<VersionSummary[]> {
  requirePermission(ctx.actor, 'definitions.read');
  return ctx.authoring.versions(ctx.version.siteId);
}
