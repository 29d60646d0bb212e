import { evaluatorOptionsOf } from '../../definitions/evaluator-options.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { createEvaluator, type Evaluator } from '../../rules/index.js';

const evaluators = new WeakMap<SiteBundle, Evaluator>();

/** The rules evaluator of a site (its calendar, lookups, named rules), one per bundle: it caches compiled logic. */
export function siteEvaluator(bundle: SiteBundle): Evaluator {
  let evaluator = evaluators.get(bundle);
  if (evaluator === undefined) {
    evaluator = createEvaluator(evaluatorOptionsOf(bundle));
    evaluators.set(bundle, evaluator);
  }
  return evaluator;
}
