import { factLabeller } from '../definitions/facts/fact-labels.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import {
  describeTrace,
  type Evaluator,
  siteEvaluator,
  type TraceLine,
  type TraceNode,
  truthy,
} from '../rules/index.js';

/** An eligibility condition's verdict and why, in a caseworker's words. */
export type EligibilityCheck = {
  readonly eligible: boolean;
  readonly trace?: TraceNode;
  readonly explanation: TraceLine[];
  /** Set when the condition could not be evaluated (it then counts as not met). */
  readonly error?: string;
};

/** The site's one evaluator (shared with the other engines; it caches compiled conditions). */
export const bundleEvaluator = (bundle: SiteBundle): Evaluator => siteEvaluator(bundle);

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
