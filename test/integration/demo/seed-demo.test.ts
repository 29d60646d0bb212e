import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedDemoReport, seedDemo } from '../../../platform/cases/demo/seed-demo.js';
import { sopOutline } from '../../../platform/cases/demo/sop-outline.js';
import { queryRows } from '../../../platform/storage/database.js';
import { verifyEvents } from '../../../platform/storage/verify-events.js';
import type { Platform } from '../../support/platform-harness.js';
import { invalidSubmissions, NOW, SITES, startDemoPlatform } from './demo-support.js';

/*
 * A modest run per example site through the case and referral operations: the cases cover the
 * SOP's stages, statuses and closure reasons, every stored submission is valid, the histories'
 * hash chains hold, and work is overdue at "now".
 */
const PERSONS = 40;
let platform: Platform;
const reports = new Map<string, SeedDemoReport>();

beforeAll(async () => {
  platform = await startDemoPlatform();
});
afterAll(() => platform?.close());

const REFERRAL_STATUSES = [
  'draft',
  'requested',
  'received',
  'accepted',
  'rejected',
  'in_progress',
  'on_hold',
  'completed',
  'cancelled',
  'failed',
];

describe.each(SITES)('%s', (siteId) => {
  beforeAll(async () => {
    const deps = { store: platform.deps.store, registry: platform.deps.registry };
    reports.set(siteId, await seedDemo(deps, { siteId, persons: PERSONS, seed: 1, now: NOW }));
  }, 180_000);

  const report = () => reports.get(siteId) as SeedDemoReport;
  const bundle = () => platform.bundles.get(siteId) as NonNullable<ReturnType<Platform['bundles']['get']>>;

  it('registers every client and opens a case for each', () => {
    expect([report().persons, report().cases]).toEqual([PERSONS, PERSONS]);
  });

  it('has cases in every stage of the SOP (but those only a partner agency could lead to)', async () => {
    const outline = sopOutline(bundle(), 'case-management');
    const rows = await queryRows<{ stage: string }>(
      platform.db.db,
      sql`select distinct stage from cases where site_id = ${siteId}`,
    );
    const missing = outline.stages.filter((s) => !rows.some((r) => r.stage === s));
    if (siteId === 'rs-youth-nes-csw') {
      // Leaving joint planning needs the employment service's assessment on the case: no case
      // form the social-work centre may write, no referral answer that fills it (see the report).
      expect(missing).toEqual(['implementation']);
      expect(Object.keys(report().problems)).toContain('no_writer:nes-employability-assessment');
    } else expect(missing).toEqual([]);
  });

  it('has open, closed and (where the SOP allows it) passive and re-opened cases', () => {
    const { byStatus, reopened } = report();
    expect(byStatus.open).toBeGreaterThan(0);
    expect(byStatus.closed).toBeGreaterThan(0);
    if (siteId !== 'rs-youth-nes-csw') {
      expect(byStatus.passive).toBeGreaterThan(0);
      expect(reopened).toBeGreaterThan(0);
    }
  });

  it('closes cases with the SOP’s closure reasons, several of them', () => {
    const outline = sopOutline(bundle(), 'case-management');
    const reasons = Object.keys(report().closureReasons);
    expect(reasons.length).toBeGreaterThanOrEqual(6);
    for (const reason of reasons) expect(outline.reasons).toContain(reason);
  });

  it('leaves overdue tasks at "now", of cases and of referrals', async () => {
    const [row] = await queryRows<{ cases: number; referrals: number }>(
      platform.db.db,
      sql`select count(*) filter (where kind not like 'referral%')::int as cases,
                 count(*) filter (where kind like 'referral%')::int as referrals
            from tasks where site_id = ${siteId} and status = 'open' and overdue`,
    );
    expect(row?.cases).toBeGreaterThan(0);
    expect(report().overdueTasks).toBe(row?.cases);
    expect((row?.referrals ?? 0) > 0).toBe(report().overdueReferralTasks > 0);
  });

  it('stores only submissions and registrations their forms accept', async () => {
    expect(await invalidSubmissions(platform.db.db, bundle())).toEqual([]);
  });

  it('writes every history in time order, within the window, and refers clients', async () => {
    const [row] = await queryRows<{ late: number; disorder: number; first: string }>(
      platform.db.db,
      sql`select count(*) filter (where e.at > ${NOW.toISOString()}::timestamptz)::int as late,
                 count(*) filter (where e.at < p.at)::int as disorder,
                 min(e.at)::text as first
            from events e join events p on p.stream_id = e.stream_id and p.seq = e.seq - 1
           where e.site_id = ${siteId}`,
    );
    expect([row?.late, row?.disorder]).toEqual([0, 0]);
    expect(Object.values(report().referrals).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });
});

describe('the three sites together', () => {
  it('keep every hash chain intact', async () => {
    const result = await verifyEvents(platform.db.db);
    expect(result.brokenTotal).toBe(0);
    expect(result.streams).toBeGreaterThan(SITES.length * PERSONS);
  });

  it('have referrals in every status', () => {
    const seen = new Set([...reports.values()].flatMap((r) => Object.keys(r.referrals)));
    expect([...seen].sort()).toEqual([...REFERRAL_STATUSES].sort());
  });
});
