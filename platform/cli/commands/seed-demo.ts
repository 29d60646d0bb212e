import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { CaseStore } from '../../cases/case-store.js';
import {
  type BulkPersonRows,
  type BulkPersonsOptions,
  type BulkSink,
  bulkPerson,
  writePersonsBulk,
} from '../../cases/demo/bulk-persons.js';
import { loadStaff } from '../../cases/demo/demo-staff.js';
import { defaultNow } from '../../cases/demo/generate-persons.js';
import type { RegisteredPerson } from '../../cases/demo/plan-walks.js';
import { progressMeter } from '../../cases/demo/progress-meter.js';
import { type SeedDemoReport, seedDemo } from '../../cases/demo/seed-demo.js';
import { formatSeedReport } from '../../cases/demo/seed-report.js';
import type { SiteRegistry } from '../../cases/site-registry.js';
import { type LoadedSite, loadSitesFromDisk } from '../../definitions/load-sites.js';
import { formatProblem, uniqueProblems } from '../../definitions/problem.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { hashPassword } from '../../http/auth/password-hash.js';
import { normalizeName } from '../../kernel/normalize-name.js';
import { createMembership, createUserIfAbsent } from '../../storage/accounts.js';
import { type Database, type Db, openDatabase } from '../../storage/database.js';
import { demoSitePrefixes, ensureDemoUsers } from '../../storage/demo-users.js';
import { eventHash } from '../../storage/event-hash.js';
import { migrate } from '../../storage/migrate.js';
import { createSiteRegistry, publishBundle } from '../../storage/site-versions.js';
import { createCaseStore } from '../../storage/store/create-case-store.js';

const USAGE = `usage: pathway seed-demo [--site <id>]... [--persons N] [--seed S] [--now <ISO instant>]
                         [--bulk [--cases K] [--batch B]] [--workers W] [--append]

Generates synthetic clients and cases: every client registered and a case lived through the SOP
with the case and referral operations (forms, tasks, approvals, reviews, referrals, closures,
re-openings) up to "now".
Uses DATABASE_URL when set, else the PGlite folder DATA_DIR (default .data/pglite).

  --site <id>    a site (repeatable); default every non-template site
  --persons N    clients per site (default 40)
  --seed S       the seed (default 1); the same seed, N and --now give the same data
  --now ISO      the reference instant cases run up to (default today 00:00 UTC)
  --bulk         write the clients with batched multi-row inserts (for up to 1,000,000), and
                 open full cases only for --cases of them (default min(N, 200))
  --batch B      bulk: clients per transaction (default 5000)
  --workers W    caseworkers per case-opening role (default 3: the demo user and W-1 more,
                 "<site>.<role>.<n>", password DEMO_PASSWORD or "pathway-demo")
  --append       add to a site that already has clients (use another --seed)
`;

type Options = {
  sites: string[];
  persons: number;
  seed: string;
  now: Date;
  bulk: boolean;
  cases: number | undefined;
  batch: number;
  workers: number;
  append: boolean;
};

/** `npm run seed:demo -- --site <id> --persons N`: demo data through the runtime's own operations. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const options = parseOptions(args);
  if (typeof options === 'string') {
    process.stderr.write(options === 'help' ? USAGE : `seed-demo: ${options}\n\n${USAGE}`);
    return options === 'help' ? 0 : 2;
  }
  const sites = checkedSites();
  if (sites === undefined) return 1;
  const chosen = options.sites.length > 0 ? options.sites : sites.map((s) => s.siteId);
  const unknown = chosen.filter((id) => !sites.some((s) => s.siteId === id));
  if (unknown.length > 0) {
    process.stderr.write(`seed-demo: no site ${unknown.join(', ')} (templates cannot be seeded)\n`);
    return 2;
  }
  const database = await openFromEnvironment(env);
  try {
    await prepare(database, sites, options, env);
    const store = createCaseStore(database.db);
    const registry = createSiteRegistry(database.db);
    for (const siteId of chosen) {
      const code = await seedSite(database, { store, registry }, siteId, options);
      if (code !== 0) return code;
    }
    return 0;
  } finally {
    await database.close();
  }
}

function parseOptions(args: string[]): Options | string {
  try {
    const { values } = parseArgs({
      args,
      options: {
        site: { type: 'string', multiple: true },
        persons: { type: 'string' },
        seed: { type: 'string' },
        now: { type: 'string' },
        bulk: { type: 'boolean' },
        cases: { type: 'string' },
        batch: { type: 'string' },
        workers: { type: 'string' },
        append: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help === true) return 'help';
    const count = (name: string, value: string | undefined, fallback: number, min = 1) => {
      const n = value === undefined ? fallback : Number(value);
      if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
      return n;
    };
    const now = values.now === undefined ? defaultNow() : new Date(values.now);
    if (Number.isNaN(now.getTime())) throw new Error('--now must be an ISO date or instant');
    return {
      sites: values.site ?? [],
      persons: count('persons', values.persons, 40),
      seed: values.seed ?? '1',
      now,
      bulk: values.bulk === true,
      cases: values.cases === undefined ? undefined : count('cases', values.cases, 0, 0),
      batch: count('batch', values.batch, 5000),
      workers: count('workers', values.workers, 3),
      append: values.append === true,
    };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Every non-template site, checked; `undefined` (problems printed) when any has errors. */
function checkedSites(): (LoadedSite & { bundle: SiteBundle })[] | undefined {
  const loaded = loadSitesFromDisk().filter((s) => !s.template);
  const problems = uniqueProblems(loaded.flatMap((s) => s.problems)).filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    for (const p of problems) process.stderr.write(`${formatProblem(p)}\n`);
    process.stderr.write('seed-demo: the definitions have problems (npm run definitions:check)\n');
    return undefined;
  }
  return loaded.flatMap((s) => (s.bundle === undefined ? [] : [{ ...s, bundle: s.bundle }]));
}

async function openFromEnvironment(env: NodeJS.ProcessEnv): Promise<Database> {
  const databaseUrl = env.DATABASE_URL;
  if (databaseUrl !== undefined && databaseUrl !== '') return openDatabase({ databaseUrl });
  return openDatabase({ dataDir: resolve(env.DATA_DIR ?? '.data/pglite') });
}

/**
 * What `npm start` does before serving (migrate, publish every site, demo users — with the same
 * usernames, as prefixes depend on the whole list of sites), plus the extra caseworkers.
 */
async function prepare(
  database: Database,
  sites: readonly { siteId: string; bundle: SiteBundle }[],
  options: Options,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  await migrate(database);
  const at = new Date(Math.min(Date.now(), options.now.getTime() - 600 * 86_400_000));
  for (const { bundle } of sites)
    await publishBundle(database.db, bundle, { at, note: 'published by seed-demo' });
  const password = env.DEMO_PASSWORD ?? 'pathway-demo';
  let hash: Promise<string> | undefined;
  const passwordHash = () => {
    hash ??= hashPassword(password);
    return hash;
  };
  const demoSites = sites.map((s) => ({ siteId: s.siteId, site: s.bundle.site }));
  await ensureDemoUsers(database.db, demoSites, passwordHash);
  const prefixes = demoSitePrefixes(demoSites);
  for (const { siteId, bundle } of sites) {
    if (options.sites.length > 0 && !options.sites.includes(siteId)) continue;
    await ensureCaseworkers(
      database.db,
      bundle,
      prefixes.get(siteId) ?? siteId,
      options.workers,
      passwordHash,
    );
  }
}

/**
 * Demo caseworkers beyond the one `ensureDemoUsers` makes per role, so cases spread over a team:
 * `<prefix>.<role>.<n>` for n = 2…count, for every role that may open cases, at each partner the
 * role belongs to (its first listed, else the hub). Idempotent like the demo users.
 */
export async function ensureCaseworkers(
  db: Db,
  bundle: SiteBundle,
  prefix: string,
  count: number,
  passwordHash: () => Promise<string>,
): Promise<void> {
  const site = bundle.site;
  const hub = site.partners.find((p) => p.hub === true) ?? site.partners[0];
  for (const role of site.roles.filter((r) => r.permissions?.includes('case.open'))) {
    const partners = role.partners && role.partners.length > 0 ? role.partners : hub ? [hub.id] : [];
    for (const partnerId of partners) {
      const suffix = partners.length > 1 ? `.${partnerId}` : '';
      for (let n = 2; n <= count; n++) {
        const username = `${prefix}.${role.id}${suffix}.${n}`;
        const name = role.name[site.defaultLocale] ?? role.name.en ?? role.id;
        const displayName = `${name} ${n}${partners.length > 1 ? ` (${partnerId})` : ''}`;
        const hash = await passwordHash();
        await db.transaction(async (tx) => {
          const user = await createUserIfAbsent(tx, {
            username,
            displayName,
            passwordHash: hash,
            locale: site.defaultLocale,
          });
          if (user !== undefined)
            await createMembership(tx, { userId: user.id, siteId: site.id, partnerId, roleId: role.id });
        });
      }
    }
  }
}

type Deps = { store: CaseStore; registry: SiteRegistry };

async function seedSite(database: Database, deps: Deps, siteId: string, options: Options): Promise<number> {
  const existing = await deps.store.searchPersons(siteId, {}, { limit: 1 });
  if (existing.items.length > 0 && !options.append) {
    process.stderr.write(
      `seed-demo: site ${siteId} already has clients (--append adds more; use another --seed)\n`,
    );
    return 1;
  }
  const seed = options.seed;
  const base = { siteId, seed, now: options.now };
  if (!options.bulk) {
    const meter = progressMeter(process.stderr, `${siteId} cases`, options.persons, 'cases');
    const report = await seedDemo(deps, {
      ...base,
      persons: options.persons,
      onProgress: (d) => meter.update(d),
    });
    meter.finish(options.persons);
    printReport(report, database.kind);
    return 0;
  }
  const registered = await bulkSite(database, deps, siteId, options);
  const meter = progressMeter(process.stderr, `${siteId} cases`, registered.length, 'cases');
  const report = await seedDemo(deps, {
    ...base,
    persons: 0,
    registered,
    onProgress: (d) => meter.update(d),
  });
  meter.finish(registered.length);
  printReport(report, database.kind);
  return 0;
}

/** Bulk mode: all clients by batched inserts, then the sample that gets full cases. */
async function bulkSite(
  database: Database,
  deps: Deps,
  siteId: string,
  options: Options,
): Promise<RegisteredPerson[]> {
  const version = await deps.registry.active(siteId);
  if (version === undefined) throw new Error(`site ${siteId} is not published`);
  const staff = await loadStaff(deps.store, version.bundle);
  const registrar = staff.find((m) => m.actor.permissions.has('person.register'));
  if (registrar === undefined) throw new Error(`site ${siteId} has nobody who may register clients`);
  const bulk: BulkPersonsOptions = {
    bundle: version.bundle,
    versionId: version.versionId,
    count: options.persons,
    seed: options.seed,
    now: options.now,
    registrar: { userId: registrar.userId, partnerId: registrar.partnerId },
    hashEvent: eventHash,
    batchSize: options.batch,
  };
  const meter = progressMeter(process.stderr, `${siteId} clients`, options.persons);
  const started = performance.now();
  await writePersonsBulk(drizzleBulkSink(database.db), { ...bulk, onProgress: (d) => meter.update(d) });
  meter.finish(options.persons);
  const seconds = (performance.now() - started) / 1000;
  const rate = Math.round(options.persons / seconds);
  process.stdout.write(
    `${siteId}: ${options.persons} clients in ${seconds.toFixed(1)} s (${rate}/s, ${database.kind})\n`,
  );
  const sample = Math.min(options.persons, options.cases ?? 200);
  const step = sample === 0 ? 1 : options.persons / sample;
  return Array.from({ length: sample }, (_, i) => {
    const { person } = bulkPerson(bulk, Math.floor(i * step));
    return { id: person.id, data: person.data, registeredAt: person.createdAt };
  });
}

/**
 * The bulk writer's storage side: one transaction per batch; each table gets one statement per
 * 1000 clients that inserts a JSON array of rows (`json_populate_recordset`) — a single parameter,
 * parsed by the database, several times faster than binding every value, on PGlite and PostgreSQL.
 * The events are already hash-chained (each is its stream's first), so `verify-events` holds.
 */
export function drizzleBulkSink(db: Db): BulkSink {
  return {
    write: (batch) =>
      db.transaction(async (tx) => {
        for (let i = 0; i < batch.length; i += 1000) {
          const chunk = batch.slice(i, i + 1000);
          await insertRows(
            tx,
            'persons',
            chunk.map(({ person }) => personRow(person)),
          );
          const ids = chunk.flatMap(({ person: p }) =>
            p.identifiers.map((id) => ({
              site_id: p.siteId,
              person_id: p.id,
              type: id.type,
              value: id.value,
            })),
          );
          if (ids.length > 0) await insertRows(tx, 'person_identifiers', ids);
          await insertRows(
            tx,
            'events',
            chunk.map(({ event }) => eventRow(event)),
          );
        }
      }),
  };
}

async function insertRows(db: Db, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  const columns = Object.keys(rows[0] ?? {}).join(', ');
  await db.execute(
    sql`insert into ${sql.raw(table)} (${sql.raw(columns)}) select ${sql.raw(columns)} from json_populate_recordset(null::${sql.raw(table)}, ${JSON.stringify(rows)}::json)`,
  );
}

function personRow(p: BulkPersonRows['person']): Record<string, unknown> {
  return {
    id: p.id,
    site_id: p.siteId,
    data: p.data,
    display_name: p.displayName,
    name_key: normalizeName(p.displayName),
    birth_date: p.birthDate,
    sex: p.sex,
    language: p.language,
    created_at: p.createdAt.toISOString(),
    created_by: p.createdBy,
    updated_at: p.updatedAt.toISOString(),
    version: p.version,
  };
}

function eventRow(e: BulkPersonRows['event']): Record<string, unknown> {
  return {
    id: e.id,
    site_id: e.siteId,
    stream_type: e.streamType,
    stream_id: e.streamId,
    seq: e.seq,
    type: e.type,
    actor_user_id: e.actorUserId,
    actor_partner: e.actorPartner,
    at: e.at.toISOString(),
    payload: e.payload,
    visibility: e.visibility,
    prev_hash: e.prevHash,
    hash: e.hash,
  };
}

/**
 * For benchmarks: writes `count` generated clients of a published site with the bulk writer.
 * `registrar` is a user id and agency the events name (any member who may register clients).
 */
export async function writeBulkPersons(
  db: Db,
  options: Omit<BulkPersonsOptions, 'hashEvent'>,
): Promise<number> {
  return writePersonsBulk(drizzleBulkSink(db), { ...options, hashEvent: eventHash });
}

function printReport(report: SeedDemoReport, engine: string): void {
  process.stdout.write(formatSeedReport(report, engine));
}
