import { requirePermission } from '../../access/actor.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { type DefinitionTestReport, runDefinitionTests } from '../definition-tests/run-definition-tests.js';
import type { AuthoringContext } from './authoring-context.js';
import { checkDraftSet } from './draft-set.js';
import type { LocatedProblem } from './located-problem.js';

/** What `POST …/admin/check` answers. */
export type CheckReport = {
  /** No errors (warnings allowed). */
  readonly ok: boolean;
  /** Whether the drafts change the published content at all. */
  readonly changed: boolean;
  readonly hash: string | null;
  readonly activeVersionId: string;
  readonly activeHash: string;
  readonly drafts: number;
  readonly problems: readonly LocatedProblem[];
};

/** Checks the site's drafts over its active version, as `definitions:check` checks a folder. */
export async function checkDrafts(ctx: AuthoringContext): Promise<CheckReport> {
  requirePermission(ctx.actor, 'definitions.read');
  const set = await checkDraftSet(ctx);
  return {
    ok: set.bundle !== undefined,
    changed: set.bundle?.hash !== set.base.bundle.hash,
    hash: set.bundle?.hash ?? null,
    activeVersionId: set.base.versionId,
    activeHash: set.base.bundle.hash,
    drafts: set.drafts.length,
    problems: set.problems,
  };
}

/** One thing that keeps a bundle from being published: a failing or uncovered rule, a failing scenario. */
export type TestFailure = {
  readonly kind: 'rule' | 'sop';
  readonly definitionId: string;
  readonly message: string;
};

/** Every failure of a test report, one line each. */
export function testFailures(report: DefinitionTestReport): TestFailure[] {
  const failures: TestFailure[] = [];
  for (const rule of report.rules) {
    for (const t of rule.tests.filter((x) => !x.passed))
      failures.push({
        kind: 'rule',
        definitionId: rule.ruleId,
        message: `"${t.name}" expected ${JSON.stringify(t.expected)}, ${t.error ?? `got ${JSON.stringify(t.actual)}`}`,
      });
    for (const m of rule.coverage.missing)
      failures.push({
        kind: 'rule',
        definitionId: rule.ruleId,
        message: `${m.label} (/logic${m.pointer}) is never ${m.never} in the tests`,
      });
  }
  for (const s of report.scenarios.results.filter((r) => !r.passed)) {
    const steps = s.steps.flatMap((st) => st.failures.map((f) => `step ${st.index + 1}: ${f}`));
    failures.push({
      kind: 'sop',
      definitionId: s.sopId,
      message: [s.name, s.error, ...steps].filter(Boolean).join(' — '),
    });
  }
  return failures;
}

/** What `POST …/admin/test` answers: the report, or the problems that keep the drafts from being tested. */
export type TestRun = {
  readonly ok: boolean;
  readonly problems: readonly LocatedProblem[];
  readonly report: DefinitionTestReport | null;
  readonly failures: readonly TestFailure[];
};

/** Runs the tests a bundle carries. */
export function testBundle(bundle: SiteBundle): { report: DefinitionTestReport; failures: TestFailure[] } {
  const report = runDefinitionTests(bundle);
  return { report, failures: testFailures(report) };
}

/**
 * Runs every rule test (with branch coverage) and SOP scenario of the drafts over the active
 * version. While the checker reports errors there is no bundle to test: the problems come back.
 */
export async function testDrafts(ctx: AuthoringContext): Promise<TestRun> {
  requirePermission(ctx.actor, 'definitions.read');
  const set = await checkDraftSet(ctx);
  if (set.bundle === undefined) return { ok: false, problems: set.problems, report: null, failures: [] };
  const { report, failures } = testBundle(set.bundle);
  return { ok: report.passed, problems: set.problems, report, failures };
}
