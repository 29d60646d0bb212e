import { describe, expect, it } from 'vitest';
import { effectiveForm } from './effective-form.js';
import { formFixtureBundle } from './form-fixture-bundle.js';
import type { FormInput } from './form-types.js';
import { validateDraft, validateSubmission } from './validate-submission.js';

const bundle = formFixtureBundle();
const input = (formId: string, data: unknown, locale = 'en'): FormInput => ({
  bundle,
  formId,
  data,
  locale,
  today: '2025-03-01',
});
const VALID_INTAKE = { fullName: 'Dilnoza', birthDate: '1990-04-02' };

describe('validateSubmission: pointers and codes', () => {
  it.each(
    [
      [
        'a wrong option in an item',
        'plan',
        { steps: [{ action: 'a', status: 'x' }] },
        '/steps/0/status',
        'option',
      ],
      [
        'a missing field of an item',
        'plan',
        { steps: [{ action: 'a', status: 'planned' }, { status: 'planned' }] },
        '/steps/1/action',
        'required',
      ],
      [
        'an unknown field of an item',
        'plan',
        { steps: [{ action: 'a', status: 'planned', colour: 'red' }] },
        '/steps/0/colour',
        'unknown_field',
      ],
      [
        'an unknown top-level field',
        'screening',
        { screenedOn: '2025-01-01', severity: 'low', extra: 1 },
        '/extra',
        'unknown_field',
      ],
      [
        'too many items',
        'plan',
        { steps: Array.from({ length: 7 }, () => ({ action: 'a', status: 'planned' })) },
        '/steps',
        'maxItems',
      ],
      ['a bad date', 'screening', { screenedOn: '2025-02-30', severity: 'low' }, '/screenedOn', 'format'],
      [
        'a wrong type',
        'screening',
        { screenedOn: '2025-02-03', severity: 'low', consent: 'yes' },
        '/consent',
        'type',
      ],
      [
        'a value out of range in an item',
        'intake',
        { ...VALID_INTAKE, household: [{ name: 'a', age: 130 }] },
        '/household/0/age',
        'maximum',
      ],
      [
        'a bad e-mail in a nested object',
        'intake',
        { ...VALID_INTAKE, contact: { email: 'nope' } },
        '/contact/email',
        'format',
      ],
      [
        'an impossible time',
        'intake',
        { ...VALID_INTAKE, contact: { callAt: '25:00:00' } },
        '/contact/callAt',
        'format',
      ],
      [
        'a repeated multi-select value',
        'intake',
        { ...VALID_INTAKE, languages: ['uz', 'uz'] },
        '/languages',
        'uniqueItems',
      ],
      [
        'an unknown multi-select value',
        'intake',
        { ...VALID_INTAKE, languages: ['uz', 'de'] },
        '/languages/1',
        'option',
      ],
      ['a too long text', 'intake', { ...VALID_INTAKE, notes: 'x'.repeat(501) }, '/notes', 'maxLength'],
      ['an empty required text', 'intake', { ...VALID_INTAKE, fullName: '' }, '/fullName', 'minLength'],
      [
        'a negative number',
        'intake',
        { ...VALID_INTAKE, income: -1, incomeSource: 'x' },
        '/income',
        'minimum',
      ],
      [
        'a non-integer',
        'intake',
        { ...VALID_INTAKE, household: [{ name: 'a', age: 3.5 }] },
        '/household/0/age',
        'type',
      ],
    ].map(([what, formId, data, pointer, code]) => ({ what, formId, data, pointer, code })),
  )('$what → $pointer $code', ({ formId, data, pointer, code }) => {
    const result = validateSubmission(input(formId as string, data));
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.pointer, e.code])).toContainEqual([pointer, code]);
  });

  it('accepts valid data and returns it to store', () => {
    const data = {
      screenedOn: '2025-02-03',
      severity: 'high',
      hasDisability: true,
      disabilityGroup: 'II',
      consent: true,
    };
    expect(validateSubmission(input('screening', data))).toEqual({
      ok: true,
      data,
      errors: [],
      warnings: [],
    });
  });

  it('accepts local times as the rjsf time widget writes them, and e-mail addresses', () => {
    const contact = { callAt: '14:30:00', email: 'client@example.org' };
    expect(validateSubmission(input('intake', { ...VALID_INTAKE, contact })).errors).toEqual([]);
  });

  it('uses the pattern message, localized, and the default one without it', () => {
    const fr = validateSubmission(input('intake', { ...VALID_INTAKE, nationalId: '12' }, 'fr'));
    expect(fr.errors).toEqual([
      { pointer: '/nationalId', code: 'pattern', message: 'Huit chiffres, comme sur la carte.' },
    ]);
    const plain = validateSubmission(
      input(
        'registration',
        { firstName: 'a', lastName: 'b', birthDate: '2000-01-01', nationalId: '1' },
        'ru',
      ),
    );
    expect(plain.errors).toEqual([
      { pointer: '/nationalId', code: 'pattern', message: 'Значение не соответствует ожидаемому формату.' },
    ]);
  });

  it('localizes limits with plural forms', () => {
    const data = { ...VALID_INTAKE, notes: 'x'.repeat(501) };
    expect(validateSubmission(input('intake', data, 'ru')).errors[0]?.message).toBe(
      'Введите не более 500 символов.',
    );
    expect(validateSubmission(input('intake', data, 'sr-Cyrl')).errors[0]?.message).toBe(
      'Унесите највише 500 знакова.',
    );
    expect(
      validateSubmission(input('intake', { ...VALID_INTAKE, fullName: '' }, 'en')).errors[0]?.message,
    ).toBe('Enter at least 1 character.');
  });
});

describe('validateSubmission: what the server does not trust', () => {
  it('drops the data of hidden fields, and a hidden always-required field is not required', () => {
    const r = validateSubmission(
      input('screening', { screenedOn: '2025-01-02', severity: 'low', disabilityGroup: 'I' }),
    );
    expect(r.ok).toBe(true);
    expect(r.data).toEqual({ screenedOn: '2025-01-02', severity: 'low' });
  });

  it('drops hidden data of items', () => {
    const steps = [{ action: 'a', status: 'planned', dropReason: 'none' }];
    expect(validateSubmission(input('plan', { steps })).data).toEqual({
      steps: [{ action: 'a', status: 'planned' }],
      completedSteps: 0,
    });
  });

  it('recomputes calculated values and ignores the submitted ones', () => {
    const r = validateSubmission(
      input('intake', { ...VALID_INTAKE, age: 7, householdSize: 40, adults: 'many' }),
    );
    expect(r.ok).toBe(true);
    expect(r.data).toMatchObject({ age: 34, householdSize: 0, adults: 0 });
  });

  it('checks the rules on the server too: conditional requirements, filters, errors', () => {
    const r = validateSubmission(
      input('intake', {
        ...VALID_INTAKE,
        income: 10,
        employment: 'employed',
        region: 'north',
        sector: 'public',
      }),
    );
    expect(r.errors.map((e) => [e.pointer, e.code])).toEqual([
      ['/incomeSource', 'required'],
      ['/sector', 'option_not_allowed'],
    ]);
  });

  it('keeps deprecated options valid for existing data', () => {
    expect(validateSubmission(input('intake', { ...VALID_INTAKE, employment: 'homemaker' })).ok).toBe(true);
  });

  it('refuses data that is not an object', () => {
    for (const data of [null, [], 'x', 3, undefined]) {
      const r = validateSubmission(input('screening', data));
      expect(r.ok).toBe(false);
      expect(r.errors[0]).toMatchObject({ pointer: '', code: 'type' });
    }
  });

  it('fails with not_found for an unknown form', () => {
    expect(() => validateSubmission(input('nope', {}))).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});

describe('the browser and the server agree', () => {
  const samples: [string, unknown][] = [
    ['intake', {}],
    ['intake', { ...VALID_INTAKE, income: 10, region: 'north', employment: 'employed', sector: 'public' }],
    [
      'intake',
      { ...VALID_INTAKE, household: [{ name: 'a', relation: 'child', age: 30 }, { relation: 'x' }] },
    ],
    ['intake', { ...VALID_INTAKE, birthDate: '2031-01-01', contact: { email: 'x' } }],
    ['plan', { steps: [{ action: 'a', status: 'dropped' }, { status: 'nope' }] }],
    ['screening', { screenedOn: 'x', hasDisability: true }],
  ];

  it.each(samples)('%s %j: effectiveForm errors equal validateSubmission errors', (formId, data) => {
    const server = validateSubmission(input(formId, data));
    const browser = effectiveForm(input(formId, data));
    expect(browser.errors).toEqual(server.errors);
    expect(browser.warnings).toEqual(server.warnings);
    expect(browser.data).toEqual(server.data);
  });
});

describe('validateDraft', () => {
  it('accepts incomplete data, reporting nothing about what is missing', () => {
    const r = validateDraft(input('intake', { income: 5, household: [{ relation: 'child' }] }));
    expect(r).toMatchObject({ ok: true, errors: [], warnings: [] });
    expect(r.data).toMatchObject({ householdSize: 1 });
  });

  it('blocks data of the wrong type and unknown fields', () => {
    const r = validateDraft(input('intake', { income: 'lots', colour: 'red' }));
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => [e.pointer, e.code])).toEqual([
      ['/colour', 'unknown_field'],
      ['/income', 'type'],
    ]);
  });

  it('turns other problems into warnings to fix before submitting', () => {
    const r = validateDraft(input('intake', { nationalId: '1', birthDate: '2030-01-01' }));
    expect(r.ok).toBe(true);
    expect(r.warnings.map((e) => e.code)).toEqual(['pattern', 'rule:born-in-past']);
  });
});
