import { Hono } from 'hono';
import { PlatformError } from '../../kernel/errors.js';
import { UUID_PATTERN } from '../../kernel/ids.js';
import {
  type ApiTokenRecord,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../storage/accounts.js';
import type { AppEnv } from '../http-types.js';
import { readJsonBody } from '../read-json-body.js';
import { requireSession } from './auth-middleware.js';
import type { AuthConfig } from './auth-options.js';
import { invalidField, requiredStrings } from './body-fields.js';
import { withScrubbedErrors } from './scrub-errors.js';

/** An API token as listed: never the token itself, which is shown once at creation. */
export type ApiTokenView = {
  readonly id: string;
  readonly siteId: string;
  readonly name: string;
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
};

function tokenView(t: ApiTokenRecord): ApiTokenView {
  return {
    id: t.id,
    siteId: t.siteId,
    name: t.name,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  };
}

/**
 * `/api/auth/tokens`, for the signed-in user's own API tokens, from a browser session only (a
 * token cannot mint or revoke tokens): `GET` → `{ tokens: ApiTokenView[] }`; `POST { siteId,
 * name }` → 201 `ApiTokenView & { token }` (the clear token, shown this once; the user needs an
 * active membership at the site); `DELETE /:id` → 204 (idempotent), 404 for another's token.
 */
export function tokenRoutes(config: AuthConfig): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const auth = requireSession(c);
    const tokens = await withScrubbedErrors(() => listApiTokens(config.db, auth.userId));
    return c.json({ tokens: tokens.map(tokenView) });
  });
  app.post('/', async (c) => {
    const auth = requireSession(c);
    const fields = requiredStrings(await readJsonBody(c), {
      siteId: { maxLength: 100 },
      name: { maxLength: 100 },
    });
    if (!auth.memberships.some((m) => m.siteId === fields.siteId)) {
      throw invalidField('/siteId', 'You have no active membership at this site.');
    }
    const input = {
      userId: auth.userId,
      siteId: fields.siteId,
      name: fields.name.trim(),
      now: config.clock.now(),
    };
    const { token, record } = await withScrubbedErrors(() => createApiToken(config.db, input));
    return c.json({ ...tokenView(record), token }, 201);
  });
  app.delete('/:id', async (c) => {
    const auth = requireSession(c);
    const id = c.req.param('id');
    const revoke = () => revokeApiToken(config.db, auth.userId, id, config.clock.now());
    const revoked = UUID_PATTERN.test(id) ? await withScrubbedErrors(revoke) : undefined;
    if (revoked === undefined) throw new PlatformError('not_found', 'No such API token.');
    return c.body(null, 204);
  });
  return app;
}
