import type { Context, MiddlewareHandler } from 'hono';
import { PlatformError } from '../../kernel/errors.js';
import type { AppEnv, AuthContext } from '../http-types.js';
import { type AuthDeps, resolveAuthConfig } from './auth-options.js';
import { withScrubbedErrors } from './scrub-errors.js';
import { authFromSession } from './session-auth.js';
import { readSessionCookie } from './session-cookie.js';
import { authFromToken } from './token-auth.js';

/**
 * Sets `c.var.auth` for `/api/*`: from `Authorization: Bearer <api token>` when that header is
 * present (the cookie is then ignored), else from the `pathway_session` cookie. Unknown, expired
 * or revoked credentials and inactive users give `null` (anonymous), never an error: routes
 * decide whether they need a caller (`requireAuth`). Register it before every API route.
 */
export function authenticate(deps: AuthDeps): MiddlewareHandler<AppEnv> {
  const config = resolveAuthConfig(deps);
  return async (c, next) => {
    const authorization = c.req.header('authorization') ?? '';
    const bearer = /^Bearer(?:\s+|$)/i.test(authorization) ? authorization.slice(6).trim() : undefined;
    const cookie = bearer === undefined ? readSessionCookie(c) : undefined;
    const auth = await withScrubbedErrors(async () => {
      if (bearer !== undefined) return authFromToken(config, bearer);
      return cookie === undefined ? null : authFromSession(c, config, cookie);
    });
    c.set('auth', auth);
    await next();
  };
}

/** The authenticated caller; throws `unauthenticated` (401) for anonymous requests. */
export function requireAuth(c: Context<AppEnv>): AuthContext {
  const auth = c.get('auth');
  if (auth === null) throw new PlatformError('unauthenticated', 'Sign in first.');
  return auth;
}

/** The caller of a browser session; API tokens get `forbidden` (403) — e.g. they may not mint tokens. */
export function requireSession(c: Context<AppEnv>): AuthContext & { readonly sessionId: string } {
  const auth = requireAuth(c);
  if (auth.via !== 'session' || auth.sessionId === undefined) {
    throw new PlatformError('forbidden', 'This needs a signed-in browser session, not an API token.');
  }
  return { ...auth, sessionId: auth.sessionId };
}
