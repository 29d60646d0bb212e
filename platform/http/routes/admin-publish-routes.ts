import { Hono } from 'hono';
import { rollback } from '../../cases/authoring/migration/rollback.js';
import {
  getMigration,
  listMigrations,
  startMigration,
} from '../../cases/authoring/migration/run-migration.js';
import { listVersions, publishDrafts } from '../../cases/authoring/publish-drafts.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { readJsonBody } from '../read-json-body.js';
import { optionalString, stringField } from '../request-input.js';
import { authoringContext, flag } from './admin-context.js';

/** `…/admin/publish`, `/versions`, `/rollback`, `/migrations`: versions and the open cases on them. */
export function adminPublishRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/publish', async (c) => {
    const ctx = await authoringContext(c, deps);
    const body = await readJsonBody(c);
    const published = await publishDrafts(ctx, { note: optionalString(body, 'note') ?? '' });
    return c.json({ published }, published.created ? 201 : 200);
  });
  app.get('/versions', async (c) =>
    c.json({ versions: await listVersions(await authoringContext(c, deps)) }),
  );
  app.post('/rollback', async (c) => {
    const ctx = await authoringContext(c, deps);
    const body = await readJsonBody(c);
    const toVersionId = optionalString(body, 'toVersionId');
    const note = optionalString(body, 'note');
    const result = await rollback(ctx, {
      ...(toVersionId !== undefined ? { toVersionId } : {}),
      ...(note !== undefined ? { note } : {}),
      migrateBack: flag(body, 'migrateBack'),
      wait: flag(body, 'wait'),
    });
    return c.json(result, 201);
  });
  app.post('/migrations', async (c) => {
    const ctx = await authoringContext(c, deps);
    const body = await readJsonBody(c);
    const migration = await startMigration(ctx, {
      fromVersionId: stringField(body, 'fromVersionId'),
      toVersionId: stringField(body, 'toVersionId'),
      mappings: body.mappings,
      dryRun: flag(body, 'dryRun'),
      wait: flag(body, 'wait'),
    });
    return c.json({ migration }, migration.status === 'running' ? 202 : 201);
  });
  app.get('/migrations', async (c) =>
    c.json({ migrations: await listMigrations(await authoringContext(c, deps)) }),
  );
  app.get('/migrations/:migrationId', async (c) => {
    const ctx = await authoringContext(c, deps);
    return c.json({ migration: await getMigration(ctx, c.req.param('migrationId')) });
  });
  return app;
}
