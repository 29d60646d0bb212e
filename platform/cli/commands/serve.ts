import { resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { seedDemoIfEmpty } from '../../cases/demo/seed-demo-if-empty.js';
import { loadSitesFromDisk } from '../../definitions/load-sites.js';
import { formatProblem, uniqueProblems } from '../../definitions/problem.js';
import { hashPassword } from '../../http/auth/password-hash.js';
import { buildApp } from '../../http/build-app.js';
import { systemClock } from '../../kernel/clock.js';
import { openDatabase } from '../../storage/database.js';
import { ensureDemoUsers } from '../../storage/demo-users.js';
import { migrate } from '../../storage/migrate.js';
import { createSiteRegistry, publishBundle } from '../../storage/site-versions.js';
import { createCaseStore } from '../../storage/store/create-case-store.js';
import { ensureUiBuilt } from '../ensure-ui-built.js';
import { startSchedulerLoop } from '../scheduler-loop.js';

const out = (line: string) => process.stdout.write(`${line}\n`);

/**
 * `npm start`: migrate the database, load and check every site (stop on any problem), publish
 * changed sites as new versions, make sure demo users exist, and serve API and UIs on one port.
 */
export async function run(_args: string[]): Promise<number> {
  const port = Number(process.env.PORT ?? 3000);
  const databaseUrl = process.env.DATABASE_URL;
  const dataDir = resolve(process.env.DATA_DIR ?? '.data/pglite');
  const sites = loadSitesFromDisk();
  const problems = uniqueProblems(sites.flatMap((s) => s.problems)).filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    for (const p of problems) out(formatProblem(p));
    out(
      `Not started: the definitions have ${problems.length} problem${problems.length === 1 ? '' : 's'} (npm run definitions:check).`,
    );
    return 1;
  }
  const uiDist = await ensureUiBuilt(out);
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir });
  await migrate(database);
  const served = sites.filter((s) => s.bundle !== undefined && !s.template);
  for (const site of served) {
    if (site.bundle === undefined) continue;
    const published = await publishBundle(database.db, site.bundle, {
      at: systemClock.now(),
      note: 'published from the site folder at start-up',
    });
    out(`site ${site.siteId}: version ${published.version}${published.created ? ' (new)' : ''}`);
  }
  const password = process.env.DEMO_PASSWORD ?? 'pathway-demo';
  const demoUsers = await ensureDemoUsers(
    database.db,
    served.flatMap((s) => (s.bundle ? [{ siteId: s.siteId, site: s.bundle.site }] : [])),
    () => hashPassword(password),
  );
  const deps = {
    db: database.db,
    store: createCaseStore(database.db),
    registry: createSiteRegistry(database.db),
    clock: systemClock,
    uiDist,
  };
  await seedDemoIfEmpty(
    deps,
    served.map((s) => s.siteId),
    { log: out, persons: 30 },
  );
  const app = buildApp(deps);
  const scheduler = startSchedulerLoop(deps);
  const server = serve({ fetch: app.fetch, port }, (info) => {
    out(
      `\nPathway is running: http://localhost:${info.port}/ (caseworkers), http://localhost:${info.port}/admin/ (boards and implementers)`,
    );
    out(
      `Database: ${database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`}`,
    );
    out(`Demo users (password "${password}"):`);
    for (const u of demoUsers) out(`  ${u.username.padEnd(44)} ${u.siteId} · ${u.partnerId} · ${u.roleId}`);
  });
  const stop = async () => {
    server.close();
    await scheduler.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}
