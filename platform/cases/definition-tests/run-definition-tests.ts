import type { SiteBundle } from '../../definitions/site-bundle.js';
import { runSiteScenarios, type SiteScenarioReport } from '../../workflow/index.js';
import { type RuleReport, runRuleTests } from './run-rule-tests.js';

/** Everything the definitions of a site test about themselves. */
export type DefinitionTestReport = {
  readonly siteId: string;
  readonly rules: readonly RuleReport[];
  readonly scenarios: SiteScenarioReport;
  readonly passed: boolean;
};

/**
 * A site's definition tests pass when every rule test passes with full branch coverage and
 * every SOP scenario passes.
 */
export function runDefinitionTests(bundle: SiteBundle): DefinitionTestReport {
  const rules = runRuleTests(bundle);
  const scenarios = runSiteScenarios(bundle);
  const rulesPassed = rules.every((r) => r.tests.every((t) => t.passed) && r.coverage.missing.length === 0);
  return { siteId: bundle.siteId, rules, scenarios, passed: rulesPassed && scenarios.failed === 0 };
}
