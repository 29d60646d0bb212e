import { describe, expect, it } from 'vitest';
import { effectiveForm } from './effective-form.js';
import { schemaAt as at, optionConsts as consts, formFixtureBundle } from './form-fixture-bundle.js';
import type { EffectiveForm, JsonSchema } from './form-types.js';

const bundle = formFixtureBundle();
const TODAY = '2025-03-01';

function run(formId: string, data: unknown, locale = 'en'): EffectiveForm {
  return effectiveForm({ bundle, formId, data, locale, today: TODAY });
}

describe('options', () => {
  it('filters options to the allow list', () => {
    expect(consts(at(run('intake', { employment: 'employed', region: 'north' }).schema, 'sector'))).toEqual([
      'agriculture',
      'industry',
    ]);
    expect(
      consts(at(run('intake', { employment: 'employed', region: 'south' }).schema, 'sector')),
    ).toHaveLength(4);
    const r = run('intake', { employment: 'employed', region: 'north', sector: 'services' });
    expect(r.errors).toContainEqual(
      expect.objectContaining({ pointer: '/sector', code: 'option_not_allowed' }),
    );
  });

  it('resolves lookups and offers a deprecated option only where it is already chosen', () => {
    const fresh = at(run('intake', {}).schema, 'employment');
    expect(consts(fresh)).toEqual(['employed', 'unemployed', 'student']);
    const held = run('intake', { employment: 'homemaker' });
    expect(at(held.schema, 'employment')?.oneOf).toContainEqual({
      const: 'homemaker',
      title: 'Homemaker',
      deprecated: true,
    });
    expect(held.errors.filter((e) => e.pointer === '/employment')).toEqual([]);
  });

  it('takes the options of a multi-select from the array as well as from its items', () => {
    const needs = at(run('intake', {}).schema, 'needs');
    expect(needs).toMatchObject({ type: 'array', uniqueItems: true, items: { type: 'string' } });
    expect(consts(needs?.items as JsonSchema)).toEqual(['housing', 'work']);
  });

  it('renders multi-selects as unique arrays of options with checkboxes', () => {
    const r = run('intake', { languages: ['uz', 'ru'] });
    const languages = at(r.schema, 'languages');
    expect(languages).toMatchObject({ type: 'array', uniqueItems: true });
    expect(consts(languages?.items as JsonSchema)).toEqual(['uz', 'ru', 'en']);
    expect((r.uiSchema.languages as JsonSchema)['ui:widget']).toBe('checkboxes');
  });

  it('filters the items of a multi-select, pointing at the item not allowed', () => {
    const r = run('intake', { region: 'north', languages: ['uz', 'en'] });
    expect(consts(at(r.schema, 'languages', 'items'))).toEqual(['uz', 'ru']);
    expect(r.errors).toContainEqual(
      expect.objectContaining({ pointer: '/languages/1', code: 'option_not_allowed' }),
    );
    expect(consts(at(run('intake', { region: 'south' }).schema, 'languages', 'items'))).toEqual([
      'uz',
      'ru',
      'en',
    ]);
  });

  it('marks an option field that offers nothing as accepting nothing', () => {
    const noneAllowed = formFixtureBundle((files) => {
      const form = files.get('fx-site/intake.form.json') as { rules: { id?: string; allow?: unknown }[] };
      const rule = form.rules.find((r) => r.id === 'north-sectors');
      if (rule) rule.allow = { if: [{ '===': [{ var: 'region' }, 'north'] }, [], ['agriculture']] };
    });
    const r = effectiveForm({
      bundle: noneAllowed,
      formId: 'intake',
      data: { employment: 'employed', region: 'north' },
      locale: 'en',
      today: TODAY,
    });
    expect(at(r.schema, 'sector')).toMatchObject({ not: {}, readOnly: true });
    expect(at(r.schema, 'sector')).not.toHaveProperty('oneOf');
  });
});

describe('schema details', () => {
  const schema = run('intake', {}).schema;

  it('is a 2020-12 schema with the form title, formats and pattern messages', () => {
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Intake',
      description: 'First meeting with the client.',
      additionalProperties: false,
    });
    expect(at(schema, 'birthDate')?.format).toBe('date');
    expect(at(schema, 'contact', 'callAt')).toMatchObject({
      pattern: '^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?$',
      errorMessage: { pattern: 'Enter a valid time (HH:MM).' },
    });
    expect(at(schema, 'contact', 'callAt')).not.toHaveProperty('format');
    expect(at(schema, 'nationalId')).toMatchObject({
      pattern: '^[0-9]{8}$',
      errorMessage: { pattern: 'Eight digits, as on the ID card.' },
    });
  });

  it('shares the cached subschemas of fields no rule touches', () => {
    expect(at(run('intake', { notes: 'x' }).schema, 'notes')).toBe(at(schema, 'notes'));
    expect(Object.isFrozen(at(schema, 'notes'))).toBe(true);
  });
});
