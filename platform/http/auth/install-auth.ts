import type { Hono } from 'hono';
import type { AppEnv } from '../http-types.js';
import { authenticate } from './auth-middleware.js';
import type { AuthDeps } from './auth-options.js';
import { authRoutes } from './auth-routes.js';
import { csrfProtection } from './csrf.js';

/**
 * Wires authentication into an app made by `createBaseApp`: `authenticate` and `csrfProtection`
 * on `/api/*`, then the `/api/auth` routes. Call it before mounting any other API route, so the
 * middleware runs first for them too.
 */
export function installAuth(app: Hono<AppEnv>, deps: AuthDeps): void {
  app.use('/api/*', authenticate(deps));
  app.use('/api/*', csrfProtection(deps));
  app.route('/api/auth', authRoutes(deps));
}
