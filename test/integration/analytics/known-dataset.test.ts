/**
 * Indicators and match counts on the known dataset of `kpi-fixture.ts`, against values computed by
 * hand: every measure type, group-by, targets, periods across the site's midnight, the agency
 * filter, and the in-process fallback (an operator SQL lacks, a record SQL cannot decide), which
 * must give the SQL path's results on the same data. PGlite, or PostgreSQL with DATABASE_URL.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorQuery, IndicatorResult } from '../../../platform/cases/analytics/analytics-types.js';
import { bundleIndex } from '../../../platform/cases/analytics/bundle-index.js';
import { caseFacts } from '../../../platform/definitions/facts/case-facts.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { computeIndicator } from '../../../platform/storage/analytics/compute-indicator.js';
import { matchCount } from '../../../platform/storage/analytics/match-count.js';
import { queryRows } from '../../../platform/storage/database.js';
import type { Platform } from '../../support/platform-harness.js';
import { startPlatform } from '../../support/platform-harness.js';
import { leafPaths, personMatchesInProcess, readPath, runtimeCaseFacts, sqlCaseFacts } from './kpi-checks.js';
import { API, buildDataset, kpiResolver, ok, SITE, TEST_INDICATORS } from './kpi-fixture.js';

let platform: Platform;
let bundle: SiteBundle;
let cases: Record<string, string>;

beforeAll(async () => {
  platform = await startPlatform([SITE], kpiResolver, '2025-03-01T09:00:00Z');
  ({ cases } = await buildDataset(platform));
  bundle = platform.bundles.get(SITE) as SiteBundle;
});
afterAll(() => platform?.close());

const MARCH = '2025-03-01';
const APRIL = '2025-04-01';

function compute(id: string, query: Partial<IndicatorQuery> = {}): Promise<IndicatorResult> {
  return computeIndicator(platform.db.db, bundle, id, {
    from: MARCH,
    to: '2025-04-30',
    period: 'month',
    today: '2025-04-30',
    ...query,
  });
}

/** The value of a cell (`period` null: the whole range; `group` absent: all groups). */
function value(result: IndicatorResult, period: string | null, group: Record<string, unknown> | null = null) {
  const cell = result.cells.find(
    (c) => c.period === period && JSON.stringify(c.group) === JSON.stringify(group),
  );
  return cell === undefined ? undefined : { value: cell.value, count: cell.count, meets: cell.meetsTarget };
}

describe('hand-computed values', () => {
  it('count per month and per severity; the target is judged on each month’s total', async () => {
    const r = await compute('k-opened', { groupBy: ['forms.screening.severity'] });
    expect(r.engine).toBe('sql');
    expect(r.periods.map((p) => p.label)).toEqual(['2025-03', '2025-04']);
    expect(value(r, MARCH)).toEqual({ value: 2, count: 2, meets: true });
    expect(value(r, APRIL)).toEqual({ value: 2, count: 2, meets: true });
    expect(value(r, null)).toEqual({ value: 4, count: 4, meets: undefined });
    expect(value(r, MARCH, { 'forms.screening.severity': 'high' })?.value).toBe(1);
    expect(value(r, MARCH, { 'forms.screening.severity': 'low' })?.value).toBe(1);
    expect(value(r, APRIL, { 'forms.screening.severity': null })?.value).toBe(1);
    expect(value(r, null, { 'forms.screening.severity': 'high' })).toEqual({
      value: 2,
      count: 2,
      meets: undefined,
    });
  });

  it('ratio as a percent per quarter and sex, with the target judged per quarter and group', async () => {
    const r = await compute('k-high-share', {
      period: 'quarter',
      groupBy: ['person.sex'],
      from: '2025-01-01',
    });
    expect(r.periods.map((p) => p.label)).toEqual(['2025-Q1', '2025-Q2']);
    // Q1: Aziza (high), Bobur (low); Q2: Dilnoza (high). Eldor was never screened.
    expect(value(r, '2025-01-01')).toEqual({ value: 50, count: 2, meets: false });
    expect(value(r, APRIL)).toEqual({ value: 100, count: 1, meets: true });
    expect(value(r, null)).toEqual({ value: 66.6667, count: 3, meets: undefined });
    expect(value(r, '2025-01-01', { 'person.sex': 'm' })).toEqual({ value: 0, count: 1, meets: false });
    expect(r.cells.find((c) => c.period === null && c.group === null)?.numerator).toBe(2);
  });

  it('sum and average of a number (case weights: 2 when severity is high, else 1)', async () => {
    const sum = await compute('k-weight-sum');
    expect([value(sum, MARCH)?.value, value(sum, APRIL)?.value, value(sum, null)?.value]).toEqual([3, 3, 6]);
    const avg = await compute('k-weight-average', { groupBy: ['forms.screening.severity'] });
    expect(value(avg, null)?.value).toBe(1.5);
    expect(value(avg, null, { 'forms.screening.severity': 'high' })?.value).toBe(2);
    expect(avg.cells.find((c) => c.period === null && c.group === null)?.measured).toBe(4);
  });

  it('median and mean durations in days between two date facts', async () => {
    // Days from opening to screening: Aziza 2, Bobur 3 (March); Dilnoza 0 (April).
    const median = await compute('k-days-to-screen');
    expect(value(median, MARCH)).toEqual({ value: 2.5, count: 2, meets: false });
    expect(value(median, APRIL)).toEqual({ value: 0, count: 1, meets: true });
    expect(value(median, null)?.value).toBe(2);
    const mean = await compute('k-days-to-screen-mean');
    expect([value(mean, MARCH)?.value, value(mean, null)?.value]).toEqual([2.5, 1.6667]);
  });

  it('persons, tasks, submissions and referrals', async () => {
    const persons = await compute('k-persons', { groupBy: ['person.sex'] });
    expect([value(persons, MARCH)?.value, value(persons, APRIL)?.value]).toEqual([2, 3]);
    expect(value(persons, null, { 'person.sex': 'f' })?.value).toBe(3);
    // Screening tasks by due day: Aziza's in March, the others in April; Eldor's is still open.
    const tasks = await compute('k-screen-on-time', { groupBy: ['task.status'] });
    expect(value(tasks, MARCH)?.value).toBe(100);
    expect(value(tasks, APRIL)).toEqual({ value: 66.6667, count: 3, meets: undefined });
    expect(value(tasks, null, { 'task.status': 'open' })?.count).toBe(1);
    const screenings = await compute('k-screenings', { groupBy: ['data.severity'] });
    expect([value(screenings, MARCH)?.value, value(screenings, APRIL)?.value]).toEqual([1, 2]);
    const referrals = await compute('k-referrals', { groupBy: ['referral.status', 'referral.toPartner'] });
    expect(
      value(referrals, APRIL, { 'referral.status': 'draft', 'referral.toPartner': 'employment' })?.value,
    ).toBe(1);
    expect(value(referrals, MARCH)?.value).toBe(0);
  });

  it('lists every bucket of the range; a month without records has a zero total and no groups', async () => {
    const r = await compute('k-opened', { from: '2025-01-01', groupBy: ['case.status'] });
    expect(r.periods.map((p) => [p.start, p.end])).toEqual([
      ['2025-01-01', '2025-01-31'],
      ['2025-02-01', '2025-02-28'],
      ['2025-03-01', '2025-03-31'],
      ['2025-04-01', '2025-04-30'],
    ]);
    expect(value(r, '2025-01-01')).toEqual({ value: 0, count: 0, meets: false });
    expect(r.cells.filter((c) => c.period === '2025-02-01')).toHaveLength(1);
  });

  it('only counts records of the asked agency', async () => {
    expect(value(await compute('k-opened', { agency: 'hub' }), null)?.value).toBe(4);
    expect(value(await compute('k-opened', { agency: 'employment' }), null)?.value).toBe(0);
    expect(value(await compute('k-referrals', { agency: 'employment' }), null)?.value).toBe(1);
  });
});

describe('periods in the site’s time zone (UTC+5)', () => {
  it('places a case opened at 20:30 UTC on 31 March in April, one opened at 18:00 UTC in March', async () => {
    const [row] = await queryRows<{ n: number }>(
      platform.db.db,
      sql`select count(*)::int as n from cases where opened_at < '2025-04-01T00:00:00Z'`,
    );
    expect(row?.n).toBe(3);
    for (const engine of ['auto', 'in-process'] as const) {
      const r = await compute('k-opened', { engine });
      expect([value(r, MARCH)?.value, value(r, APRIL)?.value]).toEqual([2, 2]);
      const quarters = await compute('k-opened', { engine, period: 'quarter', from: '2025-01-01' });
      expect([value(quarters, '2025-01-01')?.value, value(quarters, APRIL)?.value]).toEqual([2, 2]);
    }
  });

  it('bounds the range by local days: from 1 April leaves out the case opened at 23:00 on 31 March', async () => {
    const r = await compute('k-opened', { from: APRIL, period: 'week' });
    expect(value(r, null)?.value).toBe(2);
    expect(r.periods[0]).toEqual({
      key: '2025-03-31',
      label: '2025-W14',
      start: '2025-03-31',
      end: '2025-04-06',
    });
  });
});

describe('in-process fallback', () => {
  it('evaluates an operator SQL lacks in process, says so, and gets the hand-computed value', async () => {
    // Working days to screening: Aziza 2, Bobur 3 (not < 3), Dilnoza 0.
    const r = await compute('k-screened-within-3-working-days');
    expect(r.engine).toBe('in-process');
    expect(r.fallback).toEqual({ reason: 'unsupported', unsupported: ['working_days_between'] });
    expect([value(r, MARCH)?.value, value(r, APRIL)?.value, value(r, null)?.value]).toEqual([
      50, 100, 66.6667,
    ]);
  });

  it('evaluates a value expression SQL does not read in process', async () => {
    const r = await compute('k-weight-plus-one');
    expect(r.fallback).toEqual({ reason: 'unsupported', unsupported: ['value +'] });
    expect(value(r, null)?.value).toBe(10);
  });

  it('gives the same cells in SQL and in process for every indicator, dimension and period', async () => {
    for (const [id, definition] of Object.entries(TEST_INDICATORS)) {
      const paths = ((definition.groupBy ?? []) as { path: string }[]).map((d) => d.path);
      for (const groupBy of [[], ...paths.map((p) => [p]), paths.slice(0, 2)])
        for (const period of ['week', 'quarter'] as const) {
          const query = { groupBy, period, from: '2025-01-01' };
          const inSql = await compute(id, query);
          const inProcess = await compute(id, { ...query, engine: 'in-process' });
          expect(inProcess.fallback).toEqual({ reason: 'requested' });
          expect(inSql.cells, `${id} by ${groupBy.join(', ')} per ${period}`).toEqual(inProcess.cells);
        }
    }
  });
});

describe('the facts SQL reads', () => {
  it('are the case facts the runtime builds, referrals included', async () => {
    const paths = leafPaths(caseFacts(bundleIndex(bundle)));
    const inSql = await sqlCaseFacts(platform, bundle, paths, '2025-04-30');
    for (const [caseId, facts] of inSql) {
      const runtime = await runtimeCaseFacts(platform, bundle, caseId, '2025-04-30T10:00:00Z');
      for (const path of paths) expect(facts[path], `${caseId} ${path}`).toEqual(readPath(runtime, path));
    }
    const referred = [...inSql.values()].filter((f) => f['referrals.to-employment.status'] === 'draft');
    expect(referred.map((f) => f['referrals.to-employment.count'])).toEqual([0]);
  });
});

describe('match count', () => {
  const born = { '<': [{ var: 'person.birthDate' }, '1995-01-01'] };

  it('counts registered persons in SQL as in-process evaluation over all persons does', async () => {
    const women = { and: [born, { '===': [{ var: 'person.sex' }, 'f'] }] };
    const counted = await matchCount(
      platform.db.db,
      bundle,
      { logic: women },
      { subject: 'person', today: '2025-04-30' },
    );
    expect(counted).toMatchObject({ matched: 3, total: 5, engine: 'sql', failed: 0 });
    expect(counted.matched).toBe(await personMatchesInProcess(platform, bundle, women, '2025-04-30'));
  });

  it('counts cases not closed with a named rule of the site', async () => {
    const counted = await matchCount(
      platform.db.db,
      bundle,
      { ruleId: 'eligible' },
      { subject: 'case', today: '2025-04-30' },
    );
    // Aziza and Dilnoza have a disability group and are adults.
    expect(counted).toMatchObject({ matched: 2, total: 4, engine: 'sql' });
  });

  it('falls back to batches in process for an operator SQL lacks, reporting progress', async () => {
    const logic = { '>': [{ working_days_between: [{ var: 'person.registeredAt' }, { var: 'today' }] }, 15] };
    const progress: number[] = [];
    const counted = await matchCount(
      platform.db.db,
      bundle,
      { logic },
      { subject: 'person', today: '2025-04-30', onProgress: (p) => progress.push(p.evaluated) },
    );
    expect(counted.engine).toBe('in-process');
    expect(counted.fallback).toEqual({ reason: 'unsupported', unsupported: ['working_days_between'] });
    expect(progress.at(-1)).toBe(5);
    expect(counted.matched).toBe(await personMatchesInProcess(platform, bundle, logic, '2025-04-30'));
    expect(counted.matched).toBe(3);
  });
});

describe('records SQL cannot decide', () => {
  it('sends an indicator in process and a match count’s undecided records only, with exact results', async () => {
    // Legacy data beyond what the registration form allows: a character outside the BMP, which
    // JavaScript orders by UTF-16 units and PostgreSQL by code points.
    await queryRows(
      platform.db.db,
      sql`update persons set data = jsonb_set(data, '{nationalId}', to_jsonb(${'1000000\u{1F600}'}::text)) where data->>'firstName' = 'Eldor'`,
    );
    const r = await compute('k-id-below');
    expect(r.fallback).toEqual({ reason: 'undecided', rows: 1 });
    // "10000001" and "10000002" sort before "10000003"; the emoji's surrogate sorts after "3".
    expect(value(r, null)?.value).toBe(2);
    const logic = (TEST_INDICATORS['k-id-below'] as { measure: { population: { where: unknown } } }).measure
      .population.where;
    const counted = await matchCount(
      platform.db.db,
      bundle,
      { logic },
      { subject: 'person', today: '2025-04-30' },
    );
    expect(counted).toMatchObject({
      matched: 2,
      total: 5,
      engine: 'sql+in-process',
      fallback: { reason: 'undecided', rows: 1 },
    });
  });
});

describe('submissions that count', () => {
  it('are the submitted ones: a draft and a superseded version never count, with or without a filter', async () => {
    // k-screenings without its explicit status filter.
    const screenings = bundle.indicators['k-screenings'] as SiteBundle['indicators'][string];
    const { where: _filter, ...population } = screenings.measure.population;
    const loose = { ...screenings, id: 'k-loose', measure: { ...screenings.measure, population } };
    const site = { ...bundle, indicators: { ...bundle.indicators, 'k-loose': loose } };
    const count = async () => {
      const result = await computeIndicator(platform.db.db, site, 'k-loose', {
        from: MARCH,
        to: '2025-04-30',
        period: 'month',
        today: '2025-04-30',
        groupBy: ['data.severity'],
      });
      return [null, { 'data.severity': 'high' }, { 'data.severity': 'low' }].map(
        (g) => value(result, null, g)?.value,
      );
    };
    expect(await count()).toEqual([3, 2, 1]);

    const worker = await platform.signIn('fixture.case_manager');
    // A draft screening for Eldor, and Bobur's screening said again with another severity.
    ok(
      await worker.request('PUT', `${API}/cases/${cases.eldor}/drafts/screening`, {
        data: { screenedOn: '2025-04-16', severity: 'low' },
      }),
    );
    const bobur = ok(await worker.request('GET', `${API}/cases/${cases.bobur}`)) as {
      case: { version: number };
    };
    ok(
      await worker.request('POST', `${API}/cases/${cases.bobur}/forms/screening`, {
        data: { screenedOn: '2025-04-03', severity: 'high', hasDisability: false },
        version: bobur.case.version,
      }),
      201,
    );
    expect(await count()).toEqual([3, 3, undefined]);
  });
});
