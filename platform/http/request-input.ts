import { PlatformError } from '../kernel/errors.js';
import type { AppContext } from './http-types.js';

/** A required string field of a JSON body (400 with its pointer otherwise). */
export function stringField(
  body: Record<string, unknown>,
  name: string,
  options: { optional?: false; max?: number } = {},
): string {
  const value = body[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new PlatformError('bad_request', `"${name}" is required.`, {
      fields: [{ pointer: `/${name}`, code: 'required', message: `"${name}" is required.` }],
    });
  if (value.length > (options.max ?? 200))
    throw new PlatformError('bad_request', `"${name}" is too long.`, {
      fields: [{ pointer: `/${name}`, code: 'maxLength', message: 'Too long.' }],
    });
  return value;
}

export function optionalString(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string')
    throw new PlatformError('bad_request', `"${name}" must be text.`, {
      fields: [{ pointer: `/${name}`, code: 'type', message: 'Must be text.' }],
    });
  return value;
}

/**
 * The version a write is based on, from `If-Match: "<n>"` (what the ETag of the read said) or a
 * `version` field of the body. Without one the write is refused (428): lost updates are impossible.
 */
export function expectedVersion(c: AppContext, body: Record<string, unknown> = {}): number {
  const header = c.req.header('if-match');
  const raw = header !== undefined ? header.replace(/^W\//, '').replace(/"/g, '').trim() : body.version;
  if (raw === undefined || raw === null || raw === '')
    throw new PlatformError(
      'precondition_required',
      'Say which version you changed: send If-Match with the ETag you read, or "version".',
    );
  const version = Number(raw);
  if (!Number.isInteger(version) || version < 1)
    throw new PlatformError('bad_request', 'The version must be a positive integer.', {
      fields: [{ pointer: '/version', code: 'type', message: 'Positive integer.' }],
    });
  return version;
}

/** Page parameters of a list: `cursor` (opaque) and `limit` (1–200). */
export function pageOf(c: AppContext): { cursor: string | null; limit: number } {
  const limit = Number(c.req.query('limit') ?? 50);
  return { cursor: c.req.query('cursor') ?? null, limit: Number.isFinite(limit) ? limit : 50 };
}

export function setVersionTag(c: AppContext, version: number): void {
  c.header('etag', `"${version}"`);
}
