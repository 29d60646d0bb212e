import {
  type DefinitionTestReport,
  runDefinitionTests,
} from '../../cases/definition-tests/run-definition-tests.js';
import { loadSitesFromDisk } from '../../definitions/load-sites.js';
import { formatProblem, uniqueProblems } from '../../definitions/problem.js';
import { formatScenarioReport } from '../../workflow/index.js';

const pct = (covered: number, total: number) => (total === 0 ? '100' : ((100 * covered) / total).toFixed(0));

function printReport(
  report: DefinitionTestReport,
  out: (line: string) => void,
): { failures: number; tests: number } {
  let failures = 0;
  let tests = 0;
  for (const rule of report.rules) {
    for (const test of rule.tests) {
      tests += 1;
      if (test.passed) continue;
      failures += 1;
      const got = test.error ?? `got ${JSON.stringify(test.actual)}`;
      out(
        `${rule.file} FAIL rule ${rule.ruleId}: "${test.name}" expected ${JSON.stringify(test.expected)}, ${got}`,
      );
    }
    for (const m of rule.coverage.missing)
      out(
        `${rule.file}:/logic${m.pointer} UNCOVERED rule ${rule.ruleId}: ${m.label} is never ${m.never} in the tests`,
      );
    if (rule.coverage.missing.length > 0) failures += 1;
  }
  if (report.scenarios.failed > 0) {
    out(formatScenarioReport(report.scenarios));
    failures += report.scenarios.failed;
  }
  return { failures, tests };
}

/**
 * `npm run definitions:test [site]`: runs every test the definitions carry — rule test cases with
 * branch coverage — and prints a line per failure and a coverage table; exits 1 on any failure.
 */
export async function run(args: string[]): Promise<number> {
  const ref = args.find((a) => !a.startsWith('-'));
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const sites = loadSitesFromDisk(ref);
  let failed = false;
  const rows: string[] = [];
  for (const site of sites) {
    if (site.bundle === undefined) {
      for (const p of uniqueProblems(site.problems)) out(formatProblem(p));
      out(`${site.siteId}: not tested — the definitions have problems (npm run definitions:check).`);
      failed = true;
      continue;
    }
    const report = runDefinitionTests(site.bundle);
    const { failures, tests } = printReport(report, out);
    const covered = report.rules.reduce((n, r) => n + r.coverage.covered, 0);
    const total = report.rules.reduce((n, r) => n + r.coverage.total, 0);
    const passedTests = tests - report.rules.reduce((n, r) => n + r.tests.filter((t) => !t.passed).length, 0);
    const sc = report.scenarios;
    rows.push(
      `| ${site.siteId} | ${report.rules.length} | ${passedTests}/${tests} | ${covered}/${total} (${pct(covered, total)}%) | ${sc.passed}/${sc.total} |`,
    );
    failed ||= failures > 0;
  }
  out(
    '\n| site | rules | rule tests passed | branch coverage | SOP scenarios passed |\n|---|---:|---:|---:|---:|',
  );
  for (const row of rows) out(row);
  return failed ? 1 : 0;
}
