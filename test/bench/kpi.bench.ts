/**
 * Every indicator of an example site over a large database on PostgreSQL: computed in SQL (one
 * query per indicator) against the in-process baseline (every record fetched in pages, its facts
 * built as the runtime builds them, the expressions evaluated in Node) — the path the fallback
 * takes. The data: a sample of demo clients lived through the case operations, then copied in SQL
 * (new ids, same content) up to the target size. Runs in a database of its own, dropped afterwards
 * (`KPI_BENCH_KEEP=1`: only populate it and keep it, to look at query plans). Sizes:
 * `KPI_BENCH_SAMPLE` (200), `KPI_BENCH_CASES` (100,000), `KPI_BENCH_SITE` (uz-tashkent-icm).
 */
import postgres from 'postgres';
import type { IndicatorResult } from '../../platform/cases/analytics/analytics-types.js';
import { seedDemo } from '../../platform/cases/demo/seed-demo.js';
import { checkSite } from '../../platform/definitions/check-site.js';
import { folderResolver, siteRoots } from '../../platform/definitions/read-site-folders.js';
import type { SiteBundle } from '../../platform/definitions/site-bundle.js';
import { hashPassword, TEST_SCRYPT_PARAMS } from '../../platform/http/auth/password-hash.js';
import {
  computeAllIndicators,
  computeIndicator,
} from '../../platform/storage/analytics/compute-indicator.js';
import { type Database, openDatabase } from '../../platform/storage/database.js';
import { ensureDemoUsers } from '../../platform/storage/demo-users.js';
import { migrate } from '../../platform/storage/migrate.js';
import { createSiteRegistry, publishBundle } from '../../platform/storage/site-versions.js';
import { createCaseStore } from '../../platform/storage/store/create-case-store.js';

export const title = 'KPIs: all indicators of a site in SQL vs in process';

const URL_ = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SITE = process.env.KPI_BENCH_SITE ?? 'uz-tashkent-icm';
const SAMPLE = Number(process.env.KPI_BENCH_SAMPLE ?? 200);
const SKIP_MEASURE = !!process.env.KPI_BENCH_KEEP;
const CASES = Number(process.env.KPI_BENCH_CASES ?? 100_000);
const NOW = '2025-06-30T09:00:00Z';
const TODAY = '2025-06-30';

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(0)} s`);

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

const id = (column: string) => `md5(${column}::text || ':' || g)::uuid`;

/** Each table's copy under new ids (`g`: the copy number), in foreign-key order. */
const COPIES: readonly [string, string, string][] = [
  [
    'persons',
    'id, site_id, data, display_name, name_key, birth_date, sex, language, created_at, created_by, updated_at, version',
    `${id('p.id')}, p.site_id, p.data, p.display_name, p.name_key, p.birth_date, p.sex, p.language, p.created_at, p.created_by, p.updated_at, p.version FROM persons p`,
  ],
  [
    'cases',
    'id, site_id, person_id, sop_id, definition_version_id, stage, stage_entered_at, status, owner_user_id, agency, priority, weight, facts, workflow, closure_reason, opened_at, closed_at, reopened_count, next_wake_at, version, updated_at',
    `${id('c.id')}, c.site_id, ${id('c.person_id')}, c.sop_id, c.definition_version_id, c.stage, c.stage_entered_at, c.status, c.owner_user_id, c.agency, c.priority, c.weight, c.facts, c.workflow, c.closure_reason, c.opened_at, c.closed_at, c.reopened_count, NULL, c.version, c.updated_at FROM cases c`,
  ],
  [
    'tasks',
    'id, site_id, case_id, instance_key, definition_id, kind, role_id, agency, assignee_user_id, due_at, status, overdue, created_at, completed_at',
    `${id('t.id')}, t.site_id, ${id('t.case_id')}, t.instance_key, t.definition_id, t.kind, t.role_id, t.agency, t.assignee_user_id, t.due_at, t.status, t.overdue, t.created_at, t.completed_at FROM tasks t`,
  ],
  [
    'submissions',
    'id, site_id, case_id, person_id, referral_id, form_id, definition_version_id, data, status, created_by, created_at, updated_at, submitted_at, version',
    `${id('s.id')}, s.site_id, ${id('s.case_id')}, ${id('s.person_id')}, ${id('s.referral_id')}, s.form_id, s.definition_version_id, s.data, s.status, s.created_by, s.created_at, s.updated_at, s.submitted_at, s.version FROM submissions s`,
  ],
  [
    'referrals',
    'id, site_id, case_id, person_id, protocol_id, sender_partner, receiver_partner, receiver_service, status, state, next_wake_at, created_at, updated_at, version',
    `${id('r.id')}, r.site_id, ${id('r.case_id')}, ${id('r.person_id')}, r.protocol_id, r.sender_partner, r.receiver_partner, r.receiver_service, r.status, r.state, NULL, r.created_at, r.updated_at, r.version FROM referrals r`,
  ],
];

/** Copies the sample's persons, cases, tasks, submissions and referrals `copies` times under new ids. */
async function multiply(database: Database, copies: number, log: (line: string) => void): Promise<void> {
  if (database.kind !== 'postgres') throw new Error('PostgreSQL only');
  const sql = database.client;
  for (const [table, columns, select] of COPIES) {
    const copied = await timed(() =>
      sql.unsafe(
        `INSERT INTO ${table} (${columns}) SELECT ${select} CROSS JOIN generate_series(1, ${copies}) AS g`,
      ),
    );
    // The next table's foreign-key checks are planned on these statistics (stale ones: a scan per row).
    await sql.unsafe(`VACUUM ANALYZE ${table}`);
    log(`  ${table}: ${seconds(copied.ms)}`);
  }
  await sql.unsafe('CHECKPOINT');
}

async function populate(database: Database, bundle: SiteBundle, log: (line: string) => void): Promise<void> {
  await publishBundle(database.db, bundle, { at: new Date('2024-01-01T00:00:00Z') });
  const hash = await hashPassword('bench', TEST_SCRYPT_PARAMS);
  await ensureDemoUsers(database.db, [{ siteId: SITE, site: bundle.site }], async () => hash);
  const deps = { store: createCaseStore(database.db), registry: createSiteRegistry(database.db) };
  log(`living ${SAMPLE} demo cases through the case operations…`);
  const seeded = await timed(() =>
    seedDemo(deps, { siteId: SITE, persons: SAMPLE, seed: 11, now: new Date(NOW) }),
  );
  log(`  ${seconds(seeded.ms)}; copying up to ${CASES.toLocaleString('en')} cases…`);
  const copied = await timed(() => multiply(database, Math.max(0, Math.ceil(CASES / SAMPLE) - 1), log));
  log(`  ${seconds(copied.ms)}`);
}

type Row = { id: string; entity: string; sql: number; inProcess: number; same: boolean; fallback: string };

const queryOf = (bundle: SiteBundle, id: string, engine: 'auto' | 'in-process') => {
  const indicator = bundle.indicators[id];
  return {
    from: '2024-01-01',
    to: TODAY,
    period: indicator?.period ?? 'month',
    groupBy: (indicator?.groupBy ?? []).slice(0, 1).map((d) => d.path),
    today: TODAY,
    engine,
  };
};

async function measure(database: Database, bundle: SiteBundle, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const run = (id: string, engine: 'auto' | 'in-process') =>
    timed(() => computeIndicator(database.db, bundle, id, queryOf(bundle, id, engine)));
  for (const id of Object.keys(bundle.indicators)) await run(id, 'auto'); // warm-up, untimed
  for (const id of Object.keys(bundle.indicators)) {
    const runs = [await run(id, 'auto'), await run(id, 'auto'), await run(id, 'auto')];
    const inSql = runs.sort((a, b) => a.ms - b.ms)[1] as { ms: number; value: IndicatorResult };
    const inProcess = await run(id, 'in-process');
    const same = JSON.stringify(inSql.value.cells) === JSON.stringify(inProcess.value.cells);
    const fallback = inSql.value.fallback ? JSON.stringify(inSql.value.fallback) : '';
    log(
      `${id}: SQL ${seconds(inSql.ms)}, in process ${seconds(inProcess.ms)}${same ? '' : ' — RESULTS DIFFER'}`,
    );
    rows.push({ id, entity: inSql.value.entity, sql: inSql.ms, inProcess: inProcess.ms, same, fallback });
  }
  return rows;
}

async function counts(database: Database): Promise<Record<string, number>> {
  if (database.kind !== 'postgres') return {};
  const [row] = await database.client.unsafe(
    `SELECT (SELECT count(*) FROM persons)::int AS persons, (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM tasks)::int AS tasks, (SELECT count(*) FROM submissions)::int AS submissions, (SELECT count(*) FROM referrals)::int AS referrals`,
  );
  return row as Record<string, number>;
}

function report(rows: readonly Row[], size: Record<string, number>, dashboard: number): string {
  const total = (pick: (r: Row) => number) => rows.reduce((sum, r) => sum + pick(r), 0);
  const n = (key: string) => (size[key] ?? 0).toLocaleString('en');
  const sqlTotal = total((r) => r.sql);
  const nodeTotal = total((r) => r.inProcess);
  return [
    `Site \`${SITE}\` (${rows.length} indicators), ${n('persons')} persons, ${n('cases')} cases, ${n('tasks')} tasks, ${n('submissions')} submissions, ${n('referrals')} referrals: ${SAMPLE} demo clients lived through the case operations (forms, tasks, approvals, reviews, referrals, closures), copied in SQL under new ids. Each indicator over 2024-01-01 – ${TODAY} per its own period, broken down by its first dimension, as the dashboard asks. Local PostgreSQL 15, default settings, 2-core machine shared with other work. SQL: median of 3 after a warm-up; in process: one run (pages of 1,000 records, facts built by the runtime's \`caseFactsOf\`, expressions by the compiled evaluator).`,
    '',
    '| indicator | entity | SQL | in process | ratio | same cells |',
    '|---|---|---:|---:|---:|:---:|',
    ...rows.map(
      (r) =>
        `| ${r.id}${r.fallback ? ` (${r.fallback})` : ''} | ${r.entity} | ${seconds(r.sql)} | ${seconds(r.inProcess)} | ${(r.inProcess / r.sql).toFixed(1)}× | ${r.same ? 'yes' : '**no**'} |`,
    ),
    `| **all indicators** | | **${seconds(sqlTotal)}** | **${seconds(nodeTotal)}** | **${(nodeTotal / sqlTotal).toFixed(1)}×** | ${rows.every((r) => r.same) ? 'yes' : '**no**'} |`,
    '',
    `The whole dashboard in one call (\`computeAllIndicators\`, three queries at a time): ${seconds(dashboard)}. Each query runs with \`jit = off\` (\`SET LOCAL\`): with the server's default JIT the dashboard took 19 s against 14 s on an earlier version of these queries.`,
  ].join('\n');
}

export async function run(log: (line: string) => void): Promise<string> {
  const admin = postgres(URL_, { onnotice: () => undefined, max: 1, connect_timeout: 5 });
  try {
    await admin`select 1`;
  } catch (error) {
    await admin.end({ timeout: 1 });
    return `PostgreSQL was not reachable at the configured DATABASE_URL (${(error as Error).message}); the KPI benchmark did not run.`;
  }
  const name = `pathway_kpi_bench_${process.pid}`;
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(URL_);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.href, maxConnections: 4 });
  try {
    await migrate(database);
    const bundle = checkSite(SITE, folderResolver(siteRoots())).bundle;
    if (bundle === undefined) throw new Error(`site ${SITE} does not check`);
    await populate(database, bundle, log);
    if (SKIP_MEASURE) return `kept ${name}`;
    const rows = await measure(database, bundle, log);
    const dashboard = await timed(() =>
      computeAllIndicators(database.db, bundle, (i) => queryOf(bundle, i.id, 'auto')),
    );
    log(`dashboard: ${seconds(dashboard.ms)}`);
    return report(rows, await counts(database), dashboard.ms);
  } finally {
    await database.close();
    if (!process.env.KPI_BENCH_KEEP) await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end({ timeout: 5 });
  }
}
