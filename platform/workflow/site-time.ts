import { addDays, toDayNumber } from '../kernel/dates.js';

/*
 * Instants are ISO date-times in UTC (`2025-01-06T09:00:00.000Z`); days are site-local dates
 * (`2025-01-06`). The kernel has no zone arithmetic, so the offset of a zone at an instant is read
 * from Intl (present in Node and every browser) and local midnight is found from it.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds the zone is ahead of UTC at `instant` (+5 h for Asia/Tashkent). */
export function zoneOffset(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant)))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** The site-local day of an instant (the kernel's `dateInZone`, with the formatter cached per zone). */
export function localDate(instant: string | number, timeZone: string): string {
  let f = dayFormatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, f);
  }
  return f.format(new Date(instant));
}

/** The instant a site-local day begins. */
export function startOfDay(date: string, timeZone: string): number {
  const day = toDayNumber(date);
  if (day === undefined) throw new RangeError(`Not a date: ${date}`);
  const utcMidnight = day * 86_400_000;
  // Two rounds settle the offset unless midnight itself falls in a DST gap (then the day starts later).
  let guess = utcMidnight - zoneOffset(utcMidnight, timeZone);
  guess = utcMidnight - zoneOffset(guess, timeZone);
  return guess;
}

/** The last millisecond of a site-local day: deadlines on a day pass at this instant. */
export function endOfDay(date: string, timeZone: string): number {
  return startOfDay(addDays(date, 1) ?? date, timeZone) - 1;
}

export const iso = (ms: number): string => new Date(ms).toISOString();
