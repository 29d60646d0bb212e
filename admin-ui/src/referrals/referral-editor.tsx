import { useId } from 'react';
import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import type { ViewProps } from '../definitions/definition-editor-page.js';
import { LocalizedTextInputs } from '../schema/localized-text-field.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { REFERRAL_MESSAGES as M } from './referral-messages.js';
import { DurationInput, RuleChoice } from './referral-parts.js';
import { SharedFields } from './shared-fields.js';

const RESPONSIBILITY = ['kept_until_accepted', 'kept', 'transferred_on_accept'] as const;

const obj = (v: JsonValue | undefined): JsonObject =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
const list = (v: JsonValue | undefined): string[] => (Array.isArray(v) ? v.map(String) : []);

/** A form chosen by id (`{"form": id}`). */
function FormChoice({
  label,
  value,
  onChange,
  readOnly,
}: {
  label: string;
  value: JsonValue | undefined;
  onChange: (v: JsonValue | undefined) => void;
  readOnly: boolean;
}) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const id = useId();
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(obj(value).form ?? '')}
        disabled={readOnly}
        onChange={(e) => onChange(e.target.value === '' ? undefined : { form: e.target.value })}
      >
        <option value="">{t(M, 'noForm')}</option>
        {Object.values(site.working.forms).map((f) => (
          <option key={f.id} value={f.id}>
            {l(f.title) || f.id}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A referral protocol as partners agree it: who sends to whom, under which eligibility rule and
 * consent, what the receiver sees (field by field), how fast they answer, who keeps the case.
 */
export function ReferralEditor({ json, onChange, readOnly }: ViewProps) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const s = site.working.site;
  const set = (key: string, value: JsonValue | undefined) => {
    const next = { ...json };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const from = obj(json.from);
  const to = obj(json.to);
  const toService = typeof to.service === 'string';
  const toggle = (items: string[], item: string, on: boolean) =>
    on ? [...items, item] : items.filter((x) => x !== item);
  return (
    <div className="referral-editor">
      <section className="card">
        <fieldset className="l10n-field">
          <legend>{t(M, 'name')}</legend>
          <LocalizedTextInputs
            id={`${id}-name`}
            value={json.name as Record<string, string> | undefined}
            onChange={(v) => set('name', v)}
            readOnly={readOnly}
            long={false}
            label={t(M, 'name')}
          />
        </fieldset>
      </section>
      <div className="two-columns">
        <section className="card" aria-labelledby={`${id}-route`}>
          <h2 id={`${id}-route`}>{t(M, 'route')}</h2>
          <fieldset>
            <legend>{t(M, 'fromPartners')}</legend>
            {s.partners.map((p) => (
              <p key={p.id} className="checkbox-line">
                <input
                  id={`${id}-from-${p.id}`}
                  type="checkbox"
                  checked={list(from.partners).includes(p.id)}
                  disabled={readOnly}
                  onChange={(e) =>
                    set('from', { ...from, partners: toggle(list(from.partners), p.id, e.target.checked) })
                  }
                />
                <label htmlFor={`${id}-from-${p.id}`}>{l(p.name) || p.id}</label>
              </p>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t(M, 'fromRoles')}</legend>
            {s.roles
              .filter((r) => (r.permissions ?? []).includes('referral.send'))
              .map((r) => (
                <p key={r.id} className="checkbox-line">
                  <input
                    id={`${id}-role-${r.id}`}
                    type="checkbox"
                    checked={list(from.roles).includes(r.id)}
                    disabled={readOnly}
                    onChange={(e) => {
                      const roles = toggle(list(from.roles), r.id, e.target.checked);
                      const next: JsonObject = { ...from, roles };
                      if (roles.length === 0) delete next.roles;
                      set('from', next);
                    }}
                  />
                  <label htmlFor={`${id}-role-${r.id}`}>{l(r.name) || r.id}</label>
                </p>
              ))}
          </fieldset>
          <fieldset>
            <legend>{t(M, 'receiver')}</legend>
            <div className="choice-row">
              {(['partner', 'service'] as const).map((k) => (
                <span key={k} className="choice">
                  <input
                    id={`${id}-to-${k}`}
                    type="radio"
                    name={`${id}-to`}
                    checked={toService === (k === 'service')}
                    disabled={readOnly}
                    onChange={() =>
                      set(
                        'to',
                        k === 'service'
                          ? { service: Object.keys(site.working.services)[0] ?? '' }
                          : { partner: s.partners[0]?.id ?? '' },
                      )
                    }
                  />
                  <label htmlFor={`${id}-to-${k}`}>{t(M, k === 'service' ? 'toService' : 'toPartner')}</label>
                </span>
              ))}
            </div>
            <select
              aria-label={t(M, 'receiver')}
              value={String(toService ? to.service : (to.partner ?? ''))}
              disabled={readOnly}
              onChange={(e) =>
                set('to', toService ? { service: e.target.value } : { partner: e.target.value })
              }
            >
              {toService
                ? Object.values(site.working.services).map((x) => (
                    <option key={x.id} value={x.id}>
                      {l(x.name) || x.id}
                    </option>
                  ))
                : s.partners.map((p) => (
                    <option key={p.id} value={p.id}>
                      {l(p.name) || p.id}
                    </option>
                  ))}
            </select>
          </fieldset>
        </section>
        <section className="card" aria-labelledby={`${id}-conditions`}>
          <h2 id={`${id}-conditions`}>{t(M, 'conditions')}</h2>
          <RuleChoice
            label={t(M, 'eligibility')}
            value={json.eligibility}
            onChange={(v) => set('eligibility', v)}
            readOnly={readOnly}
          />
          <label htmlFor={`${id}-consent`}>{t(M, 'consentPurpose')}</label>
          <select
            id={`${id}-consent`}
            value={String(json.consentPurpose ?? '')}
            disabled={readOnly}
            onChange={(e) => set('consentPurpose', e.target.value === '' ? undefined : e.target.value)}
          >
            <option value="">{t(M, 'noConsent')}</option>
            {(s.consentPurposes ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {l(c.name) || c.id}
              </option>
            ))}
          </select>
          <DurationInput
            legend={t(M, 'responseDeadline')}
            value={obj(json.responseDeadline)}
            onChange={(v) => set('responseDeadline', v)}
            readOnly={readOnly}
          />
          <label htmlFor={`${id}-resp`}>{t(M, 'responsibility')}</label>
          <select
            id={`${id}-resp`}
            value={String(json.responsibility ?? 'kept')}
            disabled={readOnly}
            onChange={(e) => set('responsibility', e.target.value)}
          >
            {RESPONSIBILITY.map((r) => (
              <option key={r} value={r}>
                {t(M, `resp_${r}`)}
              </option>
            ))}
          </select>
          <FormChoice
            label={t(M, 'referralForm')}
            value={json.form}
            onChange={(v) => set('form', v)}
            readOnly={readOnly}
          />
          <FormChoice
            label={t(M, 'feedbackForm')}
            value={json.feedbackForm}
            onChange={(v) => set('feedbackForm', v)}
            readOnly={readOnly}
          />
        </section>
      </div>
      <SharedFields
        value={
          (Array.isArray(json.shared) ? json.shared : []) as unknown as { form: string; fields: string[] }[]
        }
        onChange={(v) => set('shared', v.length === 0 ? undefined : v)}
        readOnly={readOnly}
      />
    </div>
  );
}
