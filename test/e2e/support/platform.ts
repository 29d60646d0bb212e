import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { build } from 'vite';
import { loadSitesFromDisk } from '../../../platform/definitions/load-sites.js';
import { formatProblem } from '../../../platform/definitions/problem.js';
import { hashPassword } from '../../../platform/http/auth/password-hash.js';
import { buildApp } from '../../../platform/http/build-app.js';
import { systemClock } from '../../../platform/kernel/clock.js';
import { createMembership, findUserByUsername } from '../../../platform/storage/accounts.js';
import { openDatabase } from '../../../platform/storage/database.js';
import { ensureDemoUsers } from '../../../platform/storage/demo-users.js';
import { migrate } from '../../../platform/storage/migrate.js';
import { createSiteRegistry, publishBundle } from '../../../platform/storage/site-versions.js';
import { createCaseStore } from '../../../platform/storage/store/create-case-store.js';

export const DEMO_PASSWORD = 'pathway-demo';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** A further membership for a demo user (a worker of two agencies), to use the context switch. */
export type ExtraMembership = {
  readonly username: string;
  readonly siteId: string;
  readonly partnerId: string;
  readonly roleId: string;
};

export type RunningPlatform = {
  readonly url: string;
  stop(): Promise<void>;
};

/** A fresh build of the caseworker UI in its own folder (never the shared `dist/`). */
async function buildUi(dist: string): Promise<void> {
  await build({
    configFile: join(ROOT, 'runtime-ui', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(dist, 'runtime-ui'), emptyOutDir: true },
  });
}

/**
 * The whole platform, as `npm start` runs it, on a free port: PGlite in a temporary folder,
 * migrations, the sites of `definitions/sites` checked and published, demo users with a known
 * password, the API and a fresh UI build.
 */
export async function startPlatform(extra: readonly ExtraMembership[] = []): Promise<RunningPlatform> {
  const work = mkdtempSync(join(tmpdir(), 'pathway-e2e-'));
  const dist = join(work, 'dist');
  const uiBuilt = buildUi(dist);
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
  for (const m of extra) {
    const user = await findUserByUsername(database.db, m.username);
    if (user === undefined) throw new Error(`no demo user ${m.username}`);
    await createMembership(database.db, {
      userId: user.id,
      siteId: m.siteId,
      partnerId: m.partnerId,
      roleId: m.roleId,
    });
  }
  await uiBuilt;
  const app = buildApp({
    db: database.db,
    store: createCaseStore(database.db),
    registry: createSiteRegistry(database.db),
    clock: systemClock,
    uiDist: dist,
  });
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
