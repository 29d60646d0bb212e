import type { RJSFSchema } from '@rjsf/utils';
import { type CustomValidatorOptionsType, customizeValidator } from '@rjsf/validator-ajv8';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSite } from '../definitions/check-site.js';
import { findSiteFolders, readSiteFolder, siteRoots } from '../definitions/read-site-folders.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import type { SiteSource } from '../definitions/site-source.js';
import { effectiveForm } from './effective-form.js';
import { formFixtureBundle } from './form-fixture-bundle.js';
import { formJsonSchema } from './form-json-schema.js';
import type { FormInput, JsonSchema } from './form-types.js';
import { validateSubmission } from './validate-submission.js';

const validator = customizeValidator({
  AjvClass: Ajv2020 as unknown as CustomValidatorOptionsType['AjvClass'],
});

/** Values for a field: mostly valid ones, with the mistakes users and clients make mixed in. */
function arbitrary(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.oneOf))
    return fc.constantFrom(...(schema.oneOf as { const: unknown }[]).map((o) => o.const), 'not-an-option');
  switch (schema.type) {
    case 'object': {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const shape = Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, arbitrary(s)]));
      return fc.record(shape, { requiredKeys: [] });
    }
    case 'array':
      return fc.array(schema.items ? arbitrary(schema.items as JsonSchema) : fc.string(), { maxLength: 3 });
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constant('yes'));
    case 'integer':
      return fc.oneof(fc.integer({ min: -2, max: 130 }), fc.constant(2.5));
    case 'number':
      return fc.double({ min: -10, max: 200_000, noNaN: true, noDefaultInfinity: true });
    default:
      if (schema.format === 'date') return fc.constantFrom('2024-01-31', '2026-06-01', '2024-02-30', 'soon');
      if (schema.format === 'date-time') return fc.constantFrom('2024-01-31T10:00:00Z', '2024-01-31 10:00');
      if (schema.format === 'email') return fc.constantFrom('a@example.org', 'nobody');
      if (schema.format === 'uri') return fc.constantFrom('https://example.org', 'example');
      if (typeof schema.pattern === 'string')
        return fc.constantFrom('08:30', '08:30:00', '8:30', '12345678', '1');
      return fc.string({ maxLength: (schema.maxLength as number | undefined) ?? 8 });
  }
}

function agree(bundle: SiteBundle, formId: string, data: unknown): void {
  const input: FormInput = { bundle, formId, data, locale: bundle.site.defaultLocale, today: '2025-03-01' };
  const server = validateSubmission(input);
  const form = effectiveForm(input);
  const schema = form.schema as RJSFSchema;
  expect(form.errors).toEqual(server.errors);
  expect(form.data).toEqual(server.data);
  expect(validator.isValid(schema, form.data, schema), JSON.stringify(server.errors)).toBe(server.ok);
}

describe('for arbitrary data, rjsf on the effective schema and validateSubmission agree', () => {
  const bundle = formFixtureBundle();
  it.each(['intake', 'plan', 'screening', 'goals', 'triage'])('%s', (formId) => {
    const data = arbitrary(formJsonSchema(bundle, formId));
    fc.assert(
      fc.property(data, (sample) => agree(bundle, formId, sample)),
      { numRuns: 60, seed: 20250301 },
    );
  });
});

describe("every form of the definitions' sites", () => {
  const sources = new Map<string, SiteSource>();
  for (const [id, folder] of findSiteFolders(siteRoots(''))) sources.set(id, readSiteFolder(folder));
  const forms: { site: string; formId: string; bundle: SiteBundle }[] = [];
  for (const site of sources.keys()) {
    // A site that does not check belongs to its authors' work in progress, not to this engine.
    const bundle = checkSite(site, (id) => sources.get(id)).bundle;
    for (const formId of Object.keys(bundle?.forms ?? {})) if (bundle) forms.push({ site, formId, bundle });
  }

  it.each(forms)(
    '$site/$formId: rjsf and the server agree on empty and generated data',
    ({ bundle, formId }) => {
      agree(bundle, formId, {});
      fc.assert(
        fc.property(arbitrary(formJsonSchema(bundle, formId)), (sample) => agree(bundle, formId, sample)),
        { numRuns: 8, seed: 7 },
      );
    },
  );
});
