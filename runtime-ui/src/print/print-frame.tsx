import { type ReactNode, useId } from 'react';
import { useI18n } from '../common/i18n.js';
import { useSite } from '../site/site-context.js';
import { PRINT_MESSAGES } from './print-messages.js';

/** A language's own name, capitalised: "O‘zbek", "Русский", "Српски (ћирилица)". */
function languageName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * A page to print for the client (or a receiver off the system): above the copy, a toolbar that is
 * not printed — the way back, the language of the copy among the site's, and the print button.
 */
export function PrintFrame({
  back,
  languageLabel,
  language,
  onLanguage,
  children,
}: {
  back: ReactNode;
  languageLabel: string;
  language: string;
  onLanguage: (locale: string) => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const site = useSite();
  const id = useId();
  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        {back}
        <span className="inline-field">
          <label htmlFor={id}>{languageLabel}</label>
          <select id={id} value={language} onChange={(e) => onLanguage(e.target.value)}>
            {site.bundle.site.locales.map((loc) => (
              <option key={loc} value={loc}>
                {languageName(loc)}
              </option>
            ))}
          </select>
        </span>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t(PRINT_MESSAGES, 'print')}
        </button>
      </div>
      {children}
    </div>
  );
}
