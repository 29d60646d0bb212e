/**
 * The example sites of `definitions/sites`, populated by the demo-data generator through the case
 * operations: every indicator computes in SQL without error by each of its dimensions; the SQL
 * path and the in-process path agree; SQL reads exactly the case facts the runtime builds; match
 * counts equal in-process evaluation over all persons and cases. PGlite, or PostgreSQL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleIndex } from '../../../platform/cases/analytics/bundle-index.js';
import { seedDemo } from '../../../platform/cases/demo/seed-demo.js';
import { caseFacts } from '../../../platform/definitions/facts/case-facts.js';
import { BUILT_IN_SITES, folderResolver } from '../../../platform/definitions/read-site-folders.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { dateInZone } from '../../../platform/kernel/dates.js';
import { computeIndicator } from '../../../platform/storage/analytics/compute-indicator.js';
import { matchCount } from '../../../platform/storage/analytics/match-count.js';
import { queryRows } from '../../../platform/storage/database.js';
import { type Platform, startPlatform } from '../../support/platform-harness.js';
import { leafPaths, personMatchesInProcess, readPath, runtimeCaseFacts, sqlCaseFacts } from './kpi-checks.js';

const SITES = ['child-family-cm', 'rs-youth-nes-csw', 'uz-tashkent-icm'];
const NOW = '2025-06-30T09:00:00Z';
const PERSONS = Number(process.env.KPI_TEST_PERSONS ?? 24);

let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform(SITES, folderResolver([BUILT_IN_SITES]), '2024-06-01T09:00:00Z');
  for (const siteId of SITES)
    await seedDemo(platform.deps, { siteId, persons: PERSONS, seed: 7, now: new Date(NOW) });
  platform.clock.set(NOW);
}, 600_000);
afterAll(() => platform?.close());

const bundleOf = (siteId: string) => platform.bundles.get(siteId) as SiteBundle;
const todayOf = (bundle: SiteBundle) => dateInZone(new Date(NOW), bundle.site.timeZone ?? 'UTC');

it('has referrals in the demo data, so referral facts and indicators are compared too', async () => {
  const [row] = await queryRows<{ n: number }>(platform.db.db, sql`select count(*)::int as n from referrals`);
  expect(row?.n).toBeGreaterThan(0);
});

describe.each(SITES)('%s', (siteId) => {
  it('holds demo cases with forms, tasks and closures', async () => {
    const [row] = await queryRows<{ cases: number; tasks: number; submissions: number; closed: number }>(
      platform.db.db,
      sql`select (select count(*)::int from cases where site_id = ${siteId}) as cases,
        (select count(*)::int from tasks where site_id = ${siteId}) as tasks,
        (select count(*)::int from submissions where site_id = ${siteId}) as submissions,
        (select count(*)::int from cases where site_id = ${siteId} and status = 'closed') as closed`,
    );
    expect(row?.cases).toBe(PERSONS);
    expect(row?.tasks).toBeGreaterThan(PERSONS);
    expect(row?.submissions).toBeGreaterThan(PERSONS);
    expect(row?.closed).toBeGreaterThan(0);
  });

  it('computes every indicator in SQL without error, whole and by each of its dimensions', async () => {
    const bundle = bundleOf(siteId);
    for (const indicator of Object.values(bundle.indicators)) {
      const dimensions = (indicator.groupBy ?? []).map((d) => [d.path]);
      for (const groupBy of [[], ...dimensions]) {
        const r = await computeIndicator(platform.db.db, bundle, indicator.id, {
          from: '2024-01-01',
          to: '2025-06-30',
          period: indicator.period ?? 'month',
          groupBy,
          today: todayOf(bundle),
        });
        expect(r.engine, `${indicator.id} ${JSON.stringify(r.fallback)}`).toBe('sql');
        expect(r.cells.some((c) => c.period === null && c.group === null)).toBe(true);
      }
    }
  });

  it('gets the same cells in SQL and in process for every indicator', async () => {
    const bundle = bundleOf(siteId);
    for (const indicator of Object.values(bundle.indicators)) {
      const query = {
        from: '2024-01-01',
        to: '2025-06-30',
        period: indicator.period ?? 'month',
        groupBy: (indicator.groupBy ?? []).slice(0, 2).map((d) => d.path),
        today: todayOf(bundle),
      };
      const inSql = await computeIndicator(platform.db.db, bundle, indicator.id, query);
      const inProcess = await computeIndicator(platform.db.db, bundle, indicator.id, {
        ...query,
        engine: 'in-process',
      });
      expect(inSql.cells, indicator.id).toEqual(inProcess.cells);
    }
  });

  it('reads in SQL exactly the case facts the runtime builds for every case', async () => {
    const bundle = bundleOf(siteId);
    const paths = leafPaths(caseFacts(bundleIndex(bundle)));
    const inSql = await sqlCaseFacts(platform, bundle, paths, todayOf(bundle));
    expect(inSql.size).toBe(PERSONS);
    const [person] = await queryRows<{ id: string; created_at: string }>(
      platform.db.db,
      sql`select c.id::text as id, p.created_at from cases c join persons p on p.id = c.person_id where c.site_id = ${siteId} limit 1`,
    );
    for (const [caseId, facts] of inSql) {
      const runtime = await runtimeCaseFacts(platform, bundle, caseId, NOW);
      for (const path of paths) expect(facts[path], `${caseId} ${path}`).toEqual(readPath(runtime, path));
    }
    // The registration day is the site's local day, like every date fact.
    const zone = bundle.site.timeZone ?? 'UTC';
    expect(inSql.get(person?.id ?? '')?.['person.registeredAt']).toBe(
      dateInZone(new Date(person?.created_at ?? ''), zone),
    );
  });

  it('counts persons and cases matching a rule as in-process evaluation over all of them does', async () => {
    const bundle = bundleOf(siteId);
    const today = todayOf(bundle);
    // One client's own answers: a choice they made and their date of birth.
    const [sample] = await queryRows<{ data: Record<string, unknown> }>(
      platform.db.db,
      sql`select data from persons where site_id = ${siteId} order by id limit 1`,
    );
    const answers = Object.entries(sample?.data ?? {});
    const [field, answer] = answers.find(([, v]) => typeof v === 'string' && !/^\d{4}-/.test(v)) ?? [];
    const [born] = answers.find(([, v]) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) ?? [];
    const logic = {
      or: [
        { '===': [{ var: `person.${field}` }, answer] },
        { '<': [{ var: `person.${born}` }, '1990-01-01'] },
      ],
    };
    const counted = await matchCount(platform.db.db, bundle, { logic }, { subject: 'person', today });
    expect(counted, JSON.stringify(counted.fallback)).toMatchObject({ engine: 'sql', total: PERSONS });
    expect(counted.matched).toBe(await personMatchesInProcess(platform, bundle, logic, today));
    expect(counted.matched).toBeGreaterThan(0);
    for (const rule of Object.values(bundle.rules).filter((r) => r.subject === 'case')) {
      const inSql = await matchCount(platform.db.db, bundle, { ruleId: rule.id }, { subject: 'case', today });
      const inProcess = await matchCount(
        platform.db.db,
        bundle,
        { ruleId: rule.id },
        { subject: 'case', today, engine: 'in-process' },
      );
      expect(inSql.matched, rule.id).toBe(inProcess.matched);
      expect(inSql.total).toBe(inProcess.total);
    }
  });
});
