import { useState } from 'react';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { AdminError } from '../api/admin-error.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { RULE_MESSAGES as M } from './rule-messages.js';

export type SettingValue = string | number | boolean;
export type SettingEdits = Readonly<Record<string, SettingValue>>;

/** The site definition with some settings' values changed. */
export function withSettings<T extends { settings?: unknown }>(site: T, edits: SettingEdits): T {
  if (Object.keys(edits).length === 0) return site;
  const settings = { ...((site.settings ?? {}) as Record<string, { value: SettingValue }>) };
  for (const [id, value] of Object.entries(edits)) {
    const current = settings[id];
    if (current) settings[id] = { ...current, value };
  }
  return { ...site, settings };
}

/** A bundle whose site settings carry the edits (the rule editor's tests and counts run on it). */
export const bundleWithSettings = (bundle: SiteBundle, edits: SettingEdits): SiteBundle =>
  Object.keys(edits).length === 0
    ? bundle
    : { ...bundle, site: withSettings(bundle.site, edits), hash: `${bundle.hash}~s` };

/** One input for a setting's value, typed like the value. */
export function SettingInput({
  id,
  value,
  label,
  onChange,
  readOnly,
}: {
  id: string;
  value: SettingValue;
  label: string;
  onChange: (next: SettingValue) => void;
  readOnly: boolean;
}) {
  if (typeof value === 'boolean')
    return (
      <input
        id={id}
        type="checkbox"
        checked={value}
        disabled={readOnly}
        aria-label={label}
        onChange={(e) => onChange(e.target.checked)}
      />
    );
  return (
    <input
      id={id}
      type={typeof value === 'number' ? 'number' : 'text'}
      className="narrow"
      value={String(value)}
      readOnly={readOnly}
      aria-label={label}
      onChange={(e) => {
        const raw = e.target.value;
        if (typeof value === 'number') {
          const n = Number(raw);
          if (raw !== '' && Number.isFinite(n)) onChange(n);
        } else onChange(raw);
      }}
    />
  );
}

/**
 * The named settings a rule reads (its thresholds), editable: edits act on the live tests and
 * counts at once and are saved as a draft of the site definition.
 */
export function SettingsPanel({
  ids,
  edits,
  onEdit,
  onSaved,
  readOnly,
}: {
  ids: readonly string[];
  edits: SettingEdits;
  onEdit: (id: string, value: SettingValue) => void;
  onSaved: () => void;
  readOnly: boolean;
}) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);
  const settings = site.working.site.settings ?? {};
  const published = site.bundle.site.settings ?? {};
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      // The site definition as it stands now (someone may have drafted it meanwhile), with these values.
      const read = await site.api.read('site', site.id);
      const base = (read.draft?.json ?? read.published) as JsonObject;
      const { draft } = await site.api.save(
        'site',
        site.id,
        withSettings(base, edits),
        read.draft?.version ?? null,
      );
      site.noteDraft('site', site.id, draft.json);
      setSaved(true);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card settings-panel" aria-labelledby="settings-title">
      <h2 id="settings-title">{t(M, 'settingsTitle')}</h2>
      {ids.length === 0 ? (
        <p className="muted">{t(M, 'noSettings')}</p>
      ) : (
        <>
          <p className="muted small-text">{t(M, 'settingsIntro')}</p>
          <table className="data-table settings-table">
            <thead>
              <tr>
                <th scope="col">{t(M, 'setting')}</th>
                <th scope="col">{t(M, 'value')}</th>
                <th scope="col">{t(M, 'published')}</th>
              </tr>
            </thead>
            <tbody>
              {ids.map((id) => {
                const setting = settings[id];
                if (setting === undefined) return null;
                const value = edits[id] ?? setting.value;
                const label = l(setting.label) || id;
                const before = published[id]?.value;
                return (
                  <tr key={id} className={before !== value ? 'row-changed' : undefined}>
                    <th scope="row">
                      {label}
                      <br />
                      <code className="muted small-text">{id}</code>
                      {setting.source && (
                        <span className="badge muted">{t(M, `source_${setting.source}`)}</span>
                      )}
                    </th>
                    <td>
                      <SettingInput
                        id={`setting-${id}`}
                        value={value}
                        label={label}
                        readOnly={readOnly}
                        onChange={(v) => {
                          setSaved(false);
                          onEdit(id, v);
                        }}
                      />{' '}
                      {setting.unit && (
                        <span className="muted small-text">{t(M, `unit_${setting.unit}`)}</span>
                      )}
                    </td>
                    <td>{before === undefined ? '—' : String(before)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {!readOnly && (
            <div className="form-actions">
              <button
                type="button"
                onClick={() => void save()}
                disabled={busy || Object.keys(edits).length === 0}
              >
                {t(M, 'saveSettings')}
              </button>
              <span role="status" className="muted small-text">
                {saved ? t(M, 'settingsSaved') : ''}
              </span>
            </div>
          )}
          <AdminError error={error} />
        </>
      )}
    </section>
  );
}
