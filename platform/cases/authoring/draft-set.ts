import { checkSite } from '../../definitions/check-site.js';
import { uniqueProblems } from '../../definitions/problem.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { SiteVersion } from '../site-registry.js';
import type { AuthoringContext } from './authoring-context.js';
import type { DraftRecord } from './authoring-store.js';
import { bundleResolver, type DefinitionChange } from './bundle-source.js';
import { type LocatedProblem, locateProblem } from './located-problem.js';

/** The site's drafts over its active version, checked as a whole. */
export type DraftSet = {
  readonly base: SiteVersion;
  readonly drafts: readonly DraftRecord[];
  /** The checked bundle of the drafts over the base; absent while any error remains. */
  readonly bundle?: SiteBundle;
  readonly problems: readonly LocatedProblem[];
};

/** What the drafts change: new JSON per definition, or null for a removal. */
export function draftChanges(drafts: readonly DraftRecord[]): DefinitionChange[] {
  return drafts.map((d) => ({ kind: d.kind, id: d.id, json: d.deleted ? null : d.json }));
}

/** Checks a bundle with changes applied, as the definition pipeline checks a folder. */
export function checkChanged(
  base: SiteBundle,
  changes: readonly DefinitionChange[],
): { bundle?: SiteBundle; problems: LocatedProblem[] } {
  const result = checkSite(base.siteId, bundleResolver(base, changes, base.sources));
  const problems = uniqueProblems(result.problems).map(locateProblem);
  return result.bundle === undefined ? { problems } : { bundle: result.bundle, problems };
}

/**
 * Applies every draft of the site to its active version and runs the checker on the result. With
 * no drafts the bundle is the active one again (same hash), so "nothing changed" is detectable.
 */
export async function checkDraftSet(ctx: AuthoringContext): Promise<DraftSet> {
  const drafts = await ctx.authoring.drafts(ctx.version.siteId);
  const checked = checkChanged(ctx.version.bundle, draftChanges(drafts));
  return { base: ctx.version, drafts, ...checked };
}
