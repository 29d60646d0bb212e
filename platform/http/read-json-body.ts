import type { Context } from 'hono';
import { PlatformError } from '../kernel/errors.js';

/**
 * Parses a JSON request body: 415 unless it is JSON, 400 with the parser's position when it is
 * malformed, 400 unless it is an object. Size limits are enforced before (413).
 */
export async function readJsonBody(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(type)) {
    throw new PlatformError('unsupported_media_type', 'Send the body as application/json.');
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's own message quotes the input, which may hold a password: report the place only.
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const where = position === undefined ? '' : ` near character ${position}`;
    throw new PlatformError('bad_request', `The body is not valid JSON${where}.`, {
      fields: [{ pointer: '', code: 'json', message: 'Not valid JSON.' }],
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new PlatformError('bad_request', 'The body must be a JSON object.', {
      fields: [{ pointer: '', code: 'type', message: 'Must be an object.' }],
    });
  }
  return value as Record<string, unknown>;
}
