import { useEffect, useId, useState } from 'react';
import { isJsonObject } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import type { ViewProps } from './definition-editor-page.js';
import { DEFINITION_MESSAGES as M } from './definition-messages.js';
import { sameJson } from './json-edit.js';

/** The definition as raw JSON: edited freely, applied when it parses to an object. */
export function JsonEditor({ json, onChange, readOnly }: ViewProps) {
  const { t } = useI18n();
  const [text, setText] = useState(() => JSON.stringify(json, null, 2));
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  // Another view changed the definition (or undo): show it, unless it is what is typed here.
  useEffect(() => {
    setText((current) => {
      try {
        if (sameJson(JSON.parse(current), json)) return current;
      } catch {
        // keep what is being typed
      }
      return JSON.stringify(json, null, 2);
    });
  }, [json]);
  const apply = (value: string) => {
    try {
      const parsed = JSON.parse(value) as unknown;
      if (!isJsonObject(parsed)) throw new Error('{ … }');
      setError(null);
      onChange(parsed);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="card json-editor">
      <label htmlFor={id}>{t(M, 'jsonLabel')}</label>
      <p className="field-help">{t(M, 'jsonHint')}</p>
      <textarea
        id={id}
        className="code"
        spellCheck={false}
        rows={28}
        value={text}
        readOnly={readOnly}
        aria-invalid={error !== null || undefined}
        onChange={(e) => {
          setText(e.target.value);
          apply(e.target.value);
        }}
      />
      {error !== null && (
        <p className="error" role="alert">
          {t(M, 'jsonInvalid', { message: error })}
        </p>
      )}
    </section>
  );
}
