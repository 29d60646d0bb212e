import { COMMON_MESSAGES } from '../../../runtime-ui/src/common/common-messages.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import { useTitle } from '../../../runtime-ui/src/common/use-title.js';
import { AdminError } from '../api/admin-error.js';
import type { RuleReport, TestRun } from '../api/admin-types.js';
import { adminPaths } from '../app/admin-routes.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { CHECK_MESSAGES as M } from './check-messages.js';
import { ProblemList } from './problem-list.js';
import { type CheckState, useCheck } from './use-check.js';

const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

/** The verdict in one line each: checker, tests, and whether publishing is possible. */
export function CheckSummary({ state }: { state: CheckState }) {
  const { t } = useI18n();
  const { check, test } = state;
  if (check === undefined) return null;
  const errors = check.problems.filter((p) => p.severity === 'error').length;
  const warnings = check.problems.length - errors;
  const failing = test?.failures.length ?? 0;
  return (
    <ul className="verdicts" aria-live="polite">
      <li className={errors > 0 ? 'verdict-bad' : 'verdict-good'}>
        {errors > 0
          ? t(M, 'checkErrors', { errors, warnings })
          : warnings > 0
            ? t(M, 'warningsOnly', { warnings })
            : t(M, 'checkOk')}
      </li>
      <li className={test?.report == null ? 'verdict-wait' : failing > 0 ? 'verdict-bad' : 'verdict-good'}>
        {test?.report == null
          ? t(M, 'testsBlocked')
          : failing > 0
            ? t(M, 'testsFail', { n: failing })
            : test.report.rules.length + test.report.scenarios.total === 0
              ? t(M, 'noTests')
              : t(M, 'testsOk', { rules: test.report.rules.length, scenarios: test.report.scenarios.total })}
      </li>
      {state.publishable ? (
        <li className="verdict-good">{t(M, 'publishable')}</li>
      ) : check.ok && !check.changed && failing === 0 ? (
        <li className="verdict-wait">{t(M, 'nothingToPublish')}</li>
      ) : (
        <li className="verdict-bad">{t(M, 'notPublishable')}</li>
      )}
    </ul>
  );
}

function RuleRow({ report }: { report: RuleReport }) {
  const { t } = useI18n();
  const site = useAdminSite();
  const title =
    site.list?.items.find((i) => i.kind === 'rule' && i.id === report.ruleId)?.title ?? report.ruleId;
  const passed = report.tests.filter((x) => x.passed).length;
  return (
    <tr className="row-alert">
      <th scope="row">
        <Link to={adminPaths.definition(site.id, 'rule', report.ruleId)}>{title}</Link>
      </th>
      <td>
        {t(M, 'passedOf', { passed, total: report.tests.length })}
        <ul className="small-text">
          {report.tests
            .filter((x) => !x.passed)
            .map((x) => (
              <li key={x.name} className="error">
                {x.error ??
                  t(M, 'failingTest', { name: x.name, expected: show(x.expected), actual: show(x.actual) })}
              </li>
            ))}
        </ul>
      </td>
      <td>
        {t(M, 'coveredOf', { covered: report.coverage.covered, total: report.coverage.total })}
        <ul className="small-text">
          {report.coverage.missing.map((m) => (
            <li key={`${m.pointer}${m.never}`} className="error">
              {t(M, 'neverOutcome', {
                label: m.label,
                pointer: m.pointer || '/',
                outcome: t(M, m.never ? 'true' : 'false'),
              })}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

function TestResults({ test }: { test: TestRun }) {
  const { t } = useI18n();
  if (test.report === null) return null;
  const bad = test.report.rules.filter(
    (r) => r.tests.some((x) => !x.passed) || r.coverage.missing.length > 0,
  );
  const good = test.report.rules.length - bad.length;
  const scenarios = test.report.scenarios.results;
  return (
    <>
      <section className="card" aria-labelledby="rule-tests">
        <h2 id="rule-tests">{t(M, 'ruleTestsTitle')}</h2>
        {bad.length > 0 && (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t(M, 'rule')}</th>
                  <th scope="col">{t(M, 'tests')}</th>
                  <th scope="col">{t(M, 'coverage')}</th>
                </tr>
              </thead>
              <tbody>
                {bad.map((r) => (
                  <RuleRow key={r.ruleId} report={r} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="muted">{t(M, 'passingRules', { n: good })}</p>
      </section>
      <section className="card" aria-labelledby="scenarios">
        <h2 id="scenarios">{t(M, 'scenariosTitle')}</h2>
        <ul className="scenario-list">
          {scenarios.map((s) => (
            <li key={`${s.sopId}/${s.name}`} className={s.passed ? undefined : 'row-alert'}>
              <span className={`badge ${s.passed ? 'badge-ok' : 'badge-danger'}`}>
                {t(M, s.passed ? 'passed' : 'failed')}
              </span>{' '}
              {s.name}
              {!s.passed && (
                <ul className="small-text error">
                  {s.error && <li>{s.error}</li>}
                  {s.steps.flatMap((st) =>
                    st.failures.map((f) => (
                      <li key={`${st.index}${f}`}>{t(M, 'scenarioStep', { n: st.index + 1, failure: f })}</li>
                    )),
                  )}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** Check & test: every problem with a link to where it is, every test, and whether publishing is possible. */
export function CheckPage() {
  const { t } = useI18n();
  const site = useAdminSite();
  const state = useCheck();
  useTitle(t(M, 'title'));
  return (
    <section aria-labelledby="check-title">
      <div className="page-head">
        <div>
          <h1 id="check-title">{t(M, 'title')}</h1>
          <p className="muted">{t(M, 'intro')}</p>
        </div>
        <button type="button" onClick={() => void state.run()} disabled={state.running}>
          {state.running ? t(M, 'running') : t(M, 'run')}
        </button>
      </div>
      <AdminError error={state.error} />
      {state.check === undefined && state.error === undefined && <p>{t(COMMON_MESSAGES, 'loading')}</p>}
      {state.check !== undefined && (
        <div className="card">
          <p className="muted small-text">{t(M, 'summaryDrafts', { n: state.check.drafts })}</p>
          <CheckSummary state={state} />
          {state.publishable && <Link to={adminPaths.tab(site.id, 'publish')}>{t(M, 'goPublish')}</Link>}
        </div>
      )}
      {state.check !== undefined && (
        <section className="card" aria-labelledby="problems-title">
          <h2 id="problems-title">{t(M, 'problemsTitle')}</h2>
          <ProblemList problems={state.check.problems} />
        </section>
      )}
      {state.test !== undefined && <TestResults test={state.test} />}
    </section>
  );
}
