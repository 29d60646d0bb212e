import type { AuthoringContext } from '../../cases/authoring/authoring-context.js';
import { type DefinitionKind, isDefinitionKind } from '../../definitions/definition-kinds.js';
import { PlatformError } from '../../kernel/errors.js';
import { createAuthoringStore } from '../../storage/authoring/create-authoring-store.js';
import type { AppDeps } from '../app-deps.js';
import type { AppContext } from '../http-types.js';
import { operationContext } from '../operation-context-of.js';

/** The authoring context of a request under `/api/sites/:siteId/admin/…`: 404 without a membership there. */
export async function authoringContext(c: AppContext, deps: AppDeps): Promise<AuthoringContext> {
  return { ...(await operationContext(c, deps)), authoring: createAuthoringStore(deps.db) };
}

/** The `:kind` of a definition route; an unknown kind is a route that does not exist. */
export function kindParam(c: AppContext): DefinitionKind {
  const kind = c.req.param('kind') ?? '';
  if (!isDefinitionKind(kind)) throw new PlatformError('not_found', `No definition kind "${kind}".`);
  return kind;
}

/** The version a write starts from (`If-Match` or `version`), or null when it creates something. */
export function optionalVersion(c: AppContext, body: Record<string, unknown> = {}): number | null {
  const header = c.req.header('if-match');
  const raw = header !== undefined ? header.replace(/^W\//, '').replace(/"/g, '').trim() : body.version;
  if (raw === undefined || raw === null || raw === '') return null;
  const version = Number(raw);
  if (!Number.isInteger(version) || version < 1)
    throw new PlatformError('bad_request', 'The version must be a positive integer.', {
      fields: [{ pointer: '/version', code: 'type', message: 'Positive integer.' }],
    });
  return version;
}

/** A boolean field of a body; absent is false. */
export function flag(body: Record<string, unknown>, name: string): boolean {
  const value = body[name];
  if (value === undefined || value === null) return false;
  if (typeof value !== 'boolean')
    throw new PlatformError('bad_request', `"${name}" must be true or false.`, {
      fields: [{ pointer: `/${name}`, code: 'type', message: 'Must be true or false.' }],
    });
  return value;
}
