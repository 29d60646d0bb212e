import type { SiteBundle } from '../definitions/site-bundle.js';
import { runScenario, type ScenarioOptions, type ScenarioResult } from './run-scenario.js';

/** Every scenario of every SOP of a site, with counts. */
export type SiteScenarioReport = {
  readonly siteId: string;
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly results: ScenarioResult[];
};

/** Runs every scenario of every SOP in the bundle. */
export function runAllScenarios(bundle: SiteBundle, options: ScenarioOptions = {}): ScenarioResult[] {
  return Object.values(bundle.sops).flatMap((sop) =>
    (sop.scenarios ?? []).map((scenario) => runScenario(bundle, sop.id, scenario, options)),
  );
}

/** What `npm run definitions:test` reports for a site's SOP scenarios. */
export function runSiteScenarios(bundle: SiteBundle, options: ScenarioOptions = {}): SiteScenarioReport {
  const results = runAllScenarios(bundle, options);
  const passed = results.filter((r) => r.passed).length;
  return { siteId: bundle.siteId, total: results.length, passed, failed: results.length - passed, results };
}

/** The report as text: one line per scenario, and under a failing one each failing step. */
export function formatScenarioReport(report: SiteScenarioReport): string {
  const lines = [`${report.siteId}: ${report.passed}/${report.total} SOP scenarios passed`];
  for (const r of report.results) {
    lines.push(`  ${r.passed ? '✓' : '✗'} ${r.sopId}: ${r.name}`);
    if (r.error !== undefined) lines.push(`      ${r.error}`);
    for (const s of r.steps)
      for (const failure of s.failures) lines.push(`      step ${s.index + 1}: ${failure}`);
  }
  return lines.join('\n');
}
