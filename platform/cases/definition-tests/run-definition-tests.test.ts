import { describe, expect, it } from 'vitest';
import { edit, fixtureResolver } from '../../../test/support/fixture-sites.js';
import { checkSite } from '../../definitions/check-site.js';
import { runDefinitionTests } from './run-definition-tests.js';

type Json = Record<string, unknown>;

function bundle(change: Parameters<typeof fixtureResolver>[0] = () => {}) {
  const result = checkSite('fx-site', fixtureResolver(change));
  if (result.bundle === undefined) throw new Error(JSON.stringify(result.problems));
  return result.bundle;
}

describe('definition tests of a site', () => {
  it('pass for the fixture site: rule tests with full coverage and the SOP scenario', () => {
    const report = runDefinitionTests(bundle());
    expect(report.rules.map((r) => r.tests.every((t) => t.passed))).toEqual([true]);
    expect(report.rules[0]?.coverage.missing).toEqual([]);
    expect(report.scenarios).toMatchObject({ total: 1, passed: 1 });
    expect(report.passed).toBe(true);
  });

  it('fail when a rule test expects the wrong value', () => {
    const report = runDefinitionTests(
      bundle((f) =>
        edit<{ tests: Json[] }>(f, 'fx-site/eligible.rule.json', (r) => {
          (r.tests[0] as Json).expect = false;
        }),
      ),
    );
    expect(report.rules[0]?.tests[0]).toMatchObject({ passed: false, actual: true, expected: false });
    expect(report.passed).toBe(false);
  });

  it('fail when the tests leave a branch uncovered', () => {
    const report = runDefinitionTests(
      bundle((f) =>
        edit<{ tests: Json[] }>(f, 'fx-site/eligible.rule.json', (r) => {
          r.tests = r.tests.slice(0, 1);
        }),
      ),
    );
    expect(report.rules[0]?.coverage.missing.length).toBeGreaterThan(0);
    expect(report.passed).toBe(false);
  });

  it('fail when a scenario expects a different stage', () => {
    const report = runDefinitionTests(
      bundle((f) =>
        edit<{ scenarios: { steps: { expect?: Json }[] }[] }>(f, 'fx-site/base.sop.json', (s) => {
          const step = s.scenarios[0]?.steps[1];
          if (step?.expect) step.expect.stage = 'assessment';
        }),
      ),
    );
    expect(report.scenarios.failed).toBe(1);
    expect(report.passed).toBe(false);
  });
});
