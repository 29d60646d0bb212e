import { useId, useState } from 'react';
import type { RuleTest } from '../../../platform/definitions/definition-types.generated.js';
import type { JsonValue } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { DEFINITION_MESSAGES } from '../definitions/definition-messages.js';
import { RULE_MESSAGES as M } from './rule-messages.js';
import type { LiveTestResult, LiveTestRun } from './run-rule-tests.js';

const show = (value: unknown) => (value === undefined ? '—' : JSON.stringify(value));

/** A JSON value typed as text: applied when it parses, kept as typed while it does not. */
function JsonField({
  id,
  label,
  value,
  onChange,
  readOnly,
  rows,
}: {
  id: string;
  label: string;
  value: unknown;
  onChange: (next: JsonValue) => void;
  readOnly: boolean;
  rows: number;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(() => JSON.stringify(value, null, rows > 1 ? 1 : 0) ?? '');
  const [error, setError] = useState<string | null>(null);
  const Tag = rows > 1 ? 'textarea' : 'input';
  return (
    <div className="json-field">
      <label htmlFor={id}>{label}</label>
      <Tag
        id={id}
        className="code"
        spellCheck={false}
        value={text}
        readOnly={readOnly}
        aria-invalid={error !== null || undefined}
        {...(rows > 1 ? { rows } : {})}
        onChange={(e: { target: { value: string } }) => {
          setText(e.target.value);
          try {
            onChange(JSON.parse(e.target.value) as JsonValue);
            setError(null);
          } catch (err) {
            setError(err instanceof Error ? err.message : String(err));
          }
        }}
      />
      {error !== null && (
        <p className="error small-text">{t(DEFINITION_MESSAGES, 'jsonInvalid', { message: error })}</p>
      )}
    </div>
  );
}

function TestCard({
  index,
  test,
  result,
  onChange,
  onRemove,
  readOnly,
}: {
  index: number;
  test: RuleTest;
  result: LiveTestResult | undefined;
  onChange: (next: RuleTest) => void;
  onRemove: () => void;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const passed = result?.passed === true;
  return (
    <fieldset className={`rule-test ${passed ? 'test-pass' : 'test-fail'}`}>
      <legend>
        {t(M, 'testN', { n: index + 1 })}: {test.name}{' '}
        <span className={`badge ${passed ? 'badge-ok' : 'badge-danger'}`}>
          {t(M, passed ? 'pass' : 'fail')}
        </span>
      </legend>
      <div className="test-grid">
        <div className="test-name">
          <label htmlFor={`${id}-name`}>{t(M, 'testName')}</label>
          <input
            id={`${id}-name`}
            value={test.name}
            readOnly={readOnly}
            onChange={(e) => onChange({ ...test, name: e.target.value })}
          />
        </div>
        <JsonField
          id={`${id}-expect`}
          label={t(M, 'expect')}
          value={test.expect}
          rows={1}
          readOnly={readOnly}
          onChange={(expect) => onChange({ ...test, expect })}
        />
        <div>
          <label htmlFor={`${id}-today`}>{t(M, 'today')}</label>
          <input
            id={`${id}-today`}
            type="date"
            value={test.today ?? ''}
            readOnly={readOnly}
            onChange={(e) => {
              const { today: _old, ...rest } = test;
              onChange(e.target.value === '' ? rest : { ...rest, today: e.target.value });
            }}
          />
        </div>
      </div>
      <JsonField
        id={`${id}-facts`}
        label={t(M, 'facts')}
        value={test.facts}
        rows={4}
        readOnly={readOnly}
        onChange={(facts) => {
          if (facts !== null && typeof facts === 'object' && !Array.isArray(facts))
            onChange({ ...test, facts });
        }}
      />
      <p className={passed ? 'small-text' : 'error small-text'} role={passed ? undefined : 'status'}>
        {t(M, 'result')}: {result?.error ?? t(M, 'got', { value: show(result?.actual) })}
      </p>
      {!readOnly && (
        <button type="button" className="small danger-outline" onClick={onRemove}>
          {t(M, 'removeTest', { n: index + 1 })}
        </button>
      )}
    </fieldset>
  );
}

/** The rule's tests, each with its live verdict, and the branches they leave untested. */
export function RuleTests({
  tests,
  run,
  onChange,
  readOnly,
}: {
  tests: readonly RuleTest[];
  run: LiveTestRun;
  onChange: (tests: RuleTest[]) => void;
  readOnly: boolean;
}) {
  const { t } = useI18n();
  const passed = run.tests.filter((x) => x.passed).length;
  // Keys stay with the tests while they are edited, added and removed.
  const [keys, setKeys] = useState(() => tests.map((_, i) => i));
  const [next, setNext] = useState(tests.length);
  const set = (i: number, test: RuleTest) => onChange(tests.map((x, j) => (j === i ? test : x)));
  return (
    <section className="card rule-tests" aria-labelledby="rule-tests-title">
      <h2 id="rule-tests-title">{t(M, 'testsTitle')}</h2>
      <p className="muted small-text">{t(M, 'testsIntro')}</p>
      <p
        className={
          passed === run.tests.length && run.coverage.missing.length === 0
            ? 'notice notice-ok'
            : 'notice notice-error'
        }
        role="status"
        aria-live="polite"
      >
        {t(M, 'testsSummary', {
          passed,
          total: run.tests.length,
          covered: run.coverage.covered,
          outcomes: run.coverage.total,
        })}
      </p>
      {run.coverage.missing.length > 0 && (
        <ul className="small-text coverage-missing">
          {run.coverage.missing.map((m) => (
            <li key={`${m.pointer}${m.never}`}>
              {t(M, 'uncovered', {
                label: m.label,
                pointer: m.pointer || '/',
                outcome: t(M, m.never ? 'true' : 'false'),
              })}
            </li>
          ))}
        </ul>
      )}
      {tests.map((test, i) => (
        <TestCard
          key={keys[i] ?? `extra-${i}`}
          index={i}
          test={test}
          result={run.tests[i]}
          readOnly={readOnly}
          onChange={(x) => set(i, x)}
          onRemove={() => {
            setKeys(keys.filter((_, j) => j !== i));
            onChange(tests.filter((_, j) => j !== i));
          }}
        />
      ))}
      {!readOnly && (
        <button
          type="button"
          onClick={() => {
            setKeys([...keys, next]);
            setNext(next + 1);
            onChange([...tests, { name: t(M, 'newTest'), facts: {}, expect: true }]);
          }}
        >
          + {t(M, 'addTest')}
        </button>
      )}
    </section>
  );
}
