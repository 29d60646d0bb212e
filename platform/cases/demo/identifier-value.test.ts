import { describe, expect, it } from 'vitest';
import { identifierValue } from './identifier-value.js';
import { sampleRegex } from './regex-sample.js';
import { seededRandom } from './seeded-random.js';

const base = { example: undefined, exampleBirthDate: undefined };

/** The JMBG's mod-11 check digit holds. */
function jmbgValid(value: string): boolean {
  const a = [...value].map(Number);
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += (7 - i) * ((a[i] ?? 0) + (a[i + 6] ?? 0));
  const m = 11 - (sum % 11);
  return (m === 11 ? 0 : m) === a[12];
}

describe('identifierValue', () => {
  it('makes a Serbian JMBG with the birth date, a serial by sex and a valid check digit', () => {
    const r = seededRandom('jmbg');
    for (const [birthDate, sex] of [
      ['2004-06-01', 'male'],
      ['1999-12-31', 'female'],
    ] as const) {
      const value = identifierValue({ ...base, type: 'jmbg', pattern: '^[0-9]{13}$', birthDate, sex }, r);
      expect(value).toMatch(/^\d{13}$/);
      expect(value.slice(0, 7)).toBe(
        `${birthDate.slice(8, 10)}${birthDate.slice(5, 7)}${birthDate.slice(1, 4)}`,
      );
      const serial = Number(value.slice(9, 12));
      expect(sex === 'female' ? serial >= 500 : serial < 500).toBe(true);
      expect(jmbgValid(value)).toBe(true);
    }
  });

  it('makes an Uzbek JShShIR with the century-and-sex digit and DDMMYY', () => {
    const r = seededRandom('pinfl');
    const female1990 = identifierValue(
      { ...base, type: 'jshshir', pattern: '^[0-9]{14}$', birthDate: '1990-04-12', sex: 'female' },
      r,
    );
    expect(female1990).toMatch(/^4120490\d{7}$/);
    const male2003 = identifierValue(
      { ...base, type: 'jshshir', pattern: '^[0-9]{14}$', birthDate: '2003-09-30', sex: 'male' },
      r,
    );
    expect(male2003.slice(0, 7)).toBe('5300903');
  });

  it('re-encodes the birth date where an example carries it, else follows the pattern', () => {
    const r = seededRandom('other');
    const copied = identifierValue(
      {
        type: 'national_id',
        pattern: undefined,
        example: 'AB-19900412-77',
        exampleBirthDate: '1990-04-12',
        birthDate: '2001-02-03',
        sex: 'male',
      },
      r,
    );
    expect(copied).toMatch(/^AB-20010203-\d\d$/);
    const patterned = identifierValue(
      { ...base, type: 'card', pattern: '^[A-Z]{2}[0-9]{6}$', birthDate: '2001-02-03', sex: 'male' },
      r,
    );
    expect(patterned).toMatch(/^[A-Z]{2}[0-9]{6}$/);
  });
});

describe('sampleRegex', () => {
  it.each(['^[0-9]{5}$', '^\\+998[0-9]{9}$', '^[A-Z][a-z]{2,5}-\\d{3}$', '^x?y+[ab]*$'])(
    'samples strings matching %s',
    (pattern) => {
      const r = seededRandom(pattern);
      for (let i = 0; i < 20; i++) expect(sampleRegex(pattern, r)).toMatch(new RegExp(pattern));
    },
  );

  it('declines groups and alternation', () => {
    expect(sampleRegex('^(a|b)$', seededRandom(1))).toBeUndefined();
  });
});
