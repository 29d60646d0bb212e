import { evaluatorOptionsOf } from '../definitions/evaluator-options.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { createEvaluator } from './create-evaluator.js';
import type { Evaluator } from './types.js';

const evaluators = new WeakMap<SiteBundle, Evaluator>();

/**
 * The one evaluator of a checked site: its working calendar, lookups and named rules, made once
 * per bundle and shared by every engine (forms, SOPs, referrals, definition tests), so each rule
 * is compiled once per bundle whichever engine asks first.
 */
export function siteEvaluator(bundle: SiteBundle): Evaluator {
  let evaluator = evaluators.get(bundle);
  if (evaluator === undefined) {
    evaluator = createEvaluator(evaluatorOptionsOf(bundle));
    evaluators.set(bundle, evaluator);
  }
  return evaluator;
}
