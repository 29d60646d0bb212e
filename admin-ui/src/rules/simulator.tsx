import { type FormEvent, useId, useState } from 'react';
import type { RuleTest } from '../../../platform/definitions/definition-types.generated.js';
import { settingValues } from '../../../platform/definitions/evaluator-options.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { ApiError } from '../../../runtime-ui/src/common/api-client.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { AdminError } from '../api/admin-error.js';
import type { Simulation } from '../api/admin-types.js';
import { DEFINITION_MESSAGES } from '../definitions/definition-messages.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { RULE_MESSAGES as M } from './rule-messages.js';
import { inlineDrafts } from './rule-reads.js';

/** Whether the server refused to simulate on a case because the user may not read cases. */
const needsCaseAccess = (error: unknown): boolean =>
  error instanceof ApiError && (error.problem.errors ?? []).some((e) => e.code === 'case_access');

/** The explanation of a result: one line per condition, indented, with its verdict. */
export function TraceLines({ lines }: { lines: Simulation['lines'] }) {
  return (
    <ul className="trace">
      {lines.map((line, i) => (
        <li
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
          key={i}
          style={{ marginInlineStart: `${line.depth * 1.25}rem` }}
          className={line.passed === true ? 'trace-yes' : line.passed === false ? 'trace-no' : undefined}
        >
          <span aria-hidden="true">{line.passed === true ? '✓ ' : line.passed === false ? '✗ ' : '· '}</span>
          {line.text}
        </li>
      ))}
    </ul>
  );
}

/**
 * Evaluates the rule as it is being edited — on facts typed here (a test's facts to start from)
 * or on a real case the user may see — through `…/admin/simulate`, and shows why.
 */
export function Simulator({
  logic,
  tests,
  bundle,
}: {
  logic: unknown;
  tests: readonly RuleTest[];
  bundle: SiteBundle;
}) {
  const { t } = useI18n();
  const site = useAdminSite();
  const [mode, setMode] = useState<'facts' | 'case'>('facts');
  const [facts, setFacts] = useState(() => JSON.stringify(tests[0]?.facts ?? {}, null, 1));
  const [caseId, setCaseId] = useState('');
  const [result, setResult] = useState<Simulation>();
  const [error, setError] = useState<unknown>();
  const [parseError, setParseError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  // A case's facts are personal data: simulating on one takes case access (the server says so too).
  const caseBarred = mode === 'case' && (!site.can('case.read') || needsCaseAccess(error));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setParseError(null);
    let input: Parameters<typeof site.api.simulate>[0];
    if (mode === 'case') input = { caseId: caseId.trim(), logic: inlineDrafts(logic, bundle) };
    else {
      try {
        const given = JSON.parse(facts) as Record<string, unknown>;
        const settings = { ...settingValues(bundle.site), ...((given.settings as object | undefined) ?? {}) };
        input = { logic, facts: { ...given, settings } };
      } catch (e) {
        setParseError(e instanceof Error ? e.message : String(e));
        return;
      }
    }
    setBusy(true);
    try {
      setResult(await site.api.simulate(input));
    } catch (e) {
      setError(e);
      setResult(undefined);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card simulator" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(M, 'simulatorTitle')}</h2>
      <p className="muted small-text">{t(M, 'simulatorIntro')}</p>
      <fieldset className="choice-row">
        <legend>{t(M, 'simulateOn')}</legend>
        {(['facts', 'case'] as const).map((m) => (
          <span key={m} className="choice">
            <input
              id={`${id}-${m}`}
              type="radio"
              name={`${id}-mode`}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            <label htmlFor={`${id}-${m}`}>{t(M, m === 'facts' ? 'onFacts' : 'onCase')}</label>
          </span>
        ))}
      </fieldset>
      {mode === 'facts' ? (
        <>
          {tests.length > 0 && (
            <p className="small-text">
              {t(M, 'useTestFacts')}{' '}
              <select
                aria-label={t(M, 'useTestFacts')}
                className="inline-select"
                onChange={(e) =>
                  setFacts(JSON.stringify(tests[Number(e.target.value)]?.facts ?? {}, null, 1))
                }
              >
                {tests.map((test, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the option's value is its position
                  <option key={i} value={i}>
                    {test.name}
                  </option>
                ))}
              </select>
            </p>
          )}
          <label htmlFor={`${id}-facts`}>{t(M, 'facts')}</label>
          <textarea
            id={`${id}-facts`}
            className="code"
            rows={8}
            spellCheck={false}
            value={facts}
            aria-invalid={parseError !== null || undefined}
            onChange={(e) => setFacts(e.target.value)}
          />
          {parseError !== null && (
            <p className="error small-text">
              {t(DEFINITION_MESSAGES, 'jsonInvalid', { message: parseError })}
            </p>
          )}
        </>
      ) : caseBarred ? (
        <div className="notice" role="status">
          <p>{t(M, 'caseAccessNeeded')}</p>
          <button
            type="button"
            onClick={() => {
              setError(undefined);
              setMode('facts');
            }}
          >
            {t(M, 'enterFacts')}
          </button>
        </div>
      ) : (
        <>
          <label htmlFor={`${id}-case`}>{t(M, 'caseId')}</label>
          <input
            id={`${id}-case`}
            value={caseId}
            onChange={(e) => setCaseId(e.target.value)}
            spellCheck={false}
          />
        </>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className="primary"
          disabled={busy || (mode === 'case' && (caseBarred || caseId.trim() === ''))}
        >
          {t(M, 'simulate')}
        </button>
      </div>
      {!needsCaseAccess(error) && <AdminError error={error} />}
      {result && (
        <div className="simulation" aria-live="polite">
          <p className="sim-value">
            <strong>{t(M, 'simValue', { value: JSON.stringify(result.value) })}</strong>
          </p>
          <h3>{t(M, 'explanation')}</h3>
          <TraceLines lines={result.lines} />
        </div>
      )}
    </form>
  );
}
