import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { build } from 'vite';
import { seedDemo } from '../../../platform/cases/demo/seed-demo.js';
import { loadSitesFromDisk } from '../../../platform/definitions/load-sites.js';
import { formatProblem } from '../../../platform/definitions/problem.js';
import { hashPassword } from '../../../platform/http/auth/password-hash.js';
import { buildApp } from '../../../platform/http/build-app.js';
import { systemClock } from '../../../platform/kernel/clock.js';
import { openDatabase } from '../../../platform/storage/database.js';
import { ensureDemoUsers } from '../../../platform/storage/demo-users.js';
import { migrate } from '../../../platform/storage/migrate.js';
import { createSiteRegistry, publishBundle } from '../../../platform/storage/site-versions.js';
import { createCaseStore } from '../../../platform/storage/store/create-case-store.js';
import { DEMO_PASSWORD, type RunningPlatform } from './platform.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Both UIs built fresh into their own folder (never the shared `dist/`). */
async function buildUis(dist: string): Promise<void> {
  for (const ui of ['runtime-ui', 'admin-ui'])
    await build({
      configFile: join(ROOT, ui, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: join(dist, ui), emptyOutDir: true },
    });
}

/**
 * The platform as `npm start` runs it, for the admin journeys: like `startPlatform` (PGlite in a
 * temporary folder, the sites published, demo users with the known password) but serving the
 * admin UI at `/admin/` too, and with demo clients and cases generated through the case operations
 * for the sites named in `seed` — the open cases whose impact and migration the journeys look at.
 */
export async function startAdminPlatform(
  options: { seed?: readonly string[]; persons?: number } = {},
): Promise<RunningPlatform> {
  const work = mkdtempSync(join(tmpdir(), 'pathway-e2e-admin-'));
  const dist = join(work, 'dist');
  const uiBuilt = buildUis(dist);
  const sites = loadSitesFromDisk();
  const problems = sites.flatMap((s) => s.problems).filter((p) => p.severity === 'error');
  if (problems.length > 0)
    throw new Error(`definitions have problems:\n${problems.map(formatProblem).join('\n')}`);
  const database = await openDatabase({ dataDir: join(work, 'pglite') });
  await migrate(database);
  const served = sites.filter((s) => s.bundle !== undefined && !s.template);
  for (const site of served)
    if (site.bundle) await publishBundle(database.db, site.bundle, { at: systemClock.now(), note: 'e2e' });
  await ensureDemoUsers(
    database.db,
    served.flatMap((s) => (s.bundle ? [{ siteId: s.siteId, site: s.bundle.site }] : [])),
    () => hashPassword(DEMO_PASSWORD),
  );
  const store = createCaseStore(database.db);
  const registry = createSiteRegistry(database.db);
  for (const siteId of options.seed ?? [])
    await seedDemo({ store, registry }, { siteId, persons: options.persons ?? 30, seed: 1, now: new Date() });
  await uiBuilt;
  const app = buildApp({ db: database.db, store, registry, clock: systemClock, uiDist: dist });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>((done) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      done({ server: s, port: info.port }),
    );
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((done) => server.close(() => done()));
      await database.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
