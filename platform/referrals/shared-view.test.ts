import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../kernel/json.js';
import { ASSESSMENT, CASE_DATA, fixtureBundle, fxReferrals, PERSON } from './referral-test-kit.js';
import { type CaseData, disclosedFields, sharedView } from './shared-view.js';

const bundle = fxReferrals();
const protocol = (id: string) => bundle.referrals[id] as ReferralDefinition;

/**
 * Every leaf path of a value, array indices written `[]` (the listing notation). A `null` item of
 * a repeat group only keeps the items of several listed paths aligned: it holds no data.
 */
function leafPaths(value: JsonValue, prefix = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((item) => (item === null ? [] : leafPaths(item, `${prefix}[]`)));
  if (isJsonObject(value))
    return Object.entries(value).flatMap(([key, v]) =>
      leafPaths(v, prefix === '' ? key : `${prefix}.${key}`),
    );
  return [prefix];
}

/** What each protocol may ever let through, written out by hand from its `shared` list and the forms. */
const ALLOWED: Record<string, Record<string, string[]>> = {
  'to-employment': {
    registration: ['firstName', 'lastName', 'birthDate', 'address.city', 'address.street'],
    assessment: [
      'disabilityGroup',
      'skills[]',
      'da.decision',
      'da.doctor',
      'members[].name',
      'members[].school',
    ],
  },
  'to-commission': {
    registration: ['firstName', 'lastName', 'birthDate', 'nationalId'],
    assessment: ['da.group', 'da.decision', 'members[].name'],
  },
  'to-ngo': { registration: ['firstName', 'phone'] },
};

describe('the shared view (data minimisation)', () => {
  it('is exactly the listed fields, with their labels and values', () => {
    const view = sharedView(bundle, protocol('to-employment'), CASE_DATA);
    expect(view.fields.map((f) => [f.form, f.path, f.label.en, f.value, f.sensitive])).toEqual([
      ['registration', 'firstName', 'First name', 'Aziza', null],
      ['registration', 'lastName', 'Last name', 'Karimova', null],
      ['registration', 'birthDate', 'Date of birth', '1990-05-01', null],
      ['registration', 'address', 'Address', { city: 'Tashkent', street: 'Navoi 1' }, null],
      ['assessment', 'disabilityGroup', 'Disability group', 'II', 'disability'],
      ['assessment', 'skills', 'Skills', ['sewing', 'cooking'], null],
      ['assessment', 'da', 'Commission decision', { decision: 'employable', doctor: 'Dr Usmonov' }, null],
      [
        'assessment',
        'members',
        'Household members',
        [
          { name: 'Ali', school: 'School 5' },
          { name: 'Vali', school: 'School 7' },
        ],
        null,
      ],
    ]);
    expect(view.data).toEqual({
      registration: {
        firstName: 'Aziza',
        lastName: 'Karimova',
        birthDate: '1990-05-01',
        address: { city: 'Tashkent', street: 'Navoi 1' },
      },
      assessment: {
        disabilityGroup: 'II',
        skills: ['sewing', 'cooking'],
        da: { decision: 'employable', doctor: 'Dr Usmonov' },
        members: [
          { name: 'Ali', school: 'School 5' },
          { name: 'Vali', school: 'School 7' },
        ],
      },
    });
  });

  it('shares special-category fields listed explicitly, and single fields of groups and repeat items', () => {
    const view = sharedView(bundle, protocol('to-commission'), CASE_DATA);
    expect(view.data).toEqual({
      registration: {
        firstName: 'Aziza',
        lastName: 'Karimova',
        birthDate: '1990-05-01',
        nationalId: '12345678',
      },
      assessment: {
        da: { group: 'II', decision: 'employable' },
        members: [{ name: 'Ali' }, { name: 'Vali' }],
      },
    });
    expect(view.fields.find((f) => f.path === 'members[].name')?.value).toEqual(['Ali', 'Vali']);
    expect(view.fields.find((f) => f.path === 'da.group')).toMatchObject({
      value: 'II',
      sensitive: 'disability',
    });
  });

  it.each(Object.keys(ALLOWED))('never lets through more than %s lists', (id) => {
    const view = sharedView(bundle, protocol(id), CASE_DATA);
    for (const [form, data] of Object.entries(view.data))
      expect(leafPaths(data).every((p) => ALLOWED[id]?.[form]?.includes(p))).toBe(true);
    expect(Object.keys(view.data).every((form) => form in (ALLOWED[id] ?? {}))).toBe(true);
  });

  it('keeps unlisted and unlisted-sensitive fields out, whatever the case holds', () => {
    const json = fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>;
    const extras = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), json, { maxKeys: 4 });
    const group = fc.record({ group: json, decision: json, doctor: json, secret: json });
    const member = fc.record({ name: json, school: json, health: json, extra: json });
    const caseData = fc.record({
      person: fc.tuple(extras, fc.record({ firstName: json, nationalId: json, address: json, phone: json })),
      assessment: fc.tuple(
        extras,
        fc.record({
          diagnosis: json,
          notes: json,
          disabilityGroup: json,
          da: group,
          members: fc.array(member, { maxLength: 3 }),
        }),
      ),
    });
    fc.assert(
      fc.property(caseData, fc.constantFrom(...Object.keys(ALLOWED)), (data, id) => {
        const input: CaseData = {
          person: { ...data.person[0], ...data.person[1] } as JsonObject,
          forms: { assessment: { ...data.assessment[0], ...data.assessment[1] } as JsonObject },
        };
        const view = sharedView(bundle, protocol(id), input);
        for (const [form, projected] of Object.entries(view.data))
          for (const path of leafPaths(projected)) expect(ALLOWED[id]?.[form]).toContain(path);
        const text = JSON.stringify(view);
        expect(text).not.toContain('"diagnosis"');
        expect(text).not.toContain('"health"');
        expect(text).not.toContain('"secret"');
        if (id !== 'to-commission') expect(text).not.toContain('"nationalId"');
      }),
      { numRuns: 300 },
    );
  });

  it('drops values of the wrong shape instead of passing them on', () => {
    const odd: CaseData = {
      person: { firstName: { nested: 'object' }, lastName: ['a'], birthDate: 19900501, address: 'a string' },
      forms: {
        assessment: { skills: 'not a list', da: ['not', 'an', 'object'], members: [{ name: 'A' }, 'B'] },
      },
    };
    const view = sharedView(bundle, protocol('to-employment'), odd);
    expect(view.data).toEqual({
      registration: { birthDate: 19900501 },
      assessment: { members: [{ name: 'A' }, null] },
    });
  });

  it('lists every field with no value when the case has none, and shares nothing', () => {
    const view = sharedView(bundle, protocol('to-employment'), { person: {}, forms: {} });
    expect(view.fields.map((f) => f.value)).toEqual(Array(8).fill(null));
    expect(view.data).toEqual({});
    expect(disclosedFields(view)).toEqual([]);
  });

  it('names the fields that had a value, for the disclosure log', () => {
    const view = sharedView(bundle, protocol('to-employment'), {
      person: PERSON,
      forms: { assessment: { ...ASSESSMENT, skills: [], da: { group: 'I' } } },
    });
    expect(disclosedFields(view)).toEqual([
      'registration/firstName',
      'registration/lastName',
      'registration/birthDate',
      'registration/address',
      'assessment/disabilityGroup',
      'assessment/members',
    ]);
  });

  it('reads registration data from the person, whatever the registration form is called (fx-site)', () => {
    const fx = fixtureBundle('fx-site');
    const view = sharedView(fx, fx.referrals['to-employment'] as ReferralDefinition, {
      person: { firstName: 'Ana', lastName: 'B', birthDate: '1990-01-01', nationalId: '12345678' },
      forms: { screening: { disabilityGroup: 'I', severity: 'high', consent: true } },
    });
    expect(view.data).toEqual({
      registration: { firstName: 'Ana', lastName: 'B', birthDate: '1990-01-01' },
      screening: { disabilityGroup: 'I' },
    });
  });
});
