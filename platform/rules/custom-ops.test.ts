import { describe, expect, it } from 'vitest';
import { isPlatformError } from '../kernel/errors.js';
import { createEvaluator } from './create-evaluator.js';

const evaluator = createEvaluator({
  calendar: { weekend: [6, 7], holidays: ['2025-01-08'], annualHolidays: ['05-01'] },
  lookups: {
    regions: [{ value: 'north' }, { value: 'south', deprecated: true }],
    districts: [
      { value: 'n1', parent: 'north' },
      { value: 's1', parent: 'south' },
    ],
  },
  rules: {
    adult: { '>=': [{ age_years: [{ var: 'dob' }] }, 18] },
    'adult-in-north': { and: [{ rule: 'adult' }, { '===': [{ var: 'region' }, 'north'] }] },
    ping: { rule: 'pong' },
    pong: { rule: 'ping' },
  },
});

type Row = [name: string, logic: unknown, data: unknown, expected: unknown];

const TABLE: Row[] = [
  ['age: birthday not yet reached', { age_years: ['2008-06-02', '2025-06-01'] }, null, 16],
  ['age: on the birthday', { age_years: ['2008-06-01', '2025-06-01'] }, null, 17],
  ['age: born on 29 February, day before', { age_years: ['2008-02-29', '2025-02-28'] }, null, 16],
  ['age: born on 29 February, 1 March', { age_years: ['2008-02-29', '2025-03-01'] }, null, 17],
  [
    'age: as-of defaults to today',
    { age_years: [{ var: 'dob' }] },
    { dob: '2000-01-02', today: '2025-01-01' },
    24,
  ],
  [
    'age: today is read from the root facts inside an item scope',
    { map: [{ var: 'members' }, { age_years: [{ var: 'dob' }] }] },
    { today: '2025-01-01', members: [{ dob: '2010-01-01' }, { dob: '1990-06-30', today: '1999-01-01' }] },
    [15, 34],
  ],
  [
    'age: date-times count by their date',
    { age_years: ['2000-05-05T23:59:00Z', '2025-05-05T00:00:00Z'] },
    null,
    25,
  ],
  ['age: invalid date of birth', { age_years: ['2023-02-30', '2025-01-01'] }, null, null],
  ['age: missing date of birth', { age_years: [{ var: 'dob' }] }, { today: '2025-01-01' }, null],
  ['age: no today in the facts', { age_years: ['2000-01-01'] }, {}, null],
  ['days between: forwards', { days_between: ['2024-02-28', '2024-03-01'] }, null, 2],
  ['days between: backwards', { days_between: ['2025-01-31', '2025-01-01'] }, null, -30],
  ['days between: missing', { days_between: [null, '2025-01-01'] }, null, null],
  ['working days: over a weekend', { working_days_between: ['2025-01-03', '2025-01-10'] }, null, 4],
  ['working days: backwards', { working_days_between: ['2025-01-10', '2025-01-03'] }, null, -4],
  ['working days: annual holiday', { working_days_between: ['2025-04-30', '2025-05-02'] }, null, 1],
  ['working days: not a date', { working_days_between: ['soon', '2025-01-03'] }, null, null],
  ['add days: across a year', { add_days: ['2024-12-30', 3] }, null, '2025-01-02'],
  ['add days: negative', { add_days: ['2025-03-01', -1] }, null, '2025-02-28'],
  ['add days: fractions are truncated', { add_days: ['2025-03-01', 1.9] }, null, '2025-03-02'],
  ['add days: a count that is not a number', { add_days: ['2025-03-01', '3'] }, null, null],
  ['add days: beyond year 9999', { add_days: ['9999-12-31', 1] }, null, null],
  [
    'add working days: skips weekend and holiday',
    { add_working_days: ['2025-01-03', 3] },
    null,
    '2025-01-09',
  ],
  ['add working days: backwards', { add_working_days: ['2025-01-09', -3] }, null, '2025-01-03'],
  ['add working days: zero', { add_working_days: ['2025-01-04', 0] }, null, '2025-01-04'],
  ['add working days: absurd count', { add_working_days: ['2025-01-04', 1e9] }, null, null],
  ['before: earlier', { before: ['2025-01-01', '2025-01-02'] }, null, true],
  ['before: same day', { before: ['2025-01-01', '2025-01-01T10:00'] }, null, false],
  ['before: missing date', { before: [{ var: 'x' }, '2025-01-02'] }, {}, false],
  ['after: later', { after: ['2025-03-01', '2025-02-01'] }, null, true],
  ['after: missing date', { after: ['2025-03-01', null] }, null, false],
  [
    'count_if: items meeting a condition',
    { count_if: [{ var: 'steps' }, { '===': [{ var: 'status' }, 'done'] }] },
    { steps: [{ status: 'done' }, { status: 'open' }, { status: 'done' }] },
    2,
  ],
  ['count_if: all items without a condition', { count_if: [{ var: 'steps' }] }, { steps: [1, 2, 3] }, 3],
  ['count_if: not a list', { count_if: [{ var: 'steps' }, true] }, { steps: 'x' }, 0],
  [
    'sum: of an item field',
    { sum: [{ var: 'p' }, { var: 'amount' }] },
    { p: [{ amount: 10 }, { amount: 2.5 }] },
    12.5,
  ],
  ['sum: non-numbers count as zero', { sum: [{ var: 'p' }] }, { p: [1, '2', null, [3], 4] }, 5],
  ['sum: not a list', { sum: [{ var: 'p' }] }, {}, 0],
  [
    'any: one item holds',
    { any: [{ var: 'm' }, { '<': [{ var: 'age' }, 18] }] },
    { m: [{ age: 40 }, { age: 9 }] },
    true,
  ],
  ['any: empty list', { any: [[], true] }, null, false],
  ['in_lookup: an option', { in_lookup: ['regions', 'north'] }, null, true],
  ['in_lookup: a deprecated option still counts', { in_lookup: ['regions', 'south'] }, null, true],
  ['in_lookup: not an option', { in_lookup: ['regions', 'east'] }, null, false],
  ['in_lookup: child of the parent', { in_lookup: ['districts', 'n1', 'north'] }, null, true],
  ['in_lookup: child of another parent', { in_lookup: ['districts', 's1', 'north'] }, null, false],
  ['coalesce: skips null and empty text', { coalesce: [{ var: 'a' }, '', { var: 'b' }, 'z'] }, { b: 0 }, 0],
  ['coalesce: keeps false', { coalesce: [false, 'x'] }, null, false],
  ['coalesce: nothing present', { coalesce: [null, ''] }, null, null],
  ['between: numbers inclusive', { between: [{ var: 'age' }, 15, 30] }, { age: 30 }, true],
  ['between: below', { between: [14.9, 15, 30] }, null, false],
  ['between: dates', { between: ['2025-02-01', '2025-01-01', '2025-12-31'] }, null, true],
  ['between: numeric text is not a number', { between: ['20', 15, 30] }, null, false],
  ['between: missing value', { between: [{ var: 'age' }, 15, 30] }, {}, false],
  [
    'rule: a named rule on the same facts',
    { rule: 'adult' },
    { dob: '2000-01-01', today: '2025-01-01' },
    true,
  ],
  [
    'rule: named rules use the root facts inside an item scope',
    { some: [{ var: 'items' }, { rule: 'adult' }] },
    { dob: '2000-01-01', today: '2025-01-01', items: [{ dob: '2020-01-01' }] },
    true,
  ],
  [
    'rule: rules calling rules',
    { rule: 'adult-in-north' },
    { dob: '2000-01-01', today: '2025-01-01', region: 'north' },
    true,
  ],
];

describe.each([
  ['interpreter', (logic: unknown, data: unknown) => evaluator.evaluate(logic, data)],
  ['compiled', (logic: unknown, data: unknown) => evaluator.compile(logic)(data)],
  ['explain', (logic: unknown, data: unknown) => evaluator.explain(logic, data).value],
])('Pathway operators (%s)', (_mode, run) => {
  it.each(TABLE)('%s', (_name, logic, data, expected) => {
    expect(run(logic, data)).toEqual(expected);
  });

  it.each([
    ['an unknown lookup', { in_lookup: ['nope', 'x'] }, /Unknown lookup "nope"/],
    ['an unknown rule', { rule: 'nope' }, /Unknown rule "nope"/],
    ['a cycle of named rules', { rule: 'ping' }, /cycle: ping → pong → ping/],
  ])('rejects %s with a clear error', (_name, logic, message) => {
    let caught: unknown;
    try {
      run(logic, {});
    } catch (error) {
      caught = error;
    }
    expect(isPlatformError(caught) && caught.code === 'bad_request').toBe(true);
    expect((caught as Error).message).toMatch(message);
  });
});
