import { useId, useState } from 'react';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { REFERRAL_MESSAGES as M } from './referral-messages.js';
import { shareablePaths } from './referral-parts.js';

type Shared = { form: string; fields: string[] };

/** The data a referral shares, form by form, as checkboxes over each form's fields. */
export function SharedFields({
  value,
  onChange,
  readOnly,
}: {
  value: readonly Shared[];
  onChange: (next: JsonObject[]) => void;
  readOnly: boolean;
}) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const [adding, setAdding] = useState('');
  const forms = Object.values(site.working.forms);
  const total = value.reduce((n, s) => n + s.fields.length, 0);
  const set = (form: string, fields: string[]) =>
    onChange(
      value
        .map((s) => (s.form === form ? { form, fields } : s))
        .filter((s) => s.fields.length > 0) as unknown as JsonObject[],
    );
  return (
    <section className="card shared-fields" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(M, 'shared')}</h2>
      <p className="muted small-text">{t(M, 'sharedIntro')}</p>
      <p className="small-text" role="status">
        {t(M, 'sharedCount', { n: total })}
      </p>
      {value.map((s) => {
        const paths = shareablePaths(site.working, s.form, l);
        const known = new Set(paths.map((p) => p.path));
        const extra = s.fields.filter((f) => !known.has(f)).map((f) => ({ path: f, title: f }));
        return (
          <fieldset key={s.form} className="shared-form">
            <legend>{l(site.working.forms[s.form]?.title) || s.form}</legend>
            <div className="checkbox-columns">
              {[...paths, ...extra].map((p) => {
                const checked = s.fields.includes(p.path);
                const boxId = `${id}-${s.form}-${p.path}`;
                return (
                  <p key={p.path} className={`checkbox-line${p.path.includes('.') ? ' nested' : ''}`}>
                    <input
                      id={boxId}
                      type="checkbox"
                      checked={checked}
                      disabled={readOnly}
                      onChange={(e) =>
                        set(
                          s.form,
                          e.target.checked ? [...s.fields, p.path] : s.fields.filter((f) => f !== p.path),
                        )
                      }
                    />
                    <label htmlFor={boxId}>
                      {p.title} <code className="muted small-text">{p.path}</code>
                      {'sensitive' in p && typeof p.sensitive === 'string' && (
                        <span className="badge badge-warn">{t(M, 'sensitive', { kind: p.sensitive })}</span>
                      )}
                    </label>
                  </p>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      {!readOnly && (
        <div className="inline-controls">
          <div>
            <label htmlFor={`${id}-add`}>{t(M, 'otherForms')}</label>
            <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="" />
              {forms
                .filter((f) => !value.some((s) => s.form === f.id))
                .map((f) => (
                  <option key={f.id} value={f.id}>
                    {l(f.title) || f.id}
                  </option>
                ))}
            </select>
          </div>
          <button
            type="button"
            disabled={adding === ''}
            onClick={() => {
              const first = shareablePaths(site.working, adding, l)[0];
              if (first)
                onChange([...value, { form: adding, fields: [first.path] }] as unknown as JsonObject[]);
              setAdding('');
            }}
          >
            {t(M, 'addForm')}
          </button>
        </div>
      )}
    </section>
  );
}
