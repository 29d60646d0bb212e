/** Looks up the engine's UI strings (message-catalogue.ts) for a locale, with plural forms and parameters. */
import {
  MESSAGE_CATALOGUE,
  MESSAGE_LOCALES,
  type MessageLocale,
  type Phrase,
  type Plural,
} from './message-catalogue.js';

export { MESSAGE_LOCALES, type MessageLocale } from './message-catalogue.js';

/** A key of the message catalogue. */
export type MessageKey = keyof typeof MESSAGE_CATALOGUE;

/** Every message key, for completeness checks. */
export const MESSAGE_KEYS = Object.keys(MESSAGE_CATALOGUE) as MessageKey[];

/** Whether `key` names a message (`type.string`, `format.date`, …). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(MESSAGE_CATALOGUE, key);
}

/** The catalogue locale for `locale`: exact, its language, then each fallback, then `en`. */
export function messageLocale(locale: string, fallbacks: readonly string[] = []): MessageLocale {
  const known = (tag: string) => (MESSAGE_LOCALES as readonly string[]).includes(tag);
  const language = locale.split('-')[0] ?? locale;
  const candidates = [locale, language === 'sr' ? 'sr-Cyrl' : language, ...fallbacks];
  return (candidates.find(known) as MessageLocale | undefined) ?? 'en';
}

const rulesByLocale = new Map<MessageLocale, Intl.PluralRules>();

function pluralRules(locale: MessageLocale): Intl.PluralRules {
  const cached = rulesByLocale.get(locale);
  if (cached !== undefined) return cached;
  const rules = new Intl.PluralRules(locale);
  rulesByLocale.set(locale, rules);
  return rules;
}

/**
 * The message `key` in `locale` (see {@link messageLocale}), with `{limit}` and other parameters
 * filled in; numbers are formatted for the locale and choose the plural form.
 */
export function formMessage(
  key: MessageKey,
  locale: string,
  params: Readonly<Record<string, string | number>> = {},
  fallbacks: readonly string[] = [],
): string {
  const tag = messageLocale(locale, fallbacks);
  const phrase: Phrase = MESSAGE_CATALOGUE[key][tag];
  let text: string;
  if (typeof phrase === 'string') text = phrase;
  else {
    const count = typeof params.limit === 'number' ? params.limit : 0;
    text = phrase[pluralRules(tag).select(count) as keyof Plural] ?? phrase.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(tag).format(value) : value;
  });
}
