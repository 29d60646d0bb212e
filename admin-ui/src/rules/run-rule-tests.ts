import type { RuleDefinition, RuleTest } from '../../../platform/definitions/definition-types.generated.js';
import { evaluatorOptionsOf, settingValues } from '../../../platform/definitions/evaluator-options.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { canonicalJson } from '../../../platform/kernel/canonical-json.js';
import { createEvaluator, type TraceNode } from '../../../platform/rules/index.js';
import { type Coverage, coverageOf } from './rule-coverage.js';

/** The as-of date of rule tests that do not set one (as on the server). */
export const DEFAULT_TEST_DATE = '2025-01-01';

export type LiveTestResult = {
  readonly name: string;
  readonly passed: boolean;
  readonly actual?: unknown;
  readonly expected: unknown;
  readonly error?: string;
};

export type LiveTestRun = { readonly tests: readonly LiveTestResult[]; readonly coverage: Coverage };

/** The facts a test evaluates on: its facts, the site's settings (overridable) and `today`. */
export function testFacts(bundle: SiteBundle, test: RuleTest): Record<string, unknown> {
  const given = (test.facts ?? {}) as Record<string, unknown>;
  const settings = {
    ...settingValues(bundle.site),
    ...((given.settings as Record<string, unknown> | undefined) ?? {}),
  };
  return { ...given, settings, today: test.today ?? DEFAULT_TEST_DATE };
}

/**
 * Runs a rule's tests in the browser with the same evaluator as the server, on a bundle holding
 * the drafts (the rules it calls, the settings it reads), and measures branch coverage.
 */
export function runRuleTests(bundle: SiteBundle, rule: RuleDefinition): LiveTestRun {
  const evaluator = createEvaluator(
    evaluatorOptionsOf({ ...bundle, rules: { ...bundle.rules, [rule.id]: rule } }),
  );
  const traces: TraceNode[] = [];
  const tests = (rule.tests ?? []).map((test): LiveTestResult => {
    try {
      const { value, trace } = evaluator.explain(rule.logic, testFacts(bundle, test));
      traces.push(trace);
      return {
        name: test.name,
        passed: canonicalJson(value) === canonicalJson(test.expect),
        actual: value,
        expected: test.expect,
      };
    } catch (error) {
      return {
        name: test.name,
        passed: false,
        expected: test.expect,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  });
  return { tests, coverage: coverageOf(rule.logic, traces, rule.returns === 'boolean') };
}
