import type { FieldError } from '../forms/index.js';
import { PlatformError } from '../kernel/errors.js';
import { appendPointer } from '../kernel/json-pointer.js';

/** A 422 for invalid form data, every message at its JSON pointer under `base` in the request body. */
export function invalidData(message: string, errors: readonly FieldError[], base = '/data'): PlatformError {
  return new PlatformError('validation_failed', message, {
    fields: errors.map((e) => ({
      pointer: e.pointer === '' ? base : `${base}${e.pointer}`,
      code: e.code,
      message: e.message,
    })),
  });
}

/** A 400 naming one missing or malformed field of the request body. */
export function badField(pointer: string, message: string, code = 'invalid'): PlatformError {
  return new PlatformError('bad_request', message, { fields: [{ pointer, code, message }] });
}

export { appendPointer };
