import { useId, useMemo, useState } from 'react';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { type EffectiveForm, effectiveForm } from '../../../platform/forms/index.js';
import type { JsonObject } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { EngineForm } from '../../../runtime-ui/src/forms/engine-form.js';
import type { EngineFormState } from '../../../runtime-ui/src/forms/use-engine-form.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { digest } from '../site/working-bundle.js';
import { DESIGNER_MESSAGES as M } from './designer-messages.js';

type Computed = { ef: EffectiveForm } | { error: string };

/**
 * The form as caseworkers will see it, drawn by the real forms engine (`effectiveForm`) and the
 * caseworker UI's rjsf setup from the definition being edited: answers typed here make the form
 * rules act (show, require, calculate, messages, option filters).
 */
export function FormPreview({ formId, form }: { formId: string; form: JsonObject }) {
  const { t, locale: uiLocale } = useI18n();
  const site = useAdminSite();
  const locales = site.working.site.locales;
  const [locale, setLocale] = useState(
    locales.includes(uiLocale) ? uiLocale : site.working.site.defaultLocale,
  );
  const [data, setData] = useState<unknown>({});
  const id = useId();
  // The engines cache compiled forms by bundle hash: a hash of its own for every version of the form.
  const bundle = useMemo<SiteBundle>(
    () => ({
      ...site.working,
      forms: { ...site.working.forms, [formId]: form as unknown as SiteBundle['forms'][string] },
      hash: `${site.working.hash}#${digest(JSON.stringify(form))}`,
    }),
    [site.working, formId, form],
  );
  const computed = useMemo<Computed>(() => {
    try {
      return { ef: effectiveForm({ bundle, formId, data, locale, today: site.today() }) };
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e) };
    }
  }, [bundle, formId, data, locale, site]);
  const state = useMemo<EngineFormState | undefined>(() => {
    if (!('ef' in computed)) return undefined;
    const noop = () => undefined;
    return {
      formId,
      ef: computed.ef,
      visibleErrors: computed.ef.errors.filter((e) => e.code !== 'required'),
      dirty: false,
      change: (next) => setData(next),
      touch: noop,
      revealAll: noop,
      setServerErrors: noop,
      markSaved: noop,
      replace: (next) => setData(next),
    };
  }, [computed, formId]);
  return (
    <section className="card form-preview" aria-labelledby={`${id}-title`}>
      <div className="card-head">
        <h2 id={`${id}-title`}>{t(M, 'preview')}</h2>
        <span className="inline-field">
          <label htmlFor={`${id}-locale`}>{t(M, 'previewLanguage')}</label>
          <select id={`${id}-locale`} value={locale} onChange={(e) => setLocale(e.target.value)}>
            {locales.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </span>
      </div>
      <p className="muted small-text">{t(M, 'previewIntro')}</p>
      {'error' in computed ? (
        <p className="notice notice-warn">{t(M, 'previewError', { message: computed.error })}</p>
      ) : (
        state && (
          <div lang={locale} className="preview-frame">
            <EngineForm form={state} />
            <p className={computed.ef.errors.length > 0 ? 'small-text muted' : 'small-text'} role="status">
              {computed.ef.errors.length > 0
                ? t(M, 'previewProblems', { n: computed.ef.errors.length })
                : t(M, 'previewOk')}
            </p>
            <button type="button" className="small" onClick={() => setData({})}>
              {t(M, 'clearAnswers')}
            </button>
          </div>
        )
      )}
    </section>
  );
}
