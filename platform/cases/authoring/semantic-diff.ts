import { requirePermission } from '../../access/actor.js';
import { PlatformError } from '../../kernel/errors.js';
import { UUID_PATTERN } from '../../kernel/ids.js';
import type { SiteVersion } from '../site-registry.js';
import type { AuthoringContext } from './authoring-context.js';
import type { ImpactQuery } from './authoring-store.js';
import type { BundleContent } from './bundle-definitions.js';
import type { Change, CountedChange } from './diff/change.js';
import { diffBundles } from './diff/diff-bundles.js';
import { checkDraftSet } from './draft-set.js';
import type { LocatedProblem } from './located-problem.js';

/** A side of a comparison: a published version, or the drafts. */
export type DiffSide = {
  readonly versionId: string | null;
  readonly version: number | null;
  readonly hash: string | null;
};

/** What `GET …/admin/diff` answers. */
export type SemanticDiff = {
  readonly from: DiffSide;
  readonly to: DiffSide;
  /** The version whose open cases the impact counts are about (the `from` side). */
  readonly casesOn: string;
  readonly changes: readonly CountedChange[];
  /** For a diff of the drafts: the checker's problems (no changes can be listed while errors remain). */
  readonly problems: readonly LocatedProblem[];
};

const side = (v: SiteVersion): DiffSide => ({
  versionId: v.versionId,
  version: v.version,
  hash: v.bundle.hash,
});

/** Counts the impact of each change on the open cases pinned to `versionId` and says it in the text. */
export async function countChanges(
  ctx: AuthoringContext,
  versionId: string,
  changes: readonly Change[],
): Promise<CountedChange[]> {
  const queries: ImpactQuery[] = [];
  const slots = changes.map((c) => (c.impact === undefined ? undefined : queries.push(c.impact.query) - 1));
  const counts = await ctx.authoring.impact(ctx.version.siteId, versionId, queries);
  return changes.map(({ impact, ...change }, i) => {
    const slot = slots[i];
    if (impact === undefined || slot === undefined) return { ...change, impact: null, affected: null };
    const n = counts[slot] ?? 0;
    const phrase = (n === 1 ? impact.phrase[0] : impact.phrase[1]).replace('{n}', String(n));
    return { ...change, text: `${change.text} — ${phrase}`, impact: impact.query, affected: n };
  });
}

async function compare(
  ctx: AuthoringContext,
  from: SiteVersion,
  to: BundleContent,
  toSide: DiffSide,
): Promise<SemanticDiff> {
  const changes = diffBundles(from.bundle, to, ctx.actor.locale);
  return {
    from: side(from),
    to: toSide,
    casesOn: from.versionId,
    changes: await countChanges(ctx, from.versionId, changes),
    problems: [],
  };
}

/** What publishing the drafts would change, against the active version, with counts from live cases. */
export async function draftDiff(ctx: AuthoringContext): Promise<SemanticDiff> {
  requirePermission(ctx.actor, 'definitions.read');
  const set = await checkDraftSet(ctx);
  if (set.bundle === undefined)
    return {
      from: side(ctx.version),
      to: { versionId: null, version: null, hash: null },
      casesOn: ctx.version.versionId,
      changes: [],
      problems: set.problems,
    };
  const result = await compare(ctx, ctx.version, set.bundle, {
    versionId: null,
    version: null,
    hash: set.bundle.hash,
  });
  return { ...result, problems: set.problems };
}

/** A published version of the site, or 404. */
export async function versionOf(ctx: AuthoringContext, versionId: string): Promise<SiteVersion> {
  const version = UUID_PATTERN.test(versionId)
    ? await ctx.registry.byVersion(ctx.version.siteId, versionId)
    : undefined;
  if (version === undefined) throw new PlatformError('not_found', `No version ${versionId} of this site.`);
  return version;
}

/** The changes between two published versions, counted on the open cases of the first. */
export async function versionDiff(
  ctx: AuthoringContext,
  fromId: string,
  toId: string,
): Promise<SemanticDiff> {
  requirePermission(ctx.actor, 'definitions.read');
  const [from, to] = [await versionOf(ctx, fromId), await versionOf(ctx, toId)];
  return compare(ctx, from, to.bundle, side(to));
}
