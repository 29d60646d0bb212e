/**
 * Test and benchmark support (not imported by the engine): the realistic eligibility rule the
 * benchmarks measure, generated persons with the gaps real registries have, and the hand-written
 * rules the SQL equivalence test checks row by row.
 */
import fc from 'fast-check';
import { facts as randomFacts } from './rule-arbitraries.js';

export const TODAY = '2025-06-01';

export const DISTRICTS = [
  'Chilonzor',
  'Yunusobod',
  'Mirzo Ulugbek',
  'Yakkasaroy',
  'Shayxontohur',
  'Olmazor',
  'Bektemir',
  'Sergeli',
];

/** A youth employment programme for persons with disabilities in eight districts: ten conditions. */
export const ELIGIBILITY_RULE = {
  and: [
    { between: [{ age_years: [{ var: 'person.birthDate' }] }, 18, 30] },
    { in: [{ var: 'person.district' }, DISTRICTS] },
    { in: [{ var: 'person.disabilityGroup' }, ['I', 'II', 'III']] },
    { '===': [{ var: 'consent.given' }, true] },
    { '<': [{ var: 'household.monthlyIncome' }, 2_500_000] },
    { '!==': [{ var: 'person.status' }, 'deceased'] },
    { '>=': [{ var: 'household.size' }, 1] },
    { '!': [{ var: 'person.employed' }] },
    { '>=': [{ var: 'registration.monthsUnemployed' }, 6] },
    { '===': [{ var: 'person.citizenship' }, 'UZ'] },
  ],
};

export const LOOKUPS = {
  groups: [{ value: 'I' }, { value: 'II', parent: 'adult' }, { value: 'III', parent: 'adult' }],
};
export const NAMED_RULES = { adult: { '>=': [{ age_years: [{ var: 'person.birthDate' }] }, 18] } };

/** Mostly the values a registry holds, sometimes the awkward ones (`odd`, one time in eight). */
const mostly = <T, U>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: usual, weight: 7 }, { arbitrary: odd, weight: 1 });

const dates = mostly(
  fc.oneof(
    fc
      .date({ min: new Date('1950-01-01'), max: new Date('2015-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    fc
      .date({ min: new Date('1994-01-01'), max: new Date('2007-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    // Birthdays on both sides of the age bounds as of TODAY, and leap days.
    fc.constantFrom(
      '2007-06-01',
      '2007-06-02',
      '2007-05-31',
      '1994-06-01',
      '1994-06-02',
      '1995-06-01',
      '2008-02-29',
      '2004-02-29',
    ),
  ),
  fc.constantFrom(
    '2023-02-29',
    '2000-13-01',
    '2000-00-10',
    '2001-04-31',
    '0099-12-31',
    '0100-01-01',
    '1999-12-31T23:30:00Z',
    ' 2000-01-01',
    '2000-1-1',
    'unknown',
    '',
    '20000101',
    null,
    20000101,
    true,
  ),
);

const amounts = mostly(
  fc.oneof(
    fc.integer({ min: 0, max: 3_000_000 }),
    fc.integer({ min: 0, max: 5_000_000 }),
    fc.constantFrom(2_500_000, 2_499_999, 2_500_001, 2_499_999.99, 0),
  ),
  fc.constantFrom(
    -1,
    1e21,
    '2400000',
    ' 12 ',
    '1e6',
    '0x10',
    'abc',
    '',
    '2500000.0',
    'Infinity',
    null,
    true,
    false,
    [],
    [5],
    ['7'],
    ['1', '2'],
    {},
  ),
);

const anyOf = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 8 });
/** A field that is usually there (JSON drops `undefined`, so one time in twelve it is missing). */
const present = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary, weight: 11 }, { arbitrary: fc.constant(undefined), weight: 1 });

const person = fc.record({
  birthDate: present(dates),
  district: present(
    mostly(
      fc.constantFrom(...DISTRICTS, 'Uchtepa', 'Yashnobod'),
      fc.constantFrom(5, null, 'chilonzor', 'Tashkent'),
    ),
  ),
  disabilityGroup: present(mostly(fc.constantFrom('I', 'II', 'III', 'none'), fc.constantFrom(2, null))),
  status: present(
    mostly(
      fc.constantFrom('active', 'active', 'active', 'active', 'deceased', 'moved'),
      fc.constantFrom(null, 1),
    ),
  ),
  employed: present(mostly(fc.constantFrom(false, false, true), fc.constantFrom(0, 1, 'no', null, []))),
  citizenship: present(mostly(fc.constantFrom('UZ', 'UZ', 'UZ', 'UZ', 'KZ'), fc.constantFrom('uz', null))),
});

const member = fc.record({
  age: present(mostly(fc.integer({ min: 0, max: 90 }), fc.constantFrom('7', null))),
  dob: present(dates),
});

const registered = fc.record({
  person: present(person),
  household: present(
    fc.record({
      monthlyIncome: present(amounts),
      size: present(mostly(fc.integer({ min: 0, max: 9 }), fc.constantFrom('3', null))),
    }),
  ),
  consent: present(
    fc.record({
      given: present(mostly(fc.constantFrom(true, true, true, false), fc.constantFrom('true', 1, null))),
    }),
  ),
  registration: present(
    fc.record({
      monthsUnemployed: present(mostly(fc.integer({ min: 0, max: 40 }), fc.constantFrom('6', null))),
    }),
  ),
  members: present(mostly(fc.array(member, { maxLength: 4 }), fc.constantFrom(null, 'none', {}))),
});

/** `count` persons (seeded): registry-shaped records merged with random facts. */
export function persons(count: number, seed = 7): Record<string, unknown>[] {
  const records = fc
    .tuple(registered, anyOf(randomFacts))
    .map(([record, extra]) =>
      extra !== null && typeof extra === 'object' && !Array.isArray(extra) ? { ...extra, ...record } : record,
    );
  // Through JSON, as the records are stored: `undefined` fields disappear.
  return fc.sample(records, { seed, numRuns: count }).map((p) => JSON.parse(JSON.stringify(p))) as Record<
    string,
    unknown
  >[];
}

/** Persons only JSON text can hold: numbers beyond double range, or with more digits than a double keeps. */
export const RAW_PERSONS = [
  '{"household": {"monthlyIncome": 1e400, "size": 1e-400}, "person": {"birthDate": "2000-01-01"}}',
  '{"household": {"monthlyIncome": 2499999.99999999999999, "size": 0.30000000000000001}}',
  '{"household": {"monthlyIncome": -1e400}, "n": 123456789012345678901234567890}',
  '{"household": {"monthlyIncome": "1e400"}, "s": "1e-400"}',
  '{"household": {"monthlyIncome": {"toString": 1}}, "b": {"indexOf": 1}}',
];

const age = { age_years: [{ var: 'person.birthDate' }] };
const income = { var: 'household.monthlyIncome' };

/** [title, rule]: each operator SQL supports, in the forms screening rules use. */
export const HAND_WRITTEN_RULES: [string, unknown][] = [
  ['the eligibility rule', ELIGIBILITY_RULE],
  ...ELIGIBILITY_RULE.and.map((condition, i): [string, unknown] => [
    `eligibility condition ${i + 1}`,
    condition,
  ]),
  ['age at least 18', { '>=': [age, 18] }],
  ['age over 17.5', { '>': [age, 17.5] }],
  ['age under 18 (a missing age is 0)', { '<': [age, 18] }],
  ['age at most 30', { '<=': [age, 30] }],
  ['18 ≤ age, literal first', { '<=': [18, age] }],
  ['age between 15 and 30.5', { between: [age, 15, 30.5] }],
  ['age as of a leap day', { '>=': [{ age_years: [{ var: 'person.birthDate' }, '2024-02-29'] }, 20] }],
  [
    'age compared with another age',
    { '<': [age, { age_years: [{ var: 'person.birthDate' }, '2000-01-01'] }] },
  ],
  ['days since birth', { '>': [{ days_between: [{ var: 'person.birthDate' }, { var: 'today' }] }, 6570] }],
  ['born before 2000', { before: [{ var: 'person.birthDate' }, '2000-01-01'] }],
  ['born after 2000', { after: [{ var: 'person.birthDate' }, '2000-01-01'] }],
  ['born in the 1990s', { between: [{ var: 'person.birthDate' }, '1990-01-01', '1999-12-31'] }],
  [
    '18 years of days after birth is past',
    { before: [{ add_days: [{ var: 'person.birthDate' }, 6574] }, { var: 'today' }] },
  ],
  ['income below the threshold', { '<': [income, 2_500_000] }],
  ['income at most the threshold', { '<=': [income, 2_500_000] }],
  ['income above zero', { '>': [income, 0] }],
  ['income exactly the threshold', { '===': [income, 2_500_000] }],
  ['income not zero', { '!==': [income, 0] }],
  ['income between', { between: [income, 1_000_000, 2_500_000] }],
  ['income per member', { '<': [{ '/': [income, { var: 'household.size' }] }, 500_000] }],
  ['income plus a bonus', { '<': [{ '+': [income, 100_000] }, 2_500_000] }],
  ['income times 12 minus rent', { '>': [{ '-': [{ '*': [income, 12] }, 6_000_000] }, 0] }],
  ['even household size', { '===': [{ '%': [{ var: 'household.size' }, 2] }, 0] }],
  [
    'smaller of income and a cap',
    { '<': [{ min: [income, 3_000_000] }, { max: [1_000_000, { var: 'household.size' }] }] },
  ],
  ['no income recorded', { '!': [income] }],
  ['income compared as text', { '<': [income, '2500000'] }],
  ['district is Chilonzor', { '===': [{ var: 'person.district' }, 'Chilonzor'] }],
  ['district in the list', { in: [{ var: 'person.district' }, DISTRICTS] }],
  ['district name contains "ob"', { in: ['ob', { var: 'person.district' }] }],
  ['district sorts before M', { '<': [{ var: 'person.district' }, 'M'] }],
  [
    'citizenship and status',
    { '===': [{ cat: [{ var: 'person.citizenship' }, '-', { var: 'person.status' }] }, 'UZ-active'] },
  ],
  ['first letters of district', { '===': [{ substr: [{ var: 'person.district' }, 0, 3] }, 'Chi'] }],
  ['last letters of district', { '===': [{ substr: [{ var: 'person.district' }, -3] }, 'bod'] }],
  ['not employed', { '!': [{ var: 'person.employed' }] }],
  ['employed', { '!!': [{ var: 'person.employed' }] }],
  ['consent is true', { '===': [{ var: 'consent.given' }, true] }],
  ['date of birth or income missing', { missing: ['person.birthDate', 'household.monthlyIncome'] }],
  [
    'fewer than two of three present',
    { missing_some: [2, ['person.birthDate', 'person.district', 'consent.given']] },
  ],
  ['a child in the household', { some: [{ var: 'members' }, { '<': [{ var: 'age' }, 18] }] }],
  ['any member born before 1960', { any: [{ var: 'members' }, { before: [{ var: 'dob' }, '1960-01-01'] }] }],
  ['all members adults', { all: [{ var: 'members' }, { '>=': [{ var: 'age' }, 18] }] }],
  ['no member over 80', { none: [{ var: 'members' }, { '>': [{ var: 'age' }, 80] }] }],
  ['at least two children', { '>=': [{ count_if: [{ var: 'members' }, { '<': [{ var: 'age' }, 18] }] }, 2] }],
  ['more than two members', { '>': [{ count_if: [{ var: 'members' }] }, 2] }],
  ['members aged 100 years in total', { '>=': [{ sum: [{ var: 'members' }, { var: 'age' }] }, 100] }],
  ['income or zero', { '<': [{ coalesce: [income, 0] }, 1_000_000] }],
  ['income if consented', { if: [{ var: 'consent.given' }, { '<': [income, 2_500_000] }, false] }],
  ['a disability group of the lookup', { in_lookup: ['groups', { var: 'person.disabilityGroup' }] }],
  ['an adult group', { in_lookup: ['groups', { var: 'person.disabilityGroup' }, 'adult'] }],
  ['the named adult rule', { and: [{ rule: 'adult' }, { '===': [{ var: 'person.citizenship' }, 'UZ'] }] }],
  ['a group listed in the record', { in: ['II', { var: 'b' }] }],
  ['same path twice is the same object', { '===': [{ var: 'members' }, { var: 'members' }] }],
];
