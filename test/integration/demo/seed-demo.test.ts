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
    expect(missing).toEqual([]);
  });

  it.runIf(siteId === 'rs-youth-nes-csw')(
    'takes CSW cases past joint planning with the NES counsellor on the team, under the client’s consent',
    async () => {
      // Leaving joint planning needs the employment service's assessment, which nobody at the
      // social-work centre may write: the counsellor joins the team under the client's consent
      // to CSW–NES exchange (joint casework) and records it.
      expect(report().jointCasework.nes_employment_counsellor).toBeGreaterThan(0);
      expect(Object.keys(report().problems)).not.toContain('no_writer:nes-employability-assessment');
      const [row] = await queryRows<{ members: number; reached: number }>(
        platform.db.db,
        sql`select count(distinct t.case_id) filter (where c.purpose = 'csw-nes-exchange')::int as members,
                   (select count(*) from cases k
                     where k.site_id = ${siteId} and k.agency = 'csw-paracin'
                       and k.stage = 'implementation')::int as reached
              from case_team t
              join memberships m on m.site_id = t.site_id and m.user_id = t.user_id
                and m.partner_id = 'nes-paracin' and m.role_id = t.role_id
              left join consents c on c.id = t.consent_id
             where t.site_id = ${siteId}`,
      );
      expect(row?.members).toBeGreaterThan(0);
      expect(row?.reached).toBeGreaterThan(0);
    },
  );

  it('has open, closed, passive and re-opened cases', () => {
    const { byStatus, reopened } = report();
    expect(byStatus.open).toBeGreaterThan(0);
    expect(byStatus.closed).toBeGreaterThan(0);
    expect(byStatus.passive).toBeGreaterThan(0);
    expect(reopened).toBeGreaterThan(0);
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
