import type { RuleDefinition, RuleTest } from '../../definitions/definition-types.generated.js';
import { settingValues } from '../../definitions/evaluator-options.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { canonicalJson } from '../../kernel/canonical-json.js';
import type { Evaluator, TraceNode } from '../types.js';
import { type CoverageReport, coverageOf } from './rule-coverage.js';

/** The as-of date of rule tests that do not set one. */
export const DEFAULT_TEST_DATE = '2025-01-01';

export type RuleTestResult = {
  readonly name: string;
  readonly passed: boolean;
  readonly actual?: unknown;
  readonly expected: unknown;
  readonly error?: string;
};

/** A rule's tests, run, and the branch coverage they reach. */
export type RuleTestRun = { readonly tests: readonly RuleTestResult[]; readonly coverage: CoverageReport };

/** The facts a test evaluates on: its facts, with the site's settings (overridable) and `today`. */
export function testFacts(bundle: SiteBundle, test: RuleTest): Record<string, unknown> {
  const given = (test.facts ?? {}) as Record<string, unknown>;
  const settings = {
    ...settingValues(bundle.site),
    ...((given.settings as Record<string, unknown> | undefined) ?? {}),
  };
  return { ...given, settings, today: test.today ?? DEFAULT_TEST_DATE };
}

function runOne(
  evaluator: Evaluator,
  bundle: SiteBundle,
  rule: RuleDefinition,
  test: RuleTest,
  traces: TraceNode[],
): RuleTestResult {
  try {
    const { value, trace } = evaluator.explain(rule.logic, testFacts(bundle, test));
    traces.push(trace);
    const compiled = evaluator.compile(rule.logic)(testFacts(bundle, test));
    if (canonicalJson(compiled) !== canonicalJson(value)) {
      return {
        name: test.name,
        passed: false,
        actual: value,
        expected: test.expect,
        error: `compiled evaluation gave ${JSON.stringify(compiled)}`,
      };
    }
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
}

/**
 * Runs a rule's embedded tests with the interpreter (checking the compiled evaluator agrees) and
 * measures branch coverage: both outcomes of every decision point across the tests. The same on
 * the server (definition tests) and in the browser (the rule editor, on drafts).
 */
export function runRuleCases(evaluator: Evaluator, bundle: SiteBundle, rule: RuleDefinition): RuleTestRun {
  const traces: TraceNode[] = [];
  const tests = (rule.tests ?? []).map((test) => runOne(evaluator, bundle, rule, test, traces));
  return { tests, coverage: coverageOf(rule.logic, traces, rule.returns === 'boolean') };
}
