import type { Actor } from '../../access/actor.js';
import type { IndicatorDefinition } from '../../definitions/definition-types.generated.js';
import { resolvePath } from '../../definitions/facts/fact-tree.js';
import { indicatorFacts } from '../../definitions/facts/indicator-facts.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { bundleIndex } from './bundle-index.js';

/** Coded facts without declared options: ids of definitions, staff, codes set by the platform. */
const CODED = new Set([
  'case.owner',
  'case.priority',
  'case.closureReason',
  'task.definition',
  'task.role',
  'referral.declineReason',
]);

/**
 * Whether a dimension's values are codes (a closed list of options, a yes/no, a definition id)
 * rather than free text or identifiers, which could name or single out a client.
 */
export function isCodedDimension(bundle: SiteBundle, indicator: IndicatorDefinition, path: string): boolean {
  if (CODED.has(path)) return true;
  const { of, form } = indicator.measure.population;
  const found = resolvePath(indicatorFacts(bundleIndex(bundle), of, form), path);
  return found.ok && (found.tree.options !== undefined || found.tree.type === 'boolean');
}

/**
 * The dimensions an actor may break an indicator down by: all of the indicator's own for roles
 * that see cases; coded ones only for aggregate-only roles, who see counts, never persons.
 */
export function allowedDimensions(
  actor: Actor,
  bundle: SiteBundle,
  indicator: IndicatorDefinition,
): string[] {
  const paths = (indicator.groupBy ?? []).map((d) => d.path);
  if (actor.role.scope !== 'aggregate') return paths;
  return paths.filter((path) => isCodedDimension(bundle, indicator, path));
}
