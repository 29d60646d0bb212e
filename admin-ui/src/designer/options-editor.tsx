import { useId } from 'react';
import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { LocalizedTextInputs } from '../schema/localized-text-field.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { DESIGNER_MESSAGES as M } from './designer-messages.js';

type Options = JsonValue | undefined;

/** A field's options: none (free answer), listed inline (value and label per locale), or a lookup. */
export function OptionsEditor({
  value,
  onChange,
  readOnly,
}: {
  value: Options;
  onChange: (next: Options) => void;
  readOnly: boolean;
}) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const mode = value === undefined ? 'none' : Array.isArray(value) ? 'inline' : 'lookup';
  const list = Array.isArray(value) ? (value as JsonObject[]) : [];
  const lookupId =
    !Array.isArray(value) && value !== null && typeof value === 'object' ? String(value.lookup ?? '') : '';
  const lookups = Object.values(site.working.lookups);
  const setItem = (i: number, item: JsonObject) => onChange(list.map((x, j) => (j === i ? item : x)));
  return (
    <fieldset className="options-editor">
      <legend>{t(M, 'options')}</legend>
      <div className="choice-row">
        {(['none', 'inline', 'lookup'] as const).map((m) => (
          <span key={m} className="choice">
            <input
              id={`${id}-${m}`}
              type="radio"
              name={`${id}-mode`}
              checked={mode === m}
              disabled={readOnly}
              onChange={() =>
                onChange(
                  m === 'none'
                    ? undefined
                    : m === 'inline'
                      ? [
                          {
                            value: 'yes',
                            label: Object.fromEntries(site.working.site.locales.map((x) => [x, 'yes'])),
                          },
                        ]
                      : { lookup: lookups[0]?.id ?? '' },
                )
              }
            />
            <label htmlFor={`${id}-${m}`}>
              {t(M, m === 'none' ? 'optionsNone' : m === 'inline' ? 'optionsInline' : 'optionsLookup')}
            </label>
          </span>
        ))}
      </div>
      {mode === 'lookup' && (
        <>
          <label htmlFor={`${id}-lookup`}>{t(M, 'lookup')}</label>
          <select
            id={`${id}-lookup`}
            value={lookupId}
            disabled={readOnly}
            onChange={(e) => onChange({ lookup: e.target.value })}
          >
            {lookups.map((lk) => (
              <option key={lk.id} value={lk.id}>
                {l(lk.name)} ({lk.id})
              </option>
            ))}
          </select>
        </>
      )}
      {mode === 'inline' && (
        <ol className="option-list">
          {list.map((option, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: options are positional while edited
            <li key={i} className="option-item">
              <label htmlFor={`${id}-v${i}`}>
                {t(M, 'optionN', { n: i + 1 })}: {t(M, 'optionValue')}
              </label>
              <input
                id={`${id}-v${i}`}
                value={String(option.value ?? '')}
                readOnly={readOnly}
                onChange={(e) => setItem(i, { ...option, value: e.target.value })}
              />
              <LocalizedTextInputs
                id={`${id}-l${i}`}
                value={option.label as Record<string, string> | undefined}
                onChange={(label) => setItem(i, { ...option, label: label ?? {} })}
                readOnly={readOnly}
                long={false}
                label={t(M, 'optionN', { n: i + 1 })}
              />
              {!readOnly && (
                <button
                  type="button"
                  className="small danger-outline"
                  onClick={() => onChange(list.filter((_, j) => j !== i))}
                >
                  {t(M, 'removeOption', { n: i + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {mode === 'inline' && !readOnly && (
        <button
          type="button"
          className="small"
          onClick={() =>
            onChange([
              ...list,
              {
                value: `option_${list.length + 1}`,
                label: Object.fromEntries(site.working.site.locales.map((x) => [x, ''])),
              },
            ])
          }
        >
          + {t(M, 'addOption')}
        </button>
      )}
    </fieldset>
  );
}
