import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';

/** `GET /health`: 200 with the published version of every site, for monitors and deploy checks. */
export function healthRoute(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const sites = [];
    for (const id of await deps.registry.siteIds()) {
      const version = await deps.registry.active(id);
      if (version)
        sites.push({
          id,
          version: version.version,
          hash: version.bundle.hash,
          publishedAt: version.publishedAt.toISOString(),
        });
    }
    return c.json({ status: 'ok', time: deps.clock.now().toISOString(), sites });
  });
  return app;
}
