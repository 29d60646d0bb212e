import { Hono } from 'hono';
import {
  exportDirectoryHsds,
  listDirectory,
  readDirectoryService,
} from '../../cases/directory/service-directory.js';
import { PlatformError } from '../../kernel/errors.js';
import type { DirectoryQuery, ServiceStatus } from '../../referrals/directory/index.js';
import type { AppDeps } from '../app-deps.js';
import type { AppContext, AppEnv } from '../http-types.js';
import { operationContext } from '../operation-context-of.js';
import { pageOf } from '../request-input.js';

const STATUSES: readonly ServiceStatus[] = ['active', 'inactive', 'gap'];

function directoryQuery(c: AppContext): DirectoryQuery {
  const given = (name: string) => {
    const value = c.req.query(name)?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  const status = given('status')?.split(',');
  const unknown = status?.find((s) => !STATUSES.includes(s as ServiceStatus));
  if (unknown !== undefined)
    throw new PlatformError('bad_request', `No service status "${unknown}".`, {
      fields: [{ pointer: '/status', code: 'enum', message: `Statuses are ${STATUSES.join(', ')}.` }],
    });
  const query: Record<string, unknown> = {
    text: given('q'),
    language: given('language'),
    location: given('location'),
    partner: given('partner'),
    category: given('category'),
    status,
  };
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as DirectoryQuery;
}

/**
 * `/api/sites/:siteId/services…`: the published service directory for every member of the site —
 * searched (`q`, `language`, `location`, `partner`, `category`, `status`) and said in the reader's
 * language (or `locale`), one service, and the whole directory as an HSDS 3.0 document.
 */
export function directoryRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/services', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json(
      listDirectory(ctx, directoryQuery(c), pageOf(c), c.req.query('locale') ?? ctx.actor.locale),
    );
  });
  app.get('/services.hsds.json', async (c) => {
    const ctx = await operationContext(c, deps);
    const document = exportDirectoryHsds(ctx, c.req.query('language'));
    const { siteId, version, bundle } = ctx.version;
    c.header('etag', `"${bundle.hash}-${document.pathway.language}"`);
    c.header('content-disposition', `attachment; filename="${siteId}-v${version}.hsds.json"`);
    return c.json(document);
  });
  app.get('/services/:serviceId', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json(
      readDirectoryService(ctx, c.req.param('serviceId'), c.req.query('locale') ?? ctx.actor.locale),
    );
  });
  return app;
}
