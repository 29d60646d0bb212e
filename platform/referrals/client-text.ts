import type { SiteBundle } from '../definitions/site-bundle.js';
import type { JsonObject } from '../kernel/json.js';
import { type LocalizedText, localize } from '../kernel/localized-text.js';

/**
 * The locale for client-facing texts (letters, the disclosure report): the person's preferred
 * language from the registration `languageField` when the site works in it, else the site default.
 */
export function clientLocale(bundle: SiteBundle, person: Readonly<JsonObject> | undefined): string {
  const field = bundle.site.registration?.languageField;
  const value = field === undefined || person === undefined ? undefined : valueAt(person, field);
  return typeof value === 'string' && bundle.site.locales.includes(value) ? value : bundle.site.defaultLocale;
}

function valueAt(data: Readonly<JsonObject>, path: string): unknown {
  let value: unknown = data;
  for (const name of path.split('.'))
    value =
      value !== null && typeof value === 'object' && Object.hasOwn(value, name)
        ? (value as JsonObject)[name]
        : undefined;
  return value;
}

/** Texts in `locale`, falling back to the site default, then English. */
export function siteText(bundle: SiteBundle, locale: string): (text: LocalizedText | undefined) => string {
  const fallbacks = [bundle.site.defaultLocale, 'en'];
  return (text) => localize(text, locale, fallbacks);
}

/** The Intl locale for a site locale; client texts use day-month order in English ("3 March 2025"). */
export function intlLocale(locale: string): string {
  if (locale === 'en') return 'en-GB';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/** A site-local day (`YYYY-MM-DD`) written out for a client in `locale`. */
export function longDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date.slice(0, 10)}T00:00:00Z`),
  );
}

/** "a, b and c" in `locale`. */
export function listText(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(items);
}

/**
 * Fills `{{name}}` placeholders; unknown placeholders are left as written. A value that ends a
 * sentence itself (Russian and Serbian dates end with a dot) does not get a second dot.
 */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}(\.?)/g, (whole, key: string, dot: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return value.endsWith('.') ? value : `${value}${dot}`;
  });
}

/** Fills `{name}` placeholders of a phrase; unknown ones are left as written. */
export function fillPhrase(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
