import { useI18n } from '../common/i18n.js';
import { SHELL_MESSAGES } from '../common/shell-messages.js';
import { isUiLocale, UI_LOCALES } from '../common/ui-locales.js';

/** The language switch: every label of the UI and of the definitions follows it. */
export function LanguagePicker() {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className="inline">
      <span>{t(SHELL_MESSAGES, 'language')}</span>
      <select value={locale} onChange={(e) => isUiLocale(e.target.value) && setLocale(e.target.value)}>
        {UI_LOCALES.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
