import { Hono } from 'hono';
import { deleteSession, setSessionMembership, setUserLocale } from '../../storage/accounts.js';
import type { AppContext, AppEnv, AuthContext } from '../http-types.js';
import { readJsonBody } from '../read-json-body.js';
import { requireAuth, requireSession } from './auth-middleware.js';
import { type AuthConfig, type AuthDeps, resolveAuthConfig } from './auth-options.js';
import { authView } from './auth-view.js';
import { invalidField, requiredStrings } from './body-fields.js';
import { deriveCsrfToken } from './csrf.js';
import { login, passwordCheck } from './login.js';
import { withScrubbedErrors } from './scrub-errors.js';
import { clearSessionCookie, readSessionCookie } from './session-cookie.js';
import { tokenRoutes } from './token-routes.js';

// The same pattern as a `Locale` of the definition language.
const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * The `/api/auth` sub-app: `POST /login`, `POST /logout`, `GET /me`, `PUT /context`,
 * `PUT /locale` and `GET|POST|DELETE /tokens`. Needs `authenticate` and `csrfProtection` in
 * front (see `installAuth`). Responses carrying credentials are never cached.
 */
export function authRoutes(deps: AuthDeps): Hono<AppEnv> {
  const config = resolveAuthConfig(deps);
  const check = passwordCheck(config);
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
  });
  // Every handler touching credentials runs scrubbed: see `withScrubbedErrors`.
  app.post('/login', async (c) => c.json(await withScrubbedErrors(() => login(c, config, check))));
  app.post('/logout', async (c) => {
    const auth = requireSession(c);
    await withScrubbedErrors(() => deleteSession(config.db, auth.sessionId));
    clearSessionCookie(c, config);
    return c.body(null, 204);
  });
  app.get('/me', (c) => c.json(currentView(c, requireAuth(c))));
  app.put('/context', async (c) => c.json(await withScrubbedErrors(() => switchContext(c, config))));
  app.put('/locale', async (c) => c.json(await withScrubbedErrors(() => changeLocale(c, config))));
  app.route('/tokens', tokenRoutes(config));
  return app;
}

/** The caller's view; the CSRF token is re-derived from the cookie, as only its hash is stored. */
function currentView(c: AppContext, auth: AuthContext) {
  const token = auth.via === 'session' ? readSessionCookie(c) : undefined;
  return authView(auth, token === undefined ? null : deriveCsrfToken(token));
}

/** `PUT /context { membershipId }`: picks the site and agency the session works in. */
async function switchContext(c: AppContext, config: AuthConfig) {
  const auth = requireSession(c);
  const { membershipId } = requiredStrings(await readJsonBody(c), { membershipId: { maxLength: 100 } });
  if (!auth.memberships.some((m) => m.id === membershipId)) {
    throw invalidField('/membershipId', 'Not one of your active memberships.');
  }
  await setSessionMembership(config.db, auth.sessionId, membershipId);
  return currentView(c, { ...auth, currentMembershipId: membershipId });
}

/** `PUT /locale { locale }`: the user's interface language, kept on the user. */
async function changeLocale(c: AppContext, config: AuthConfig) {
  const auth = requireAuth(c);
  const { locale } = requiredStrings(await readJsonBody(c), { locale: { maxLength: 35 } });
  if (!LOCALE_PATTERN.test(locale))
    throw invalidField('/locale', 'Not a language tag such as en, uz or sr-Latn.');
  await setUserLocale(config.db, auth.userId, locale);
  return currentView(c, { ...auth, locale });
}
