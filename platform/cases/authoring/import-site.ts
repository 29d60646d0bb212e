import { requirePermission } from '../../access/actor.js';
import { checkSite } from '../../definitions/check-site.js';
import { uniqueProblems } from '../../definitions/problem.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { AuthoringContext } from './authoring-context.js';
import type { PublishedVersion } from './authoring-store.js';
import { bundleFile, readBundleFile, type SiteBundleFile } from './bundle-file.js';
import { bundleResolver } from './bundle-source.js';
import { type TestFailure, testBundle } from './check-drafts.js';
import type { CountedChange } from './diff/change.js';
import { allAdded, diffBundles } from './diff/diff-bundles.js';
import { type LocatedProblem, locateProblem } from './located-problem.js';
import { requirePublishable } from './publish-drafts.js';
import { countChanges } from './semantic-diff.js';
import { adminGrant, type PlatformAdminContext } from './site-creator.js';

/** What an import would do (dry run) or did (`published`). */
export type ImportReport = {
  readonly siteId: string;
  readonly exists: boolean;
  readonly hash: string | null;
  /** The hash the exporting server declared; differs when the file was edited since. */
  readonly declaredHash: string | null;
  readonly activeVersionId: string | null;
  /** The file holds exactly the active definitions: applying it changes nothing. */
  readonly sameAsActive: boolean;
  readonly problems: readonly LocatedProblem[];
  readonly failures: readonly TestFailure[];
  /** Against the active version, with impact on its open cases; every definition for a new site. */
  readonly changes: readonly CountedChange[];
  readonly published: PublishedVersion | null;
};

/** What `POST /api/admin/import` takes: the file, and whether to publish it. */
export type ImportInput = { readonly bundle: unknown; readonly apply?: boolean; readonly note?: string };

/** Checks an uploaded bundle file as the pipeline checks a folder (hash recomputed) and runs its tests. */
export function checkBundleFile(value: unknown): {
  siteId: string;
  declaredHash: string | null;
  bundle?: SiteBundle;
  problems: LocatedProblem[];
  failures: TestFailure[];
} {
  const file = readBundleFile(value);
  const result = checkSite(file.content.siteId, bundleResolver(file.content, [], file.sources));
  const problems = uniqueProblems(result.problems).map(locateProblem);
  const failures = result.bundle ? testBundle(result.bundle).failures : [];
  return {
    siteId: file.content.siteId,
    declaredHash: file.declaredHash,
    bundle: result.bundle,
    problems,
    failures,
  };
}

/** The active version of the site as one file (`GET …/admin/export`). */
export function exportSite(ctx: AuthoringContext): SiteBundleFile {
  requirePermission(ctx.actor, 'definitions.read');
  return bundleFile(ctx.version, ctx.clock.now());
}

/**
 * Imports a bundle file into an existing site: by default a dry run showing the semantic diff
 * against the active version (with impact counts), the checker's problems and failing tests;
 * with `apply` it is published as a new version — nothing is deleted, open cases stay on theirs.
 */
export async function importIntoSite(ctx: AuthoringContext, input: ImportInput): Promise<ImportReport> {
  requirePermission(ctx.actor, input.apply === true ? 'definitions.publish' : 'definitions.read');
  const checked = checkBundleFile(input.bundle);
  const active = ctx.version;
  const changes = checked.bundle
    ? await countChanges(ctx, active.versionId, diffBundles(active.bundle, checked.bundle, ctx.actor.locale))
    : [];
  const report: ImportReport = {
    siteId: checked.siteId,
    exists: true,
    hash: checked.bundle?.hash ?? null,
    declaredHash: checked.declaredHash,
    activeVersionId: active.versionId,
    sameAsActive: checked.bundle?.hash === active.bundle.hash,
    problems: checked.problems,
    failures: checked.failures,
    changes,
    published: null,
  };
  if (input.apply !== true) return report;
  const bundle = requirePublishable(checked.bundle, checked.problems);
  const note = input.note ?? 'Imported from a bundle file';
  const published = await ctx.authoring.publish(bundle, {
    publishedBy: ctx.actor.userId,
    note,
    at: ctx.clock.now(),
    drafts: [],
    basedOn: active.versionId,
  });
  return { ...report, published };
}

/** Imports a bundle file as a new site (its importer becomes administrator); a dry run by default. */
export async function importNewSite(ctx: PlatformAdminContext, input: ImportInput): Promise<ImportReport> {
  const checked = checkBundleFile(input.bundle);
  const report: ImportReport = {
    siteId: checked.siteId,
    exists: false,
    hash: checked.bundle?.hash ?? null,
    declaredHash: checked.declaredHash,
    activeVersionId: null,
    sameAsActive: false,
    problems: checked.problems,
    failures: checked.failures,
    changes: checked.bundle
      ? allAdded(checked.bundle, ctx.creator.locale).map(({ impact: _i, ...c }) => ({
          ...c,
          impact: null,
          affected: null,
        }))
      : [],
    published: null,
  };
  if (input.apply !== true) return report;
  const bundle = requirePublishable(checked.bundle, checked.problems);
  const published = await ctx.authoring.createSite(bundle, {
    publishedBy: ctx.creator.userId,
    note: input.note ?? 'Imported from a bundle file',
    at: ctx.clock.now(),
    admin: adminGrant(bundle.site, ctx.creator.userId),
  });
  return { ...report, published };
}
