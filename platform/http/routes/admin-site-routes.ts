import { Hono } from 'hono';
import type { AuthoringContext } from '../../cases/authoring/authoring-context.js';
import { readBundleFile } from '../../cases/authoring/bundle-file.js';
import { checkNewSite, createSite } from '../../cases/authoring/create-site.js';
import { exportSite, importIntoSite, importNewSite } from '../../cases/authoring/import-site.js';
import { listTemplates } from '../../cases/authoring/list-templates.js';
import { type PlatformAdminContext, requireSiteCreator } from '../../cases/authoring/site-creator.js';
import { findSiteFolders, folderResolver, siteRoots } from '../../definitions/read-site-folders.js';
import { PlatformError } from '../../kernel/errors.js';
import { createAuthoringStore } from '../../storage/authoring/create-authoring-store.js';
import type { AppDeps } from '../app-deps.js';
import type { AppContext, AppEnv } from '../http-types.js';
import { readJsonBody } from '../read-json-body.js';
import { optionalString } from '../request-input.js';
import { siteActor } from '../site-actor.js';
import { authoringContext, flag } from './admin-context.js';

/** The context of `/api/admin/…`: an administrator of some site, and the template folders on disk. */
async function platformAdmin(c: AppContext, deps: AppDeps): Promise<PlatformAdminContext> {
  const auth = c.get('auth');
  if (auth === null) throw new PlatformError('unauthenticated', 'Sign in first.');
  const creator = await requireSiteCreator(
    deps.registry,
    { userId: auth.userId, locale: auth.locale },
    auth.memberships,
  );
  // Read per request: templates are found in `definitions/sites` and `SITES_PATH` as they are now.
  const templates = folderResolver(siteRoots());
  return {
    authoring: createAuthoringStore(deps.db),
    registry: deps.registry,
    clock: deps.clock,
    creator,
    templates,
  };
}

async function siteContext(c: AppContext, deps: AppDeps, siteId: string): Promise<AuthoringContext> {
  const { actor, version } = await siteActor(c, deps, siteId);
  const { store, registry, clock, db } = deps;
  return { store, registry, clock, actor, version, authoring: createAuthoringStore(db) };
}

/** `GET /api/sites/:siteId/admin/export`: the active version as one bundle file. */
export function adminExportRoute(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/export', async (c) => {
    const file = exportSite(await authoringContext(c, deps));
    c.header('content-disposition', `attachment; filename="${file.siteId}-v${file.version}.bundle.json"`);
    return c.json(file);
  });
  return app;
}

/**
 * `/api/admin/templates`, `/api/admin/sites` and `/api/admin/import`: the templates to start from,
 * new sites from a template, and bundle files from elsewhere.
 */
export function adminSiteRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/templates', async (c) => {
    const ctx = await platformAdmin(c, deps);
    return c.json({ templates: await listTemplates(ctx, [...findSiteFolders(siteRoots()).keys()]) });
  });
  app.post('/sites', async (c) => {
    const ctx = await platformAdmin(c, deps);
    const body = await readJsonBody(c);
    if (flag(body, 'dryRun')) {
      const { siteId, bundle, problems } = await checkNewSite(ctx, body.site);
      return c.json({ siteId, ok: bundle !== undefined, hash: bundle?.hash ?? null, problems });
    }
    const adminPartnerId = optionalString(body, 'adminPartnerId');
    const note = optionalString(body, 'note');
    const created = await createSite(ctx, {
      site: body.site,
      ...(adminPartnerId !== undefined ? { adminPartnerId } : {}),
      ...(note !== undefined ? { note } : {}),
    });
    return c.json({ site: created }, 201);
  });
  app.post('/import', async (c) => {
    const body = await readJsonBody(c);
    const { siteId } = readBundleFile(body.bundle).content;
    const note = optionalString(body, 'note');
    const input = {
      bundle: body.bundle,
      apply: flag(body, 'apply'),
      ...(note !== undefined ? { note } : {}),
    };
    const report = (await deps.registry.active(siteId))
      ? await importIntoSite(await siteContext(c, deps, siteId), input)
      : await importNewSite(await platformAdmin(c, deps), input);
    return c.json(report, report.published?.created ? 201 : 200);
  });
  return app;
}
