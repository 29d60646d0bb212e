import { useId } from 'react';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import { adminPaths } from '../app/admin-routes.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { SOP_MESSAGES } from '../sop/sop-messages.js';
import { REFERRAL_MESSAGES as M } from './referral-messages.js';

const UNITS = ['hours', 'days', 'working_days', 'weeks', 'months', 'years'] as const;

/** A duration: an amount (or the setting it names, shown with its value) and a unit. */
export function DurationInput({
  legend,
  value,
  onChange,
  readOnly,
}: {
  legend: string;
  value: JsonObject | undefined;
  onChange: (next: JsonObject) => void;
  readOnly: boolean;
}) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const amount = value?.amount;
  const setting =
    amount !== null && typeof amount === 'object' && !Array.isArray(amount)
      ? String(amount.setting)
      : undefined;
  const s = setting === undefined ? undefined : site.working.site.settings?.[setting];
  return (
    <fieldset className="duration-input">
      <legend>{legend}</legend>
      <div className="inline-controls">
        {setting === undefined ? (
          <div>
            <label htmlFor={`${id}-amount`}>{t(M, 'amount')}</label>
            <input
              id={`${id}-amount`}
              type="number"
              min={0}
              className="narrow"
              value={typeof amount === 'number' ? amount : ''}
              readOnly={readOnly}
              onChange={(e) => onChange({ ...(value ?? { unit: 'days' }), amount: Number(e.target.value) })}
            />
          </div>
        ) : (
          <p className="small-text">
            {t(M, 'fromSetting', { name: l(s?.label) || setting, value: String(s?.value ?? '?') })}
          </p>
        )}
        <div>
          <label htmlFor={`${id}-unit`}>{t(M, 'unit')}</label>
          <select
            id={`${id}-unit`}
            value={String(value?.unit ?? 'days')}
            disabled={readOnly}
            onChange={(e) => onChange({ ...(value ?? { amount: 1 }), unit: e.target.value })}
          >
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(SOP_MESSAGES, `unit_${u}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  );
}

/** A rule chosen by id (`{"rule": id}`); other logic is left to the generic editor. */
export function RuleChoice({
  label,
  value,
  onChange,
  readOnly,
}: {
  label: string;
  value: JsonValue | undefined;
  onChange: (next: JsonValue | undefined) => void;
  readOnly: boolean;
}) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const isRef =
    value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.rule === 'string';
  const ruleId = isRef ? String((value as JsonObject).rule) : '';
  if (value !== undefined && !isRef)
    return (
      <p className="small-text">
        <strong>{label}:</strong> {t(M, 'customLogic')}
      </p>
    );
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <div className="inline-controls">
        <select
          id={id}
          value={ruleId}
          disabled={readOnly}
          onChange={(e) => onChange(e.target.value === '' ? undefined : { rule: e.target.value })}
        >
          <option value="">{t(M, 'noRule')}</option>
          {Object.values(site.working.rules).map((r) => (
            <option key={r.id} value={r.id}>
              {l(r.name) || r.id}
            </option>
          ))}
        </select>
        {ruleId !== '' && <Link to={adminPaths.definition(site.id, 'rule', ruleId)}>{t(M, 'openRule')}</Link>}
      </div>
    </div>
  );
}

type FieldPath = { path: string; title: string; sensitive?: string };

/** A form's fields down to one level of groups, as shareable paths (`person.dob`). */
export function shareablePaths(
  bundle: SiteBundle,
  formId: string,
  l: (t: Record<string, string>) => string,
): FieldPath[] {
  const form = bundle.forms[formId];
  if (form === undefined) return [];
  const out: FieldPath[] = [];
  const walk = (props: Record<string, unknown>, prefix: string, titlePrefix: string, depth: number) => {
    for (const [name, raw] of Object.entries(props)) {
      const field = raw as {
        title?: Record<string, string>;
        type?: string;
        properties?: Record<string, unknown>;
        sensitive?: string;
      };
      const title = `${titlePrefix}${l(field.title ?? {}) || name}`;
      const path = `${prefix}${name}`;
      out.push({ path, title, ...(field.sensitive ? { sensitive: field.sensitive } : {}) });
      if (field.type === 'object' && field.properties && depth < 1)
        walk(field.properties, `${path}.`, `${title} › `, depth + 1);
    }
  };
  walk(form.fields.properties as Record<string, unknown>, '', '', 0);
  return out;
}
