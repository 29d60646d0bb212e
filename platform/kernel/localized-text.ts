/** A user-visible string in several languages, keyed by BCP 47 locale (`en`, `uz`, `sr-Cyrl`, …). */
export type LocalizedText = Readonly<Record<string, string>>;

/** Locale tags as written in definitions: a language subtag with optional script/region subtags. */
export const LOCALE_PATTERN = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Picks the best text for `locale`: the exact tag, then its language (`sr` for `sr-Latn`),
 * then each fallback in order, then any text at all. Returns '' for an empty object.
 */
export function localize(
  text: LocalizedText | string | undefined,
  locale: string,
  fallbacks: readonly string[] = ['en'],
): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const exact = text[locale];
  if (exact !== undefined) return exact;
  const language = locale.split('-')[0] ?? locale;
  const byLanguage = text[language];
  if (byLanguage !== undefined) return byLanguage;
  for (const fallback of fallbacks) {
    const found = text[fallback];
    if (found !== undefined) return found;
  }
  const first = Object.values(text)[0];
  return first ?? '';
}

/** Locales from `required` that `text` lacks. */
export function missingLocales(text: LocalizedText, required: readonly string[]): string[] {
  return required.filter((locale) => typeof text[locale] !== 'string' || text[locale].trim() === '');
}
