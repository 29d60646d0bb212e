import type { SiteBundle } from '../../definitions/site-bundle.js';
import { siteEvaluator } from '../../rules/index.js';
import type { CoverageReport } from '../../rules/rule-tests/rule-coverage.js';
import { type RuleTestResult, runRuleCases } from '../../rules/rule-tests/run-rule-tests.js';

export type { RuleTestResult } from '../../rules/rule-tests/run-rule-tests.js';

export type RuleReport = {
  readonly ruleId: string;
  readonly file: string;
  readonly tests: readonly RuleTestResult[];
  readonly coverage: CoverageReport;
};

/** Every rule's embedded tests, run, with their branch coverage (`rules/rule-tests/`). */
export function runRuleTests(bundle: SiteBundle): RuleReport[] {
  const evaluator = siteEvaluator(bundle);
  return Object.values(bundle.rules).map((rule) => ({
    ruleId: rule.id,
    file: bundle.sources[`rule:${rule.id}`] ?? rule.id,
    ...runRuleCases(evaluator, bundle, rule),
  }));
}
