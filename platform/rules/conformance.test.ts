import jsonLogic from 'json-logic-js';
import { describe, expect, it, vi } from 'vitest';
import { OPERATORS } from '../definitions/expressions/operator-catalogue.js';
import table from './conformance-cases.json' with { type: 'json' };
import { createEvaluator } from './create-evaluator.js';
import { isLogic, operatorOf } from './logic-shape.js';

type Case = [logic: unknown, data: unknown, expected: unknown];
const sections = table.sections as { title: string; origin: string; cases: Case[] }[];
const evaluator = createEvaluator();

function operatorsIn(logic: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(logic)) for (const item of logic) operatorsIn(item, found);
  else if (isLogic(logic)) {
    const op = operatorOf(logic);
    found.add(op);
    operatorsIn(logic[op], found);
  }
  return found;
}

describe('JsonLogic conformance table', () => {
  // json-logic-js prints `log` arguments; Pathway does not.
  vi.spyOn(console, 'log').mockImplementation(() => undefined);

  for (const section of sections) {
    describe(`${section.title} (${section.origin})`, () => {
      it.each(section.cases.map((c, i) => [i, ...c] as const))('case %i', (_i, logic, data, expected) => {
        expect(jsonLogic.apply(logic as never, data)).toEqual(expected);
        expect(evaluator.evaluate(logic, data)).toEqual(expected);
        expect(evaluator.compile(logic)(data)).toEqual(expected);
        expect(evaluator.explain(logic, data).value).toEqual(expected);
      });
    });
  }

  it('covers every standard operator of the catalogue', () => {
    const used = new Set<string>();
    for (const section of sections) for (const [logic] of section.cases) operatorsIn(logic, used);
    const standard = OPERATORS.filter((op) => op.standard).map((op) => op.name);
    expect(standard.filter((name) => !used.has(name))).toEqual([]);
  });

  it('keeps the published cases of jsonlogic.com', () => {
    const published = sections.filter((s) => s.origin === 'published');
    expect(published.reduce((n, s) => n + s.cases.length, 0)).toBeGreaterThanOrEqual(270);
  });
});
