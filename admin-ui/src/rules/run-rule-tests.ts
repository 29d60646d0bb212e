import type { RuleDefinition } from '../../../platform/definitions/definition-types.generated.js';
import { evaluatorOptionsOf } from '../../../platform/definitions/evaluator-options.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { createEvaluator } from '../../../platform/rules/index.js';
import {
  type RuleTestResult,
  type RuleTestRun,
  runRuleCases,
} from '../../../platform/rules/rule-tests/run-rule-tests.js';

export type LiveTestResult = RuleTestResult;
export type LiveTestRun = RuleTestRun;

/**
 * Runs a rule's tests in the browser with the server's own runner and evaluator, on a bundle
 * holding the drafts (the rules it calls, the settings it reads), and measures branch coverage.
 */
export function runRuleTests(bundle: SiteBundle, rule: RuleDefinition): LiveTestRun {
  const evaluator = createEvaluator(
    evaluatorOptionsOf({ ...bundle, rules: { ...bundle.rules, [rule.id]: rule } }),
  );
  return runRuleCases(evaluator, bundle, rule);
}
