/**
 * One throwaway site, served by the real platform for a browser benchmark: the site folder is
 * checked by the loader, then the platform starts as `npm start` runs it and as the browser
 * journeys start it (`test/e2e/support/platform.ts`) — PGlite in a temporary folder, migrations,
 * the bundle published, demo users with the journeys' known password (`DEMO_PASSWORD`), the API and a fresh production build
 * of the caseworker UI in its own folder (never the shared `dist/`) — but with this site only.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { build } from 'vite';
import { loadSitesFromDisk } from '../../../platform/definitions/load-sites.js';
import { formatProblem } from '../../../platform/definitions/problem.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { hashPassword } from '../../../platform/http/auth/password-hash.js';
import { buildApp } from '../../../platform/http/build-app.js';
import { systemClock } from '../../../platform/kernel/clock.js';
import { openDatabase } from '../../../platform/storage/database.js';
import { type DemoUser, ensureDemoUsers } from '../../../platform/storage/demo-users.js';
import { migrate } from '../../../platform/storage/migrate.js';
import { createSiteRegistry, publishBundle } from '../../../platform/storage/site-versions.js';
import { createCaseStore } from '../../../platform/storage/store/create-case-store.js';
import { DEMO_PASSWORD } from '../../e2e/support/platform.js';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

export type SitePlatform = {
  readonly url: string;
  readonly siteId: string;
  readonly bundle: SiteBundle;
  readonly users: readonly DemoUser[];
  /** Milliseconds the loader took to check the site (template layered, references linked). */
  readonly checkMs: number;
  stop(): Promise<void>;
};

/** Writes `<work>/<siteId>/` with one `<id>.<kind>.json` file per definition. */
export function writeSiteFolder(work: string, siteId: string, definitions: readonly object[]): string {
  const folder = join(work, 'sites', siteId);
  mkdirSync(folder, { recursive: true });
  for (const d of definitions) {
    const { kind, id } = d as { kind: string; id: string };
    writeFileSync(join(folder, `${id}.${kind}.json`), `${JSON.stringify(d, null, 2)}\n`);
  }
  return folder;
}

/** Checks the site folder (it may extend a built-in template) and serves it on a free port. */
export async function startSitePlatform(folder: string): Promise<SitePlatform> {
  const work = mkdtempSync(join(tmpdir(), 'pathway-bench-platform-'));
  const dist = join(work, 'dist');
  const uiBuilt = build({
    configFile: join(ROOT, 'runtime-ui', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(dist, 'runtime-ui'), emptyOutDir: true },
  });
  const started = performance.now();
  const [site] = loadSitesFromDisk(folder);
  const checkMs = performance.now() - started;
  const problems = (site?.problems ?? []).filter((p) => p.severity === 'error');
  if (site?.bundle === undefined || problems.length > 0)
    throw new Error(`the bench site has problems:\n${problems.map(formatProblem).join('\n')}`);
  const { bundle, siteId } = site;
  const database = await openDatabase({ dataDir: join(work, 'pglite') });
  await migrate(database);
  await publishBundle(database.db, bundle, { at: systemClock.now(), note: 'bench' });
  const users = await ensureDemoUsers(database.db, [{ siteId, site: bundle.site }], () =>
    hashPassword(DEMO_PASSWORD),
  );
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
    siteId,
    bundle,
    users,
    checkMs,
    async stop() {
      await new Promise<void>((done) => server.close(() => done()));
      await database.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
