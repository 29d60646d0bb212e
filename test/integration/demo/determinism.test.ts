import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../platform/cases/demo/seed-demo.js';
import { queryRows } from '../../../platform/storage/database.js';
import type { Platform } from '../../support/platform-harness.js';
import { caseLines, NOW, startDemoPlatform } from './demo-support.js';

/*
 * The same seed, number of clients and "now" give the same clients, stages, statuses, closure
 * reasons and referrals in two fresh databases (database ids aside: the operations draw UUIDv7s).
 */
const SITE = 'child-family-cm';
const open: Platform[] = [];
afterAll(async () => {
  for (const p of open) await p.close();
});

async function run(seed: number): Promise<{ cases: string[]; referrals: string[]; events: number }> {
  const platform = await startDemoPlatform([SITE]);
  open.push(platform);
  await seedDemo(platform.deps, { siteId: SITE, persons: 14, seed, now: NOW });
  const db = platform.db.db;
  const referrals = await queryRows<{ line: string }>(
    db,
    sql`select p.display_name || '|' || r.protocol_id || '|' || r.status as line
          from referrals r join persons p on p.id = r.person_id order by 1`,
  );
  const [events] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from events`);
  return {
    cases: await caseLines(db, SITE),
    referrals: referrals.map((r) => r.line),
    events: events?.n ?? 0,
  };
}

describe('seedDemo is deterministic', () => {
  it('repeats a run exactly for the same seed, and differs for another', async () => {
    const first = await run(7);
    const again = await run(7);
    expect(again).toEqual(first);
    expect(first.cases).toHaveLength(14);
    const other = await run(8);
    expect(other.cases).not.toEqual(first.cases);
  }, 240_000);
});
