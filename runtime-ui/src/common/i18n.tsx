import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';
import { localize } from '../../../platform/kernel/localized-text.js';
import { isUiLocale, type UiLocale } from './ui-locales.js';

type MessageTable = Record<string, Record<UiLocale, string>>;

type I18n = {
  readonly locale: UiLocale;
  setLocale(locale: UiLocale): void;
  /** A UI message with `{name}` placeholders filled. */
  t(table: MessageTable, id: string, params?: Record<string, string | number>): string;
  /** A localized text from the definitions, in the current locale (with fallbacks). */
  l(text: Readonly<Record<string, string | undefined>> | string | undefined): string;
};

const I18nContext = createContext<I18n | undefined>(undefined);

function initialLocale(): UiLocale {
  const saved = localStorage.getItem('pathway.locale');
  if (saved && isUiLocale(saved)) return saved;
  const browser = navigator.language;
  return isUiLocale(browser) ? browser : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<UiLocale>(initialLocale);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale: (next) => {
        localStorage.setItem('pathway.locale', next);
        document.documentElement.lang = next;
        setLocaleState(next);
      },
      t: (table, id, params = {}) => {
        const message = table[id]?.[locale] ?? table[id]?.en ?? id;
        return message.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));
      },
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
