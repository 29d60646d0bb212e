import { useId } from 'react';
import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import type { ViewProps } from '../definitions/definition-editor-page.js';
import { DEFINITION_MESSAGES } from '../definitions/definition-messages.js';
import { LocalizedTextInputs } from '../schema/localized-text-field.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { LOOKUP_MESSAGES as M } from './lookup-messages.js';

type Option = JsonObject & { value?: JsonValue; label?: JsonObject; deprecated?: boolean };

/**
 * A lookup as a table: one row per option (stored value, then its label in every locale of the
 * site side by side), missing translations highlighted, rows reordered, deprecated or removed.
 */
export function LookupEditor({ json, onChange, readOnly }: ViewProps) {
  const { t } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const locales = site.working.site.locales;
  const options = (Array.isArray(json.options) ? json.options : []) as Option[];
  const setOptions = (next: Option[]) => onChange({ ...json, options: next });
  const setOption = (i: number, option: Option) => setOptions(options.map((o, j) => (j === i ? option : o)));
  const move = (i: number, delta: number) => {
    const j = i + delta;
    if (j < 0 || j >= options.length) return;
    const next = [...options];
    [next[i], next[j]] = [next[j] as Option, next[i] as Option];
    setOptions(next);
  };
  const missing = options.reduce(
    (n, o) => n + locales.filter((l) => !(o.label as Record<string, string> | undefined)?.[l]).length,
    0,
  );
  const values = options.map((o) => String(o.value));
  return (
    <div className="lookup-editor">
      <section className="card">
        <fieldset className="l10n-field">
          <legend>{t(M, 'name')}</legend>
          <LocalizedTextInputs
            id={`${id}-name`}
            value={json.name as Record<string, string> | undefined}
            onChange={(v) => onChange({ ...json, name: v ?? {} })}
            readOnly={readOnly}
            long={false}
            label={t(M, 'name')}
          />
        </fieldset>
      </section>
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`}>
          {t(M, 'options')} <span className="count">{options.length}</span>
        </h2>
        <p className="muted small-text">{t(M, 'intro')}</p>
        <p className={missing > 0 ? 'notice notice-warn' : 'notice notice-ok'} role="status">
          {missing > 0
            ? t(DEFINITION_MESSAGES, 'missingCount', { n: missing })
            : t(DEFINITION_MESSAGES, 'noneMissing')}
        </p>
        <div className="table-scroll">
          <table className="data-table lookup-table">
            <thead>
              <tr>
                <th scope="col">{t(M, 'value')}</th>
                {locales.map((l) => (
                  <th key={l} scope="col" lang={l}>
                    {l}
                  </th>
                ))}
                <th scope="col">{t(M, 'deprecated')}</th>
                {!readOnly && <th scope="col">{t(M, 'order')}</th>}
              </tr>
            </thead>
            <tbody>
              {options.map((option, i) => {
                const value = String(option.value ?? '');
                const duplicate = values.indexOf(value) !== i;
                const label = (option.label ?? {}) as Record<string, string>;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: values are edited in place
                  <tr key={i} className={option.deprecated ? 'row-muted' : undefined}>
                    <th scope="row">
                      <input
                        className="code narrow"
                        value={value}
                        readOnly={readOnly}
                        aria-label={t(M, 'valueOf', { n: i + 1 })}
                        aria-invalid={duplicate || value === '' || undefined}
                        onChange={(e) =>
                          setOption(i, {
                            ...option,
                            value:
                              typeof option.value === 'number' &&
                              e.target.value !== '' &&
                              Number.isFinite(Number(e.target.value))
                                ? Number(e.target.value)
                                : e.target.value,
                          })
                        }
                      />
                      {duplicate && <span className="error small-text"> {t(M, 'duplicate')}</span>}
                    </th>
                    {locales.map((l) => {
                      const text = label[l] ?? '';
                      return (
                        <td key={l} className={text === '' ? 'cell-missing' : undefined}>
                          <input
                            lang={l}
                            value={text}
                            readOnly={readOnly}
                            placeholder={text === '' ? t(DEFINITION_MESSAGES, 'missing') : undefined}
                            aria-label={t(M, 'labelIn', { value: value || String(i + 1), locale: l })}
                            aria-invalid={text === '' || undefined}
                            onChange={(e) => {
                              const next = { ...label };
                              if (e.target.value === '') delete next[l];
                              else next[l] = e.target.value;
                              setOption(i, { ...option, label: next });
                            }}
                          />
                        </td>
                      );
                    })}
                    <td>
                      <input
                        type="checkbox"
                        checked={option.deprecated === true}
                        disabled={readOnly}
                        aria-label={t(M, 'deprecatedOf', { value: value || String(i + 1) })}
                        onChange={(e) => {
                          const next = { ...option };
                          if (e.target.checked) next.deprecated = true;
                          else delete next.deprecated;
                          setOption(i, next);
                        }}
                      />
                    </td>
                    {!readOnly && (
                      <td className="row-tools">
                        <button
                          type="button"
                          className="small"
                          disabled={i === 0}
                          aria-label={t(M, 'up', { value })}
                          onClick={() => move(i, -1)}
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="small"
                          disabled={i === options.length - 1}
                          aria-label={t(M, 'down', { value })}
                          onClick={() => move(i, 1)}
                        >
                          ↓
                        </button>
                        <button
                          type="button"
                          className="small danger-outline"
                          aria-label={t(M, 'remove', { value })}
                          onClick={() => setOptions(options.filter((_, j) => j !== i))}
                        >
                          ×
                        </button>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {!readOnly && (
          <button
            type="button"
            onClick={() => setOptions([...options, { value: `option_${options.length + 1}`, label: {} }])}
          >
            + {t(M, 'add')}
          </button>
        )}
        <p className="muted small-text">{t(M, 'valueWarning')}</p>
      </section>
    </div>
  );
}
