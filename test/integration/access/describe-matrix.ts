/*
 * The matrix suite of one site: the world is made once, every check runs once, and each test
 * reads one property of the results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateOnly } from './access-oracle.js';
import type { MatrixSite } from './matrix-sites.js';
import { buildWorld } from './matrix-world.js';
import type { MatrixWorld } from './matrix-world-types.js';
import { aggregateOnlyAnswers, expectReceiversSeeSharedFieldsOnly } from './receiver-views.js';
import type { MatrixResult } from './run-matrix.js';
import { type MatrixReport, runMatrix } from './run-matrix.js';

const line = (r: MatrixResult) =>
  `${r.actor} (${r.role}, ${r.relationship}) ${r.check.method} ${r.check.path}${r.check.variant ? ` [${r.check.variant}]` : ''}` +
  ` → ${r.status} ${r.listProblem ?? ''}${r.leaks.length > 0 ? ` leaks ${r.leaks.join(', ')}` : ''} ${r.detail}`;

/** Declares the matrix tests of a site. */
export function describeMatrix(site: MatrixSite): void {
  describe(`authorization matrix: ${site.siteId}`, () => {
    let world: MatrixWorld;
    let report: MatrixReport;

    beforeAll(async () => {
      world = await buildWorld(site);
      report = await runMatrix(world);
      console.info(report.summary);
    }, 600_000);
    afterAll(() => world?.platform.close());

    it('allows nothing the definitions do not allow (every role × operation × relationship)', () => {
      expect(report.unexpectedAllows.map(line)).toEqual([]);
      expect(report.listProblems.map(line)).toEqual([]);
    });

    it('allows everything the definitions allow', () => {
      expect(report.unexpectedDenials.map(line)).toEqual([]);
      expect(report.errors.map(line)).toEqual([]);
    });

    it('shows nobody data of clients they may not see, nor receivers the fields not shared', () => {
      expect(report.leaks.map(line)).toEqual([]);
    });

    it('shows a receiver the protocol’s shared fields of a referred client, and no other field', async () => {
      const checked = await expectReceiversSeeSharedFieldsOnly(world);
      expect(checked).toBeGreaterThan(0);
    });

    it('refuses aggregate-only roles every person and case read (403), and shows them the KPIs', () => {
      const { refused, kpis } = aggregateOnlyAnswers(world, report);
      expect(refused.filter((r) => r.status !== 403).map(line)).toEqual([]);
      expect(kpis.filter((r) => r.status !== 200).map(line)).toEqual([]);
      if (world.actors.some((a) => aggregateOnly(a))) expect(refused.length * kpis.length).toBeGreaterThan(0);
    });
  });
}
