import type { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import type { ScryptParams } from '../auth/password-hash.js';
import type { AppEnv } from '../http-types.js';
import { adminCheckRoutes } from './admin-check-routes.js';
import { adminDefinitionRoutes } from './admin-definition-routes.js';
import { adminHsdsRoutes } from './admin-hsds-routes.js';
import { adminPublishRoutes } from './admin-publish-routes.js';
import { adminExportRoute, adminSiteRoutes } from './admin-site-routes.js';
import { adminUserRoutes } from './admin-user-routes.js';

/**
 * The admin API: `/api/sites/:siteId/admin/…` (drafts, check, test, simulate, diff, publish,
 * versions, rollback, migrations, export, users, HSDS import of services) for members of the site
 * whose role allows it, and `/api/admin/…` (create and import sites) for site administrators.
 */
export function installAdminRoutes(app: Hono<AppEnv>, deps: AppDeps, hashParams?: ScryptParams): void {
  const site = '/api/sites/:siteId/admin';
  app.route(site, adminDefinitionRoutes(deps));
  app.route(site, adminCheckRoutes(deps));
  app.route(site, adminPublishRoutes(deps));
  app.route(site, adminUserRoutes(deps, hashParams));
  app.route(site, adminExportRoute(deps));
  app.route(site, adminHsdsRoutes(deps));
  app.route('/api/admin', adminSiteRoutes(deps));
}
