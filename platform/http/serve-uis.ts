import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './http-types.js';

/**
 * Serves the built UIs: the caseworker UI at `/` and the admin UI at `/admin/`, each a
 * single-page app whose unknown paths fall back to its `index.html`.
 */
export function serveUis(app: Hono<AppEnv>, dist: string): void {
  const apps = [
    { prefix: '/admin', folder: join(dist, 'admin-ui') },
    { prefix: '', folder: join(dist, 'runtime-ui') },
  ];
  for (const { prefix, folder } of apps) {
    const index = join(folder, 'index.html');
    if (!existsSync(index)) continue;
    app.use(
      `${prefix}/assets/*`,
      serveStatic({ root: folder, rewriteRequestPath: (path) => path.slice(prefix.length) }),
    );
    const html = () => readFileSync(index, 'utf8');
    app.get(prefix === '' ? '/' : prefix, (c) => c.html(html()));
    app.get(`${prefix}/*`, async (c, next) => {
      if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/health')) return next();
      return c.html(html());
    });
  }
}
