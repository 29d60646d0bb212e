import type { Field } from '../definitions/definition-types.generated.js';

/** A local time as a time input writes it: `14:30` or `14:30:00`, without a zone. */
export const LOCAL_TIME_PATTERN = '^(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?$';

/**
 * The `format` and `pattern` keywords of a field. A `time` field becomes a pattern: the server's
 * ajv-formats 3 requires a zone in `time`, the ajv-formats 2 inside @rjsf/validator-ajv8 has no
 * `iso-time`, so no format name means the same on both sides, and a pattern does. A field's own
 * pattern wins over the time pattern.
 */
export function formatKeywords(field: Field): { format?: string; pattern?: string; time?: true } {
  if (field.format === 'time')
    return field.pattern !== undefined
      ? { pattern: field.pattern }
      : { pattern: LOCAL_TIME_PATTERN, time: true };
  return {
    ...(field.format !== undefined ? { format: field.format } : {}),
    ...(field.pattern !== undefined ? { pattern: field.pattern } : {}),
  };
}
