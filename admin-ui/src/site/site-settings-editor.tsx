import { useId, useState } from 'react';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import type { ViewProps } from '../definitions/definition-editor-page.js';
import { DEFINITION_MESSAGES } from '../definitions/definition-messages.js';
import { RULE_MESSAGES } from '../rules/rule-messages.js';
import { SettingInput, type SettingValue } from '../rules/settings-panel.js';
import { useAdminSite } from './admin-site-context.js';

type Setting = {
  value: SettingValue;
  unit?: string;
  label?: Record<string, string>;
  source?: string;
  reference?: string;
};

/** The site's named settings as a table: every threshold and deadline in one place, editable. */
export function SiteSettingsEditor({ json, onChange, readOnly }: ViewProps) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const [filter, setFilter] = useState('');
  const settings = (json.settings ?? {}) as Record<string, Setting>;
  const published = site.bundle.site.settings ?? {};
  const q = filter.trim().toLowerCase();
  const rows = Object.entries(settings).filter(
    ([key, s]) => q === '' || key.includes(q) || (l(s.label) || '').toLowerCase().includes(q),
  );
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(DEFINITION_MESSAGES, 'view_settings')}</h2>
      <label htmlFor={`${id}-filter`}>{t(DEFINITION_MESSAGES, 'filterText')}</label>
      <input id={`${id}-filter`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <div className="table-scroll">
        <table className="data-table settings-table">
          <thead>
            <tr>
              <th scope="col">{t(RULE_MESSAGES, 'setting')}</th>
              <th scope="col">{t(RULE_MESSAGES, 'value')}</th>
              <th scope="col">{t(RULE_MESSAGES, 'published')}</th>
              <th scope="col">{t(RULE_MESSAGES, 'source')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, s]) => {
              const label = l(s.label) || key;
              const before = published[key]?.value;
              return (
                <tr key={key} className={before !== s.value ? 'row-changed' : undefined}>
                  <th scope="row">
                    {label}
                    <br />
                    <code className="muted small-text">{key}</code>
                  </th>
                  <td>
                    <SettingInput
                      id={`site-setting-${key}`}
                      value={s.value}
                      label={label}
                      readOnly={readOnly}
                      onChange={(value) =>
                        onChange({
                          ...json,
                          settings: { ...settings, [key]: { ...s, value } },
                        } as unknown as JsonObject)
                      }
                    />{' '}
                    {s.unit && <span className="muted small-text">{t(RULE_MESSAGES, `unit_${s.unit}`)}</span>}
                  </td>
                  <td>{before === undefined ? '—' : String(before)}</td>
                  <td className="small-text">
                    {s.source && (
                      <span className="badge muted">{t(RULE_MESSAGES, `source_${s.source}`)}</span>
                    )}
                    {s.reference && <div className="muted">{s.reference}</div>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
