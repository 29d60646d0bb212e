import { describe, expect, it } from 'vitest';
import { OPERATORS } from '../definitions/expressions/operator-catalogue.js';
import { createEvaluator } from './create-evaluator.js';
import { implementedOperators } from './interpreter.js';

// The examples of `in_lookup` and `rule` name a lookup and a rule; these are the site's.
const evaluator = createEvaluator({
  lookups: { 'disability-groups': [{ value: 'I' }, { value: 'II' }, { value: 'III' }] },
  rules: { 'in-target-group': { '===': [true, true] } },
});

describe('operator catalogue', () => {
  it.each(OPERATORS.map((op) => [op.name, op] as const))(
    'the example of %s evaluates to its result',
    (_name, op) => {
      const { logic, data, result } = op.example;
      expect(evaluator.evaluate(logic, data)).toEqual(result);
      expect(evaluator.compile(logic)(data)).toEqual(result);
    },
  );

  it('is implemented exactly: every catalogue operator and nothing else', () => {
    expect(implementedOperators().sort()).toEqual(OPERATORS.map((op) => op.name).sort());
  });
});
