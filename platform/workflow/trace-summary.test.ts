import { describe, expect, it } from 'vitest';
import { siteEvaluator } from '../rules/index.js';
import { failedChecks } from './trace-summary.js';
import { fxWorkflow } from './workflow-test-kit.js';

const bundle = fxWorkflow();
const evaluator = siteEvaluator(bundle);
const checks = (logic: unknown, facts: unknown) =>
  failedChecks(evaluator.explain(logic, facts).trace, bundle, 'en');
const settings = { min_age: 18 };
const minor = { person: { birthDate: '2012-03-01' }, settings, today: '2025-01-06' };
const adult = { person: { birthDate: '1990-03-01' }, settings, today: '2025-01-06' };

describe('failedChecks', () => {
  it('lists the deepest failed checks, not the groups above them', () => {
    expect(checks({ or: [{ rule: 'adult' }, { '===': [{ var: 'case.stage' }, 'intake'] }] }, minor)).toEqual([
      'age 12 ≥ Minimum age 18 — failed',
      'case.stage (empty) = "intake" — failed',
    ]);
  });

  it('does not report what failed under a condition that held', () => {
    // The rule fails for a minor, so `not` holds: only the other condition is a reason.
    expect(
      checks({ and: [{ '!': [{ rule: 'adult' }] }, { '===': [{ var: 'case.stage' }, 'x'] }] }, minor),
    ).toEqual(['case.stage (empty) = "x" — failed']);
  });

  it('shows what held under a failed “not”, with the rule’s title', () => {
    expect(checks({ '!': [{ rule: 'adult' }] }, adult)).toEqual(['not — failed: rule "Adult client" — held']);
  });
});
