import { type FieldProblem, PlatformError } from '../../kernel/errors.js';

/** A required string field of a JSON body: present, a string, not blank, at most `maxLength`. */
export type StringFieldSpec = { readonly maxLength: number };

/**
 * Reads required string fields of a request body. Every missing, non-string, blank or too long
 * field is reported at once (400, with a JSON pointer per field), so a form can mark them all.
 */
export function requiredStrings<K extends string>(
  body: Record<string, unknown>,
  specs: Record<K, StringFieldSpec>,
): Record<K, string> {
  const problems: FieldProblem[] = [];
  const values: Partial<Record<K, string>> = {};
  for (const [name, spec] of Object.entries(specs) as [K, StringFieldSpec][]) {
    const value = body[name];
    const pointer = `/${name}`;
    if (value === undefined || value === null || value === '') {
      problems.push({ pointer, code: 'required', message: 'Required.' });
    } else if (typeof value !== 'string') {
      problems.push({ pointer, code: 'type', message: 'Must be a string.' });
    } else if (value.length > spec.maxLength) {
      problems.push({ pointer, code: 'max_length', message: `At most ${spec.maxLength} characters.` });
    } else if (value.trim() === '') {
      problems.push({ pointer, code: 'required', message: 'Required.' });
    } else {
      values[name] = value;
    }
  }
  if (problems.length > 0) {
    throw new PlatformError('bad_request', 'Some fields are missing or malformed.', { fields: problems });
  }
  return values as Record<K, string>;
}

/** A 422 about one field whose value is well-formed but not acceptable. */
export function invalidField(pointer: string, message: string): PlatformError {
  return new PlatformError('validation_failed', message, { fields: [{ pointer, code: 'invalid', message }] });
}
