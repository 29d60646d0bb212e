import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it, vi } from 'vitest';
import { isPlatformError } from '../kernel/errors.js';
import { createEvaluator } from './create-evaluator.js';
import { CUSTOM_SHAPES, facts, outcome, rules, STANDARD_SHAPES, sameOutcome } from './rule-arbitraries.js';

const evaluator = createEvaluator({
  lookups: { groups: [{ value: 'a' }, { value: 1, parent: 'a' }, { value: null }] },
  rules: { 'is-adult': { '>=': [{ var: 'n' }, 18] }, loop: { rule: 'loop' } },
});

describe('differential: interpreter = compiled = json-logic-js', () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);

  it('agrees on random rules of the standard operators and random facts', () => {
    fc.assert(
      fc.property(rules(STANDARD_SHAPES), facts, (rule, data) => {
        const reference = outcome(() => jsonLogic.apply(rule as never, data));
        const interpreted = outcome(() => evaluator.evaluate(rule, data));
        const compiled = outcome(() => evaluator.compile(rule)(data));
        const explained = outcome(() => evaluator.explain(rule, data).value);
        expect(sameOutcome(interpreted, reference), 'interpreter vs json-logic-js').toBe(true);
        expect(sameOutcome(compiled, reference), 'compiled vs json-logic-js').toBe(true);
        expect(sameOutcome(explained, reference), 'explain vs json-logic-js').toBe(true);
        if (!interpreted.ok) expect(isPlatformError(interpreted.error)).toBe(true);
        if (!compiled.ok) expect(isPlatformError(compiled.error)).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it('agrees between interpreter and compiled mode with Pathway operators mixed in', () => {
    const today = fc.constantFrom('2025-06-01', '2024-02-29', 'not a date');
    const withToday = fc
      .tuple(facts, today)
      .map(([f, t]) => (f !== null && typeof f === 'object' && !Array.isArray(f) ? { ...f, today: t } : f));
    fc.assert(
      fc.property(rules([...STANDARD_SHAPES, ...CUSTOM_SHAPES]), withToday, (rule, data) => {
        const interpreted = outcome(() => evaluator.evaluate(rule, data));
        const compiled = outcome(() => evaluator.compile(rule)(data));
        const explained = outcome(() => evaluator.explain(rule, data).value);
        expect(sameOutcome(compiled, interpreted), 'compiled vs interpreter').toBe(true);
        expect(sameOutcome(explained, interpreted), 'explain vs interpreter').toBe(true);
        if (!interpreted.ok) expect(isPlatformError(interpreted.error)).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });
});
