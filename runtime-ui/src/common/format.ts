import type { UiLocale } from './ui-locales.js';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(locale, options);
    cache.set(key, found);
  }
  return found;
}

// English as written in international organisations (day month year), not the US default.
function intlLocale(locale: UiLocale): string {
  return locale === 'en' ? 'en-GB' : locale;
}

const UZ_MONTHS = [
  'yanvar',
  'fevral',
  'mart',
  'aprel',
  'may',
  'iyun',
  'iyul',
  'avgust',
  'sentabr',
  'oktabr',
  'noyabr',
  'dekabr',
];

/**
 * Uzbek dates by hand ("12-aprel, 1990"): browsers built without Uzbek calendar data (Debian's
 * Chromium) print "1990 M04 12".
 */
function uzbekDate(date: Date, timeZone: string): string {
  const parts = formatter('en-CA', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    timeZone,
  }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return `${part('day')}-${UZ_MONTHS[part('month') - 1]}, ${part('year')}`;
}

/** Undoes the "1990 M04 12" fallback in text formatted elsewhere (the forms engine's read-outs). */
export function fixUzbekDates(text: string): string {
  return text.replace(/\b(\d{4}) M(\d{2}) (\d{1,2})\b/g, (_, y: string, m: string, d: string) => {
    return `${Number(d)}-${UZ_MONTHS[Number(m) - 1]}, ${y}`;
  });
}

function dateText(date: Date, locale: UiLocale, timeZone: string): string {
  if (locale === 'uz') return uzbekDate(date, timeZone);
  return formatter(intlLocale(locale), { dateStyle: 'medium', timeZone }).format(date);
}

/** A calendar day (`2025-03-01`) in the user's language: "1 Mar 2025", "1. 3. 2025." … */
export function formatDay(day: string | null | undefined, locale: UiLocale): string {
  if (!day) return '';
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateText(date, locale, 'UTC');
}

/** The day an instant falls on in the site's time zone, in the user's language. */
export function formatDate(instant: string | null | undefined, locale: UiLocale, timeZone: string): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return dateText(date, locale, timeZone);
}

/** The time of day of an instant in the site's time zone. */
export function formatTime(instant: Date, locale: UiLocale, timeZone?: string): string {
  return formatter(intlLocale(locale), { timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(
    instant,
  );
}

/** Day and time of an instant in the site's time zone. */
export function formatDateTime(
  instant: string | null | undefined,
  locale: UiLocale,
  timeZone: string,
): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return `${dateText(date, locale, timeZone)}, ${formatTime(date, locale, timeZone)}`;
}

/** A number in the user's language (`1,5` or `1.5`). */
export function formatNumber(value: number, locale: UiLocale, digits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
}
