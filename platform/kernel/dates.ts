/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`), computed in UTC so results never depend on the
 * server's time zone. Instants are ISO date-times; their date is taken in the site's zone by callers.
 */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Parses `YYYY-MM-DD` or an ISO date-time into a UTC day number; `undefined` when not a valid date. */
export function toDayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length < 10) return undefined;
  const datePart = value.slice(0, 10);
  if (!ISO_DATE.test(datePart)) return undefined;
  const [y, m, d] = datePart.split('-').map(Number) as [number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
    return undefined;
  return Math.floor(ms / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && toDayNumber(value) !== undefined;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: number): number {
  // Day 0 (1970-01-01) was a Thursday (ISO 4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function addDays(date: string, days: number): string | undefined {
  const day = toDayNumber(date);
  return day === undefined ? undefined : fromDayNumber(day + days);
}

export function addMonths(date: string, months: number): string | undefined {
  const day = toDayNumber(date);
  if (day === undefined) return undefined;
  const d = new Date(day * DAY_MS);
  const targetMonth = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), targetMonth + 1, 0)).getUTCDate();
  const result = Date.UTC(d.getUTCFullYear(), targetMonth, Math.min(d.getUTCDate(), lastDay));
  return new Date(result).toISOString().slice(0, 10);
}

/** Whole years from `birth` to `asOf` (birthday not yet reached this year counts one less). */
export function ageInYears(birth: string, asOf: string): number | undefined {
  if (toDayNumber(birth) === undefined || toDayNumber(asOf) === undefined) return undefined;
  const [by, bm, bd] = birth.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [ay, am, ad] = asOf.slice(0, 10).split('-').map(Number) as [number, number, number];
  let age = ay - by;
  if (am < bm || (am === bm && ad < bd)) age -= 1;
  return age;
}

/** Signed number of calendar days from `from` to `to`. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/** The calendar date of an instant in an IANA time zone (`Asia/Tashkent`). */
export function dateInZone(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return parts;
}
