import { useEffect, useId, useState } from 'react';
import { OPERATORS } from '../../../platform/definitions/expressions/operator-catalogue.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { DEFINITION_MESSAGES as M } from '../definitions/definition-messages.js';

const KNOWN = new Set(OPERATORS.map((o) => o.name));

/** Operator names used in a JSON Logic expression that the catalogue does not know. */
export function unknownOperators(logic: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (keys.length === 1 && !KNOWN.has(keys[0] as string)) found.add(keys[0] as string);
    for (const v of Object.values(node)) walk(v);
  };
  walk(logic);
  return [...found];
}

/** Pretty JSON, with short arrays and objects kept on one line so conditions read like sentences. */
export function formatLogic(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value, null, 2);
  return text.replace(
    /\[\s+([^[\]{}]{0,60}?)\s+\]/g,
    (_, inner: string) => `[${inner.replace(/\s*\n\s*/g, ' ')}]`,
  );
}

/**
 * A JSON Logic expression as code: parsed on every keystroke, applied when it is valid JSON;
 * invalid JSON and unknown operators are said beside it, with the catalogue's operators as hints.
 */
export function ExpressionInput({
  id,
  value,
  onChange,
  readOnly,
  label,
  rows,
}: {
  id: string;
  value: unknown;
  onChange: (next: unknown) => void;
  readOnly: boolean;
  label: string;
  rows?: number;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(() => formatLogic(value));
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  // Follows changes made elsewhere (another view, undo) unless they are what was typed here.
  useEffect(() => {
    setText((current) => {
      try {
        if (current.trim() !== '' && JSON.stringify(JSON.parse(current)) === JSON.stringify(value))
          return current;
      } catch {
        // what is typed is not JSON yet: keep it while the value did not change
        return current;
      }
      return formatLogic(value);
    });
  }, [value]);
  const unknown = error === null ? unknownOperators(value) : [];
  return (
    <div className="expression-input">
      <textarea
        id={id}
        className="code"
        spellCheck={false}
        rows={rows ?? Math.min(16, Math.max(3, text.split('\n').length))}
        value={text}
        readOnly={readOnly}
        aria-label={label}
        aria-invalid={error !== null || unknown.length > 0 || undefined}
        aria-describedby={hintId}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '') {
            setError(null);
            onChange(undefined);
            return;
          }
          try {
            const parsed = JSON.parse(e.target.value) as unknown;
            setError(null);
            onChange(parsed);
          } catch (err) {
            setError(err instanceof Error ? err.message : String(err));
          }
        }}
      />
      <div id={hintId} className="field-help">
        {error !== null && <p className="error">{t(M, 'jsonInvalid', { message: error })}</p>}
        {unknown.map((op) => (
          <p key={op} className="error">
            {t(M, 'unknownOperator', { op })}
          </p>
        ))}
        <details className="operator-hints">
          <summary>{t(M, 'expressionHint', { ops: OPERATORS.length })}</summary>
          <dl className="operator-list">
            {OPERATORS.map((o) => (
              <div key={o.name}>
                <dt>
                  <code>{o.name}</code>
                </dt>
                <dd>{o.summary}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
    </div>
  );
}
