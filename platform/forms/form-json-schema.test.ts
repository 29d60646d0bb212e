import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formFixtureBundle } from './form-fixture-bundle.js';
import { formJsonSchema } from './form-json-schema.js';
import type { JsonSchema } from './form-types.js';

const bundle = formFixtureBundle();
const props = (schema: JsonSchema) => schema.properties as Record<string, JsonSchema>;

describe('formJsonSchema', () => {
  const schema = formJsonSchema(bundle, 'intake');

  it('lists every field, whatever the rules would hide, with descriptions', () => {
    expect(Object.keys(props(schema))).toContain('sector');
    expect(Object.keys(props(props(schema).household?.items as JsonSchema))).toContain('supportNeeds');
    expect(props(schema).fullName).toMatchObject({
      title: 'Full name',
      description: 'As on the identity document',
    });
    expect(schema).toMatchObject({
      title: 'Intake',
      required: ['fullName', 'birthDate'],
      additionalProperties: false,
    });
  });

  it('marks deprecated options and calculated fields', () => {
    expect(props(schema).employment?.oneOf).toContainEqual({
      const: 'homemaker',
      title: 'Homemaker',
      deprecated: true,
    });
    expect(props(schema).householdSize?.readOnly).toBe(true);
    expect(props(schema).income?.readOnly).toBeUndefined();
  });

  it('is a schema a strict 2020-12 validator compiles, and it accepts a full record', () => {
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    const validate = ajv.compile(schema);
    const record = {
      fullName: 'A',
      birthDate: '1990-01-01',
      employment: 'homemaker',
      sector: 'public',
      household: [{ name: 'b', supportNeeds: 'x' }],
      contact: { callAt: '08:00' },
    };
    expect(validate(record)).toBe(true);
    expect(validate({ ...record, contact: { callAt: '8 am' } })).toBe(false);
  });

  it('is localized, in the site default locale by default', () => {
    expect(props(formJsonSchema(bundle, 'intake', 'fr')).fullName?.title).toBe('Nom complet');
    expect(formJsonSchema(bundle, 'screening').title).toBe('Screening');
  });
});
