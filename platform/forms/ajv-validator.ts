import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from './form-types.js';

/** Only these formats appear in form schemas (`time` is a pattern, see field-formats.ts). */
const FORMATS = ['date', 'date-time', 'email', 'uri'] as const;

type FormatsPlugin = (ajv: Ajv2020, formats: string[]) => unknown;
// ajv-formats is CommonJS: under NodeNext the default import is the module object, in bundlers the function.
const formatsModule = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
const addFormats: FormatsPlugin = formatsModule.default ?? formatsModule;

let compilations = 0;

/** A compiled validator: `validate(data)` returns the ajv errors (empty when valid). */
export type CompiledValidator = (data: unknown) => readonly ErrorObject[];

/**
 * Compiles a JSON Schema with ajv (draft 2020-12, formats, all errors). Compiling costs tens of
 * milliseconds for a large form, so callers compile once per form version and keep the result.
 */
export function compileValidator(schema: JsonSchema): CompiledValidator {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv, [...FORMATS]);
  const validate = ajv.compile(schema);
  compilations += 1;
  return (data) => (validate(data) ? [] : [...(validate.errors ?? [])]);
}

/** How many schemas have been compiled in this process (to check that caching works). */
export function validatorCompilations(): number {
  return compilations;
}
