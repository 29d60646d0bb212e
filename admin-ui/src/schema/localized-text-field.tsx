import type { FieldProps } from '@rjsf/utils';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { DEFINITION_MESSAGES as M } from '../definitions/definition-messages.js';
import { useAdminSite } from '../site/admin-site-context.js';

type Text = Record<string, string>;

/** A label for a property: its name, or for items of a list their number. */
export function fieldLabel(name: string | undefined, fallback = ''): string {
  if (name === undefined || name === '') return fallback;
  return /^\d+$/.test(name) ? `${Number(name) + 1}` : name;
}

const LONG = new Set(['description', 'message', 'eligibilityText', 'summary', 'reference']);

/** One text in every locale of the site, side by side; empty ones are marked missing. */
export function LocalizedTextInputs({
  id,
  value,
  onChange,
  readOnly,
  long,
  label,
}: {
  id: string;
  value: Text | undefined;
  onChange: (next: Text | undefined) => void;
  readOnly: boolean;
  long: boolean;
  label: string;
}) {
  const { t } = useI18n();
  const site = useAdminSite();
  const locales = [...new Set([...site.working.site.locales, ...Object.keys(value ?? {})])];
  const started = Object.values(value ?? {}).some((v) => v !== '');
  const set = (locale: string, text: string) => {
    const next: Text = { ...(value ?? {}) };
    if (text === '') delete next[locale];
    else next[locale] = text;
    onChange(Object.keys(next).length === 0 ? undefined : next);
  };
  return (
    <div className="l10n-grid">
      {locales.map((locale) => {
        const text = value?.[locale] ?? '';
        // A text that is absent altogether is optional; one given in some languages lacks the others.
        const missing = text === '' && started && site.working.site.locales.includes(locale);
        const inputId = `${id}~${locale}`;
        const common = {
          id: inputId,
          lang: locale,
          value: text,
          readOnly,
          'aria-invalid': missing || undefined,
          'aria-label': t(M, 'textIn', { where: label, locale }),
          className: missing ? 'missing' : undefined,
          onChange: (e: { target: { value: string } }) => set(locale, e.target.value),
        };
        return (
          <div key={locale} className="l10n-cell">
            <span className="l10n-locale" aria-hidden="true">
              {locale}
              {missing && <span className="missing-mark"> · {t(M, 'missing')}</span>}
            </span>
            {long ? <textarea rows={2} {...common} /> : <input {...common} />}
          </div>
        );
      })}
    </div>
  );
}

/** rjsf field for localized texts (`common.schema.json#/$defs/localizedText`). */
export function LocalizedTextField(props: FieldProps) {
  const { fieldPathId, formData, onChange, name, schema, readonly, disabled, uiSchema } = props;
  const label = (uiSchema?.['ui:title'] as string | undefined) ?? fieldLabel(name, 'text');
  const long = LONG.has(name) || Object.values((formData ?? {}) as Text).some((v) => v.length > 70);
  return (
    <fieldset className="field l10n-field" id={fieldPathId.$id}>
      <legend>{label}</legend>
      {schema.description && <p className="field-help">{schema.description}</p>}
      <LocalizedTextInputs
        id={fieldPathId.$id}
        value={formData as Text | undefined}
        onChange={(next) => onChange(next, fieldPathId.path)}
        readOnly={readonly === true || disabled === true}
        long={long}
        label={label}
      />
    </fieldset>
  );
}
