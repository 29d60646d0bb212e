import { Hono } from 'hono';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { PlatformError } from '../../kernel/errors.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { siteActor } from '../site-actor.js';

/** What the UIs get of a site's definitions: everything but embedded tests and file paths. */
export function clientProjection(bundle: SiteBundle): Record<string, unknown> {
  const { sources: _sources, ...rest } = bundle;
  const withoutTests = Object.fromEntries(
    Object.entries(bundle.rules).map(([id, { tests: _t, ...rule }]) => [id, rule]),
  );
  const withoutScenarios = Object.fromEntries(
    Object.entries(bundle.sops).map(([id, { scenarios: _s, ...sop }]) => [id, sop]),
  );
  return { ...rest, rules: withoutTests, sops: withoutScenarios };
}

/** `/api/sites`: the sites a user works at, and each site's published definitions. */
export function siteRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const auth = c.get('auth');
    if (auth === null) throw new PlatformError('unauthenticated', 'Sign in first.');
    const ids = [...new Set(auth.memberships.map((m) => m.siteId))];
    const sites = [];
    for (const id of ids) {
      const version = await deps.registry.active(id);
      if (version)
        sites.push({
          id,
          name: version.bundle.site.name,
          locales: version.bundle.site.locales,
          defaultLocale: version.bundle.site.defaultLocale,
          version: version.version,
        });
    }
    return c.json({ sites });
  });
  app.get('/:siteId/definitions', async (c) => {
    const { version, actor } = await siteActor(c, deps, c.req.param('siteId'));
    c.header('etag', `"${version.bundle.hash}"`);
    return c.json({
      version: version.version,
      versionId: version.versionId,
      hash: version.bundle.hash,
      actor: { partnerId: actor.partnerId, roleId: actor.roleId, permissions: [...actor.permissions] },
      bundle: clientProjection(version.bundle),
    });
  });
  return app;
}
