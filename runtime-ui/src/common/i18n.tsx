import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { localize } from '../../../platform/kernel/localized-text.js';
import { formatMessage, type MessageParams, type MessageTable } from './message-table.js';
import { isUiLocale, type UiLocale } from './ui-locales.js';

type I18n = {
  readonly locale: UiLocale;
  setLocale(locale: UiLocale): void;
  /** A UI message with `{name}` placeholders filled. */
  t(table: MessageTable, id: string, params?: MessageParams): string;
  /** A localized text from the definitions, in the current locale (with fallbacks). */
  l(text: Readonly<Record<string, string | undefined>> | string | undefined): string;
};

const I18nContext = createContext<I18n | undefined>(undefined);

const STORAGE_KEY = 'pathway.locale';

function initialLocale(): UiLocale {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved && isUiLocale(saved)) return saved;
  const browser = navigator.language;
  return isUiLocale(browser) ? browser : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<UiLocale>(() => {
    const initial = initialLocale();
    document.documentElement.lang = initial;
    return initial;
  });
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale: (next) => {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLocaleState(next);
      },
      t: (table, id, params = {}) => formatMessage(table, id, locale, params),
      l: (text) => localize(text as Record<string, string>, locale, ['en']),
    }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (value === undefined) throw new Error('useI18n outside I18nProvider');
  return value;
}
