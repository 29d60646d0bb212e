import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../../../platform/cases/demo/seed-demo-if-empty.js';
import type { Platform } from '../../support/platform-harness.js';
import { caseLines, startDemoPlatform } from './demo-support.js';

/* `npm start` on an empty database: a small demo set per site, once. */
let platform: Platform;
beforeAll(async () => {
  platform = await startDemoPlatform(['uz-tashkent-icm', 'child-family-cm']);
});
afterAll(() => platform?.close());

describe('seedDemoIfEmpty', () => {
  it('seeds each site without clients, says so, and leaves seeded sites alone', async () => {
    const lines: string[] = [];
    const sites = ['uz-tashkent-icm', 'child-family-cm'];
    const now = new Date('2025-09-01T06:00:00Z');
    const reports = await seedDemoIfEmpty(platform.deps, sites, {
      persons: 12,
      now,
      log: (l) => lines.push(l),
    });
    expect(reports.map((r) => [r.siteId, r.cases])).toEqual([
      ['uz-tashkent-icm', 12],
      ['child-family-cm', 12],
    ]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^site uz-tashkent-icm: demo data — 12 clients, 12 cases/);
    const before = await caseLines(platform.db.db, 'child-family-cm');
    expect(await seedDemoIfEmpty(platform.deps, sites, { persons: 12, now })).toEqual([]);
    expect(await caseLines(platform.db.db, 'child-family-cm')).toEqual(before);
  }, 180_000);

  it('reports a site it cannot seed and goes on', async () => {
    const lines: string[] = [];
    const reports = await seedDemoIfEmpty(platform.deps, ['no-such-site'], { log: (l) => lines.push(l) });
    expect(reports).toEqual([]);
    expect(lines).toEqual(['site no-such-site: no demo data (Site no-such-site is not published.)']);
  });
});
