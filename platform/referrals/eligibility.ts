import { evaluatorOptionsOf } from '../definitions/evaluator-options.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import {
  createEvaluator,
  describeTrace,
  type Evaluator,
  type TraceLine,
  type TraceNode,
  truthy,
} from '../rules/index.js';
import { factLabeller } from './fact-labels.js';

/** An eligibility condition's verdict and why, in a caseworker's words. */
export type EligibilityCheck = {
  readonly eligible: boolean;
  readonly trace?: TraceNode;
  readonly explanation: TraceLine[];
  /** Set when the condition could not be evaluated (it then counts as not met). */
  readonly error?: string;
};

const evaluators = new WeakMap<SiteBundle, Evaluator>();

/** One evaluator per bundle: it caches compiled conditions per logic object. */
export function bundleEvaluator(bundle: SiteBundle): Evaluator {
  let evaluator = evaluators.get(bundle);
  if (evaluator === undefined) {
    evaluator = createEvaluator(evaluatorOptionsOf(bundle));
    evaluators.set(bundle, evaluator);
  }
  return evaluator;
}

/**
 * Evaluates an eligibility condition on case facts with the rules engine's explanation, described
 * in `locale` with the site's field titles. An absent condition holds; a condition that cannot be
 * evaluated does not (a rule error must never let a referral through).
 */
export function checkEligibility(
  bundle: SiteBundle,
  evaluator: Evaluator,
  logic: unknown,
  facts: unknown,
  locale: string,
): EligibilityCheck {
  if (logic === undefined) return { eligible: true, explanation: [] };
  try {
    const { value, trace } = evaluator.explain(logic, facts);
    const explanation = describeTrace(trace, { locale, labelFor: factLabeller(bundle, locale) });
    return { eligible: truthy(value), trace, explanation };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { eligible: false, explanation: [{ text: message, passed: false, depth: 0 }], error: message };
  }
}
