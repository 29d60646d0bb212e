import { createSchemaUtils, type RJSFSchema } from '@rjsf/utils';
import { type CustomValidatorOptionsType, customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { effectiveForm } from './effective-form.js';
import { formFixtureBundle } from './form-fixture-bundle.js';
import type { FormInput } from './form-types.js';
import { validateSubmission } from './validate-submission.js';

const bundle = formFixtureBundle();
// Ajv2020 is an Ajv subclass; rjsf's option is typed with the draft-07 class.
const validator = customizeValidator({
  AjvClass: Ajv2020 as unknown as CustomValidatorOptionsType['AjvClass'],
});
const input = (formId: string, data: unknown): FormInput => ({
  bundle,
  formId,
  data,
  locale: 'en',
  today: '2025-03-01',
});
const ID = { fullName: 'Aziz', birthDate: '1988-11-30' };

/** Data samples, valid and not, that exercise every rule effect and every representation. */
const SAMPLES: [string, Record<string, unknown>][] = [
  ['screening', {}],
  ['screening', { screenedOn: '2025-01-01', severity: 'low' }],
  ['screening', { screenedOn: '2025-01-01', severity: 'low', hasDisability: true }],
  ['screening', { screenedOn: '2025-01-01', severity: 'low', hasDisability: true, disabilityGroup: 'I' }],
  ['screening', { screenedOn: '2025-01-01', severity: 'low', hasDisability: false, disabilityGroup: 'I' }],
  ['screening', { screenedOn: '2025-01-01', severity: 'medium' }],
  [
    'plan',
    {
      steps: [
        { action: 'a', status: 'dropped', dropReason: 'moved' },
        { action: 'b', status: 'planned' },
      ],
    },
  ],
  ['plan', { steps: [{ action: 'a', status: 'planned', dropReason: 'stale' }] }],
  ['plan', { steps: [{ action: 'a', status: 'planned', colour: 'red' }] }],
  ['plan', { steps: [{ status: 'completed' }], completedSteps: 5 }],
  ['intake', ID],
  ['intake', { ...ID, income: 10 }],
  ['intake', { ...ID, income: 10, incomeSource: 'wages' }],
  ['intake', { ...ID, employment: 'employed', region: 'north', sector: 'services' }],
  ['intake', { ...ID, employment: 'employed', region: 'north', sector: 'industry' }],
  ['intake', { ...ID, employment: 'homemaker' }],
  ['intake', { ...ID, employment: 'unemployed', income: 200000, incomeSource: 'x' }],
  ['intake', { ...ID, birthDate: '2026-01-01' }],
  ['intake', { ...ID, nationalId: '1234' }],
  ['intake', { ...ID, languages: ['uz', 'en'] }],
  ['intake', { ...ID, languages: ['uz', 'xx'] }],
  ['intake', { ...ID, languages: ['uz', 'en'], region: 'north' }],
  ['intake', { ...ID, languages: ['uz', 'ru'], region: 'north' }],
  ['intake', { ...ID, contact: { email: 'a@b.org', callAt: '09:15:00', city: 'Nukus' }, region: 'north' }],
  ['intake', { ...ID, contact: { callAt: '9:15' } }],
  ['intake', { ...ID, contact: { callAt: '14:30' } }],
  [
    'intake',
    {
      ...ID,
      household: [
        { name: 'a', relation: 'child', age: 9 },
        { name: 'b', relation: 'partner', age: 40 },
      ],
    },
  ],
  ['intake', { ...ID, household: [{ name: 'a', relation: 'child' }] }],
  ['intake', { ...ID, household: [{ name: 'a', relation: 'child', age: 19 }] }],
  ['intake', { ...ID, household: [{ name: 'a', relation: 'child', age: 30 }] }],
  [
    'intake',
    {
      ...ID,
      household: [
        { name: 'a', disabled: true, supportNeeds: 'ramp' },
        { name: 'b', supportNeeds: 'x' },
      ],
    },
  ],
  ['intake', { ...ID, household: [{ relation: 'other' }] }],
  ['intake', { ...ID, household: [{ name: 'a', pet: 'cat' }] }],
  ['intake', { ...ID, locked: true, household: [{ name: 'a' }, { name: 'b', age: 20 }] }],
  [
    'goals',
    {
      goals: [
        { title: 'g', kind: 'job', actions: [{ what: 'call', done: true, note: 'ok' }, { what: 'x' }] },
      ],
    },
  ],
  ['goals', { goals: [{ title: 'g', kind: 'job', actions: [{ done: false }] }] }],
  ['goals', { goals: [{ title: 'g', kind: 'home', actions: [{ what: 'todo' }] }] }],
  [
    'goals',
    { goals: [{ title: 'g', kind: 'home', actions: [{ done: false, note: 'dropped' }] }, { kind: 'job' }] },
  ],
  ['triage', { urgent: false, score: 9 }],
  ['cyclic', {}],
];

describe('rjsf (validator-ajv8 with Ajv2020) reaches the same verdict as validateSubmission', () => {
  it.each(SAMPLES.map(([formId, data], i) => ({ i, formId, data })))(
    'sample $i ($formId)',
    ({ formId, data }) => {
      const server = validateSubmission(input(formId, data));
      const form = effectiveForm(input(formId, data));
      const schema = form.schema as RJSFSchema;
      expect(validator.isValid(schema, form.data, schema)).toBe(server.ok);
      expect(validator.validateFormData(form.data, schema).errors.length === 0).toBe(server.ok);
    },
  );

  it('covers both verdicts', () => {
    const verdicts = SAMPLES.map(([formId, data]) => validateSubmission(input(formId, data)).ok);
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(5);
    expect(verdicts.filter((ok) => !ok).length).toBeGreaterThan(5);
  });
});

describe('rjsf resolves each item of a repeat group to its own fields', () => {
  const fieldsOf = (formId: string, data: Record<string, unknown>, group: string) => {
    const form = effectiveForm(input(formId, data));
    const schema = form.schema as RJSFSchema;
    const utils = createSchemaUtils(validator, schema);
    const groupSchema = schema.properties?.[group] as RJSFSchema | undefined;
    const itemSchema = groupSchema?.items as RJSFSchema;
    return (form.data[group] as unknown[]).map((item) => {
      const resolved = utils.retrieveSchema(itemSchema, item as never);
      return { fields: Object.keys(resolved.properties ?? {}), required: resolved.required ?? [] };
    });
  };

  it('shows dropReason only on dropped steps', () => {
    const steps = [
      { action: 'a', status: 'dropped' },
      { action: 'b', status: 'planned' },
    ];
    expect(fieldsOf('plan', { steps }, 'steps')).toEqual([
      { fields: ['action', 'due', 'status', 'dropReason'], required: ['action', 'status'] },
      { fields: ['action', 'due', 'status'], required: ['action', 'status'] },
    ]);
  });

  it('requires, filters and shows per household member', () => {
    const household = [
      { name: 'a', relation: 'child', age: 9, disabled: true },
      { name: 'b', relation: 'partner', age: 40 },
    ];
    const [child, partner] = fieldsOf('intake', { ...ID, household }, 'household');
    expect(child?.fields).toEqual(
      expect.arrayContaining(['name', 'relation', 'age', 'disabled', 'supportNeeds']),
    );
    expect(child?.required).toEqual(expect.arrayContaining(['name', 'age']));
    expect(partner?.fields).not.toContain('supportNeeds');
    expect(partner?.required).toEqual(['name']);
  });
});
