import { describe, expect, it } from 'vitest';
import { createEvaluator } from './create-evaluator.js';
import { evaluateCases } from './evaluate-cases.js';

const evaluator = createEvaluator();
const cases = [
  { rule: { '<': [{ var: 'age' }, 18] }, data: { age: 17 } },
  { rule: { var: 'missing' } },
  { rule: { bogus: [1] }, data: {} },
  { data: {} },
  { rule: { var: '' } },
];

describe('evaluateCases', () => {
  it.each(['compiled', 'interpreted'] as const)('gives values and errors in order (%s)', (mode) => {
    expect(evaluateCases(cases, { evaluator, mode })).toEqual([
      { value: true },
      { value: null },
      { error: 'Unknown operator "bogus".' },
      { error: 'Case 3 is not an object with a "rule".' },
      { value: null },
    ]);
  });

  it('adds traces on request', () => {
    const [first] = evaluateCases(cases.slice(0, 1), { evaluator, explain: true });
    expect(first).toMatchObject({ value: true, trace: { op: '<', passed: true } });
  });

  it('refuses anything but an array', () => {
    expect(() => evaluateCases({ rule: true }, { evaluator })).toThrow(/JSON array/);
  });
});
