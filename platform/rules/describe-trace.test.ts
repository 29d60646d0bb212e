import { describe, expect, it } from 'vitest';
import { createEvaluator } from './create-evaluator.js';
import { describeTrace } from './describe-trace.js';
import { TRACE_LOCALES } from './trace-phrases.js';

const evaluator = createEvaluator();
const labels: Record<string, string> = { age: 'age', dob: 'date of birth', district: 'district' };
const lines = (logic: unknown, facts: unknown, locale = 'en') =>
  describeTrace(evaluator.explain(logic, facts).trace, { locale, labelFor: (path) => labels[path] }).map(
    (line) => `${'  '.repeat(line.depth)}${line.text}`,
  );

describe('describeTrace', () => {
  it.each([
    [{ '<': [{ var: 'age' }, 18] }, { age: 17 }, ['age 17 < 18 — held']],
    [{ '>=': [{ var: 'age' }, 18] }, { age: 17 }, ['age 17 ≥ 18 — failed']],
    [{ '<': [15, { var: 'age' }, 31] }, { age: 20 }, ['15 < age 20 < 31 — held']],
    [
      { between: [{ age_years: [{ var: 'dob' }] }, 15, 30] },
      { dob: '2000-01-01', today: '2025-06-01' },
      ['age 25 is between 15 and 30 — held'],
    ],
    [
      { in: [{ var: 'district' }, ['A', 'B']] },
      { district: 'C' },
      ['district "C" is one of ["A", "B"] — failed'],
    ],
    [{ '===': [{ var: 'consent' }, true] }, {}, ['consent: (empty) — failed']],
    [{ '===': [{ var: 'consent' }, false] }, {}, ['consent (empty) = no — failed']],
    [{ missing: ['a', 'b'] }, { a: 1 }, ['missing: ["b"] — held']],
    [
      { before: [{ var: 'dob' }, '2000-01-01'] },
      { dob: '1999-12-31' },
      ['date of birth "1999-12-31" is before "2000-01-01" — held'],
    ],
    [
      { and: [{ '>=': [{ var: 'age' }, 18] }, { '<': [{ var: 'age' }, 65] }] },
      { age: 17 },
      ['all of the following — failed', '  age 17 ≥ 18 — failed', '  age < 65 — not evaluated'],
    ],
    [
      { '!': [{ any: [{ var: 'kids' }, { '<': [{ var: 'age' }, 3] }] }] },
      { kids: [{ age: 5 }, { age: 1 }] },
      [
        'not — failed',
        '  at least one item of kids — held',
        '    item 1: age 5 < 3 — failed',
        '    item 2: age 1 < 3 — held',
      ],
    ],
    [
      { if: [{ var: 'x' }, 'a', 'b'] },
      { x: 0 },
      [
        'the first condition that holds decides: "b" — held',
        '  x 0 — failed',
        '  "a" — not evaluated',
        '  "b"',
      ],
    ],
  ])('%j on %j', (logic, facts, expected) => {
    expect(lines(logic, facts)).toEqual(expected);
  });

  it('speaks every supported locale, and Serbian in both scripts', () => {
    const rule = { '<': [{ var: 'age' }, 18] };
    const verdicts = TRACE_LOCALES.map((locale) => lines(rule, { age: 17 }, locale)[0]);
    expect(verdicts).toEqual([
      'age 17 < 18 — held',
      'age 17 < 18 — выполнено',
      'age 17 < 18 — bajarildi',
      'age 17 < 18 — испуњено',
      'age 17 < 18 — ispunjeno',
      'age 17 < 18 — respectée',
    ]);
    expect(lines(rule, { age: 20 }, 'sr')[0]).toBe('age 20 < 18 — није испуњено');
    expect(lines(rule, { age: 20 }, 'sr-Latn-RS')[0]).toBe('age 20 < 18 — nije ispunjeno');
    expect(lines(rule, { age: 20 }, 'de')[0]).toBe('age 20 < 18 — failed');
  });

  it('marks each line with the verdict for styling', () => {
    const trace = evaluator.explain({ and: [true, false] }, {}).trace;
    expect(describeTrace(trace, { locale: 'en' }).map((l) => [l.depth, l.passed])).toEqual([
      [0, false],
      [1, true],
      [1, false],
    ]);
  });
});
