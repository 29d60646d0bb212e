import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { appendPointer } from '../kernel/json-pointer.js';
import { DEFINITION_KINDS, type DefinitionKind } from './definition-kinds.js';
import { COMMON_SCHEMA, KIND_SCHEMAS } from './schema-documents.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives as `{ default }`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => Ajv2020;

/** A schema violation: where it is in the definition, and a readable message. */
export type SchemaIssue = { readonly pointer: string; readonly message: string };

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true });
  ajv.addKeyword({ keyword: 'tsType', schemaType: 'string' });
  addFormats(ajv);
  ajv.addSchema(COMMON_SCHEMA);
  return ajv;
}

let validators: Map<DefinitionKind, ValidateFunction> | undefined;

/** Compiled once per process: compiling all kinds takes a few hundred milliseconds. */
function validatorFor(kind: DefinitionKind): ValidateFunction {
  if (validators === undefined) {
    const ajv = createAjv();
    validators = new Map(DEFINITION_KINDS.map((k) => [k, ajv.compile(KIND_SCHEMAS[k])]));
  }
  const validate = validators.get(kind);
  if (validate === undefined) throw new Error(`No schema for kind ${kind}`);
  return validate;
}

function describe(error: ErrorObject): SchemaIssue {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
      return {
        pointer: appendPointer(error.instancePath, String(params.additionalProperty)),
        message: `Unknown property "${String(params.additionalProperty)}".`,
      };
    case 'required':
      return {
        pointer: error.instancePath,
        message: `Missing required property "${String(params.missingProperty)}".`,
      };
    case 'enum':
      return {
        pointer: error.instancePath,
        message: `Must be one of: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}.`,
      };
    case 'const':
      return { pointer: error.instancePath, message: `Must be ${JSON.stringify(params.allowedValue)}.` };
    case 'anyOf':
      return {
        pointer: error.instancePath,
        message: 'Does not match any of the allowed forms (see the other messages at this place).',
      };
    case 'propertyNames':
      return {
        pointer: appendPointer(error.instancePath, String(params.propertyName)),
        message: `"${String(params.propertyName)}" is not an allowed name here.`,
      };
    default:
      return {
        pointer: error.instancePath,
        message: `${(error.message ?? 'is invalid').replace(/^must/, 'Must')}.`,
      };
  }
}

/** Validates a definition against the schema of its kind; all violations, readable, de-duplicated. */
export function validateAgainstSchema(kind: DefinitionKind, json: unknown): SchemaIssue[] {
  const validate = validatorFor(kind);
  if (validate(json)) return [];
  const errors = validate.errors ?? [];
  // A propertyNames failure is reported twice by ajv (once for the name pattern): keep the clearer one.
  // The bare type errors of anyOf branches are folded into the anyOf message.
  const branchTypes = new Map<ErrorObject, string[]>();
  const filtered = errors.filter((e) => {
    if (e.keyword === 'pattern' && e.propertyName !== undefined) return false;
    if (e.keyword !== 'type') return true;
    const owner = errors.find(
      (a) =>
        a.keyword === 'anyOf' &&
        a.instancePath === e.instancePath &&
        e.schemaPath.startsWith(a.schemaPath.slice(0, -'/anyOf'.length)),
    );
    if (owner === undefined) return true;
    branchTypes.set(owner, [...(branchTypes.get(owner) ?? []), String((e.params as { type: unknown }).type)]);
    return false;
  });
  const seen = new Set<string>();
  const issues: SchemaIssue[] = [];
  for (const error of filtered) {
    const types = branchTypes.get(error);
    const issue = types
      ? { pointer: error.instancePath, message: `Must be ${[...new Set(types)].join(' or ')}.` }
      : describe(error);
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}
