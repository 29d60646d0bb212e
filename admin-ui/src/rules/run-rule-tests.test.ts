import { describe, expect, it } from 'vitest';
import rule from '../../../definitions/sites/uz-tashkent-icm/rules/working-age.rule.json' with {
  type: 'json',
};
import type { RuleDefinition } from '../../../platform/definitions/definition-types.generated.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { runRuleTests } from './run-rule-tests.js';

const site = (minAge: number) =>
  ({
    site: {
      settings: {
        min_age: { value: minAge },
        retirement_age_men: { value: 60 },
        retirement_age_women: { value: 55 },
      },
    },
    rules: {},
    lookups: {},
  }) as unknown as SiteBundle;

describe('rule tests in the browser', () => {
  it('passes the Tashkent working-age tests with full coverage, as the server does', () => {
    const run = runRuleTests(site(18), rule as unknown as RuleDefinition);
    expect(run.tests.every((t) => t.passed)).toBe(true);
    expect(run.coverage.missing).toEqual([]);
    expect(run.coverage.total).toBe(8);
  });

  it('fails the 18th-birthday test once the minimum age is raised', () => {
    const run = runRuleTests(site(25), rule as unknown as RuleDefinition);
    expect(run.tests.filter((t) => !t.passed).map((t) => t.name)).toEqual(['18th birthday today counts']);
  });
});
