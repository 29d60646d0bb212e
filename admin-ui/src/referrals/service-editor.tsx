import { useId } from 'react';
import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import type { ViewProps } from '../definitions/definition-editor-page.js';
import { LocalizedTextInputs } from '../schema/localized-text-field.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { REFERRAL_MESSAGES as M } from './referral-messages.js';
import { DurationInput, RuleChoice } from './referral-parts.js';

const STATUS = ['active', 'inactive', 'gap'] as const;
const PERIODS = ['ongoing', 'month', 'quarter', 'year', 'cohort'] as const;
const obj = (v: JsonValue | undefined): JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};

/** A service-directory entry: what it is, who provides it, who qualifies, how many places, how to refer. */
export function ServiceEditor({ json, onChange, readOnly }: ViewProps) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const set = (key: string, value: JsonValue | undefined) => {
    const next = { ...json };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const provider = obj(json.provider);
  const capacity = obj(json.capacity);
  const text = (key: string, label: string, long: boolean) => (
    <fieldset className="l10n-field">
      <legend>{label}</legend>
      <LocalizedTextInputs
        id={`${id}-${key}`}
        value={json[key] as Record<string, string> | undefined}
        onChange={(v) => set(key, v)}
        readOnly={readOnly}
        long={long}
        label={label}
      />
    </fieldset>
  );
  return (
    <div className="service-editor">
      <section className="card">
        {text('name', t(M, 'name'), false)}
        {text('description', t(M, 'description'), true)}
      </section>
      <div className="two-columns">
        <section className="card">
          <label htmlFor={`${id}-provider`}>{t(M, 'provider')}</label>
          {typeof provider.partner === 'string' ? (
            <select
              id={`${id}-provider`}
              value={provider.partner}
              disabled={readOnly}
              onChange={(e) => set('provider', { partner: e.target.value })}
            >
              {site.working.site.partners.map((p) => (
                <option key={p.id} value={p.id}>
                  {l(p.name) || p.id}
                </option>
              ))}
            </select>
          ) : (
            <p id={`${id}-provider`} className="small-text">
              {t(M, 'outsider')}
            </p>
          )}
          <label htmlFor={`${id}-status`}>{t(M, 'status')}</label>
          <select
            id={`${id}-status`}
            value={String(json.status ?? 'active')}
            disabled={readOnly}
            onChange={(e) => set('status', e.target.value)}
          >
            {STATUS.map((x) => (
              <option key={x} value={x}>
                {t(M, `status_${x}`)}
              </option>
            ))}
          </select>
          <fieldset>
            <legend>{t(M, 'capacity')}</legend>
            <div className="inline-controls">
              <div>
                <label htmlFor={`${id}-places`}>{t(M, 'places')}</label>
                <input
                  id={`${id}-places`}
                  type="number"
                  min={0}
                  className="narrow"
                  value={typeof capacity.places === 'number' ? capacity.places : ''}
                  readOnly={readOnly}
                  onChange={(e) => {
                    const next = { ...capacity };
                    if (e.target.value === '') delete next.places;
                    else next.places = Number(e.target.value);
                    set('capacity', Object.keys(next).length === 0 ? undefined : next);
                  }}
                />
              </div>
              <div>
                <label htmlFor={`${id}-period`}>{t(M, 'period')}</label>
                <select
                  id={`${id}-period`}
                  value={String(capacity.period ?? 'ongoing')}
                  disabled={readOnly}
                  onChange={(e) => set('capacity', { ...capacity, period: e.target.value })}
                >
                  {PERIODS.map((p) => (
                    <option key={p} value={p}>
                      {t(M, `period_${p}`)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </fieldset>
          {json.duration !== undefined && (
            <DurationInput
              legend={t(M, 'duration')}
              value={obj(json.duration)}
              onChange={(v) => set('duration', v)}
              readOnly={readOnly}
            />
          )}
        </section>
        <section className="card">
          <RuleChoice
            label={t(M, 'eligibility')}
            value={json.eligibility}
            onChange={(v) => set('eligibility', v)}
            readOnly={readOnly}
          />
          {text('eligibilityText', t(M, 'eligibilityText'), true)}
          <label htmlFor={`${id}-referral`}>{t(M, 'referralProtocol')}</label>
          <select
            id={`${id}-referral`}
            value={String(obj(json.referral).referral ?? '')}
            disabled={readOnly}
            onChange={(e) =>
              set('referral', e.target.value === '' ? undefined : { referral: e.target.value })
            }
          >
            <option value="">{t(M, 'noForm')}</option>
            {Object.values(site.working.referrals).map((r) => (
              <option key={r.id} value={r.id}>
                {l(r.name) || r.id}
              </option>
            ))}
          </select>
        </section>
      </div>
    </div>
  );
}
