import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../index.js';
import { coverageOf, decisionPoints } from './rule-coverage.js';

const evaluator = createEvaluator();
const traces = (logic: unknown, facts: unknown[]) => facts.map((f) => evaluator.explain(logic, f).trace);

describe('rule branch coverage', () => {
  const rule = {
    and: [{ '>=': [{ var: 'age' }, 18] }, { or: [{ var: 'a' }, { '===': [{ var: 'b' }, 'x'] }] }],
  };

  it('finds every decision point: boolean operators and operands of and/or', () => {
    expect(decisionPoints(rule).map((p) => p.pointer)).toEqual([
      '/and/0',
      '/and/1',
      '/and/1/or/0',
      '/and/1/or/1',
    ]);
  });

  it.each([
    {
      name: 'one passing test leaves every false outcome uncovered',
      facts: [{ age: 20, a: true }],
      missing: [
        'false:',
        'false:/and/0',
        'false:/and/1',
        'false:/and/1/or/0',
        'true:/and/1/or/1',
        'false:/and/1/or/1',
      ],
    },
    {
      name: 'short-circuited operands count as not reached',
      facts: [{ age: 20, a: true }, { age: 10 }],
      missing: ['false:/and/1', 'false:/and/1/or/0', 'true:/and/1/or/1', 'false:/and/1/or/1'],
    },
    {
      name: 'a full set of tests covers everything',
      facts: [
        { age: 20, a: true },
        { age: 10 },
        { age: 20, a: false, b: 'x' },
        { age: 20, a: false, b: 'y' },
      ],
      missing: [],
    },
  ])('$name', ({ facts, missing }) => {
    const report = coverageOf(rule, traces(rule, facts), true);
    expect(report.missing.map((m) => `${m.never}:${m.pointer}`).sort()).toEqual([...missing].sort());
    expect(report.total).toBe(10);
  });

  it('counts the conditions of if, and conditions evaluated per item of a repeat group', () => {
    const logic = {
      if: [{ some: [{ var: 'steps' }, { '===': [{ var: 'status' }, 'done'] }] }, 'active', 'idle'],
    };
    const report = coverageOf(
      logic,
      traces(logic, [{ steps: [{ status: 'done' }] }, { steps: [{ status: 'open' }] }]),
      false,
    );
    expect(report.missing).toEqual([]);
    expect(decisionPoints(logic).map((p) => p.pointer)).toEqual(['/if/0', '/if/0/some/1']);
  });
});
