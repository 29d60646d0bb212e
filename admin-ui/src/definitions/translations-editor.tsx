import { useId, useMemo, useState } from 'react';
import { localizedTexts } from '../../../platform/definitions/localized-texts.js';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { useAdminSite } from '../site/admin-site-context.js';
import type { ViewProps } from './definition-editor-page.js';
import { DEFINITION_MESSAGES as M } from './definition-messages.js';
import { setAt } from './json-edit.js';

/** A pointer as words people can follow: `/stages/2/tasks/0/name` → `stages 3 › tasks 1 › name`. */
export function readablePointer(pointer: string): string {
  if (pointer === '') return '—';
  return pointer
    .split('/')
    .slice(1)
    .map((step) =>
      /^\d+$/.test(step) ? String(Number(step) + 1) : step.replace(/~1/g, '/').replace(/~0/g, '~'),
    )
    .join(' › ');
}

/**
 * Every localized text of the definition (found by the definition language's schema) against the
 * site's locales: one row per text, one column per locale, missing cells marked and editable.
 */
export function TranslationsEditor({ kind, json, onChange, readOnly }: ViewProps) {
  const { t } = useI18n();
  const site = useAdminSite();
  const locales = site.working.site.locales;
  const [missingOnly, setMissingOnly] = useState(false);
  const toggleId = useId();
  const texts = useMemo(() => localizedTexts(kind, json), [kind, json]);
  const missing = texts.reduce((n, x) => n + locales.filter((l) => !x.text[l]).length, 0);
  const rows = missingOnly ? texts.filter((x) => locales.some((l) => !x.text[l])) : texts;
  const set = (pointer: string, locale: string, value: string) => {
    const at = `${pointer}/${locale}`;
    onChange(setAt(json, at, value === '' ? undefined : value) as JsonObject);
  };
  return (
    <section className="card translations" aria-labelledby="translations-title">
      <h2 id="translations-title">{t(M, 'view_translations')}</h2>
      <p className="muted">{t(M, 'translationsIntro')}</p>
      <p className={missing > 0 ? 'notice notice-warn' : 'notice notice-ok'} role="status">
        {missing > 0 ? t(M, 'missingCount', { n: missing }) : t(M, 'noneMissing')}
      </p>
      <p className="checkbox-line">
        <input
          id={toggleId}
          type="checkbox"
          checked={missingOnly}
          onChange={(e) => setMissingOnly(e.target.checked)}
        />
        <label htmlFor={toggleId}>{t(M, 'missingOnly')}</label>
      </p>
      <div className="table-scroll">
        <table className="data-table translation-table">
          <thead>
            <tr>
              <th scope="col">{t(M, 'where')}</th>
              {locales.map((l) => (
                <th key={l} scope="col" lang={l}>
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const where = readablePointer(row.pointer);
              return (
                <tr key={row.pointer}>
                  <th scope="row" className="small-text">
                    {where}
                  </th>
                  {locales.map((l) => {
                    const value = row.text[l] ?? '';
                    const empty = value === '';
                    return (
                      <td key={l} className={empty ? 'cell-missing' : undefined}>
                        <textarea
                          lang={l}
                          rows={value.length > 60 ? 3 : 1}
                          value={value}
                          readOnly={readOnly}
                          aria-label={t(M, 'textIn', { where, locale: l })}
                          aria-invalid={empty || undefined}
                          placeholder={empty ? t(M, 'missing') : undefined}
                          onChange={(e) => set(row.pointer, l, e.target.value)}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
