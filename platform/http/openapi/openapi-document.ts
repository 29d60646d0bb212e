import type { SiteVersion } from '../../cases/site-registry.js';
import { formJsonSchema } from '../../forms/index.js';
import { API_OPERATIONS, type ApiOperation } from './api-operations.js';
import { COMMON_SCHEMAS } from './common-schemas.js';

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const ERROR_TEXT: Record<number, string> = {
  400: 'Malformed input (pointers in `errors`)',
  401: 'Sign-in required',
  403: 'Not allowed for your role',
  404: 'Not found (or not visible to you)',
  409: 'Conflict: changed by someone else, duplicates, or over capacity',
  415: 'Not JSON',
  422: 'Invalid data (pointers in `errors`) or the SOP does not allow it (`reasons`)',
  428: 'A version (If-Match) is required',
  429: 'Too many sign-in attempts',
};

/** `Form_<site>_<form>`: the JSON Schema of each form of each published site. */
function formSchemas(versions: readonly SiteVersion[]): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (const { bundle } of versions) {
    for (const formId of Object.keys(bundle.forms)) {
      const { $schema: _s, ...schema } = formJsonSchema(bundle, formId);
      const registration = bundle.site.registration?.form.form === formId;
      schemas[`${registration ? 'RegistrationForm' : 'Form'}_${bundle.siteId}_${formId}`] = schema;
    }
  }
  return schemas;
}

function operationObject(op: ApiOperation): Record<string, unknown> {
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const query = (op.query ?? []).map((name) => ({
    name,
    in: 'query',
    required: false,
    schema: { type: 'string' },
  }));
  const ifMatch = op.versioned
    ? [
        {
          name: 'If-Match',
          in: 'header',
          required: false,
          description: 'The ETag (version) you read; or send `version` in the body.',
          schema: { type: 'string' },
        },
      ]
    : [];
  const responses: Record<string, unknown> = {
    [op.ok.status]: {
      description: op.ok.description,
      ...(op.ok.schema ? { content: { 'application/json': { schema: op.ok.schema } } } : {}),
    },
  };
  for (const status of op.errors)
    responses[status] = { description: ERROR_TEXT[status] ?? 'Error', content: problem };
  return {
    summary: op.summary,
    tags: [op.tag],
    operationId: `${op.method}${op.path.replace(/\{(\w+)\}/g, 'By-$1').replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase())}`,
    parameters: [...pathParams, ...query, ...ifMatch],
    ...(op.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: op.body } } } }
      : {}),
    responses,
    ...(op.anonymous ? { security: [] } : {}),
  };
}

/** The OpenAPI 3.1 document of the API, with a schema for every form of every published site. */
export function openApiDocument(versions: readonly SiteVersion[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of API_OPERATIONS) {
    paths[op.path] ??= {};
    (paths[op.path] as Record<string, unknown>)[op.method] = operationObject(op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pathway API',
      version: '1',
      description:
        'Integrated case management: persons, cases, forms, SOP actions. Errors are RFC 9457 problem documents.',
    },
    security: [{ session: [] }, { bearer: [] }],
    paths,
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'pathway_session',
          description: 'Browser session; writes also need the `x-csrf-token` header.',
        },
        bearer: { type: 'http', scheme: 'bearer', description: 'API token (`pwt_…`) bound to one site.' },
      },
      schemas: { ...COMMON_SCHEMAS, ...formSchemas(versions) },
    },
  };
}
