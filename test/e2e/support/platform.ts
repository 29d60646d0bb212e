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

/** The UIs served, built fresh into their own folder (never the shared `dist/`). */
async function buildUis(dist: string, uis: readonly string[]): Promise<void> {
  for (const ui of uis)
    await build({
      configFile: join(ROOT, ui, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: join(dist, ui), emptyOutDir: true },
    });
}

export type PlatformOptions = {
  /** The UIs to build and serve (the caseworker UI by default). */
  readonly uis?: readonly string[];
  /** Further memberships of demo users. */
  readonly extra?: readonly ExtraMembership[];
  /** Sites to fill with demo clients and cases, generated through the case operations. */
  readonly seed?: readonly string[];
  /** Demo clients per seeded site (default 30). */
  readonly persons?: number;
};

/**
 * The whole platform, as `npm start` runs it, on a free port: PGlite in a temporary folder,
 * migrations, the sites of `definitions/sites` checked and published, demo users with a known
 * password, the API and a fresh build of the UIs.
 */
export async function launchPlatform(options: PlatformOptions = {}): Promise<RunningPlatform> {
  const work = mkdtempSync(join(tmpdir(), 'pathway-e2e-'));
  const dist = join(work, 'dist');
  const uiBuilt = buildUis(dist, options.uis ?? ['runtime-ui']);
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
  for (const m of options.extra ?? []) {
    const user = await findUserByUsername(database.db, m.username);
    if (user === undefined) throw new Error(`no demo user ${m.username}`);
    await createMembership(database.db, {
      userId: user.id,
      siteId: m.siteId,
      partnerId: m.partnerId,
      roleId: m.roleId,
    });
  }
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

/** The platform with the caseworker UI, and further memberships for demo users. */
export function startPlatform(extra: readonly ExtraMembership[] = []): Promise<RunningPlatform> {
  return launchPlatform({ extra });
}
