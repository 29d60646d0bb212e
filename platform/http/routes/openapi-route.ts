import { Hono } from 'hono';
import type { SiteVersion } from '../../cases/site-registry.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { openApiDocument } from '../openapi/openapi-document.js';

/** `GET /api/openapi.json`: the API's OpenAPI 3.1 document, with every published site's forms. */
export function openApiRoute(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const versions: SiteVersion[] = [];
    for (const id of await deps.registry.siteIds()) {
      const version = await deps.registry.active(id);
      if (version) versions.push(version);
    }
    return c.json(openApiDocument(versions));
  });
  return app;
}
