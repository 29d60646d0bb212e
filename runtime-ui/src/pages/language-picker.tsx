import { useId } from 'react';
import { useI18n } from '../common/i18n.js';
import { useSession } from '../common/session.js';
import { SHELL_MESSAGES } from '../common/shell-messages.js';
import { isUiLocale, UI_LOCALES } from '../common/ui-locales.js';

/** The language switch: every label of the UI and of the definitions follows it. */
export function LanguagePicker() {
  const { locale, t } = useI18n();
  const { changeLocale } = useSession();
  const id = useId();
  return (
    <span className="inline-field">
      <label htmlFor={id}>{t(SHELL_MESSAGES, 'language')}</label>
      <select
        id={id}
        value={locale}
        onChange={(e) => {
          if (isUiLocale(e.target.value)) void changeLocale(e.target.value).catch(console.error);
        }}
      >
        {UI_LOCALES.map((l) => (
          <option key={l.id} value={l.id} lang={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </span>
  );
}
