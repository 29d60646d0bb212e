import type { Hono } from 'hono';
import type { AppDeps } from './app-deps.js';
import type { AuthDeps } from './auth/auth-options.js';
import { installAuth } from './auth/install-auth.js';
import { createBaseApp } from './create-app.js';
import type { AppEnv } from './http-types.js';
import { installAdminRoutes } from './routes/admin-routes.js';
import { caseRoutes } from './routes/case-routes.js';
import { consentRoutes } from './routes/consent-routes.js';
import { directoryRoutes } from './routes/directory-routes.js';
import { emergencyRoutes } from './routes/emergency-routes.js';
import { healthRoute } from './routes/health-route.js';
import { kpiRoutes } from './routes/kpi-routes.js';
import { openApiRoute } from './routes/openapi-route.js';
import { personRoutes } from './routes/person-routes.js';
import { referralCaseRoutes } from './routes/referral-case-routes.js';
import { referralRoutes } from './routes/referral-routes.js';
import { siteRoutes } from './routes/site-routes.js';
import { workRoutes } from './routes/work-routes.js';
import { serveUis } from './serve-uis.js';

/**
 * The whole application: health, authentication, the site, person, case, referral, consent and
 * service directory API, the OpenAPI document, and the built UIs. Routes are thin: they parse, call an operation,
 * shape the answer.
 */
export function buildApp(deps: AppDeps, auth: Partial<Omit<AuthDeps, 'db'>> = {}): Hono<AppEnv> {
  const app = createBaseApp();
  app.route('/health', healthRoute(deps));
  app.route('/api/openapi.json', openApiRoute(deps));
  installAuth(app, { db: deps.db, clock: deps.clock, secureCookies: deps.secureCookies ?? false, ...auth });
  app.route('/api/sites', siteRoutes(deps));
  app.route('/api/sites/:siteId/persons', personRoutes(deps));
  app.route('/api/sites/:siteId/persons', consentRoutes(deps));
  app.route('/api/sites/:siteId/cases', caseRoutes(deps));
  app.route('/api/sites/:siteId/cases', referralCaseRoutes(deps));
  app.route('/api/sites/:siteId/referrals', referralRoutes(deps));
  app.route('/api/sites/:siteId/work', workRoutes(deps));
  app.route('/api/sites/:siteId', kpiRoutes(deps));
  app.route('/api/sites/:siteId', directoryRoutes(deps));
  app.route('/api/sites/:siteId', emergencyRoutes(deps));
  installAdminRoutes(app, deps, auth.passwordHashParams);
  if (deps.uiDist !== undefined) serveUis(app, deps.uiDist);
  return app;
}
