import { fromDayNumber, isoWeekday, toDayNumber } from './dates.js';

/** A site's working calendar: which ISO weekdays are off, and which dates are holidays. */
export type WorkingCalendar = {
  /** ISO weekdays that are not working days (6 = Saturday, 7 = Sunday). */
  readonly weekend: readonly number[];
  /** Non-working dates (`YYYY-MM-DD`). */
  readonly holidays: readonly string[];
  /** Holidays that recur every year, as `MM-DD`. */
  readonly annualHolidays?: readonly string[];
};

export const DEFAULT_CALENDAR: WorkingCalendar = { weekend: [6, 7], holidays: [] };

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  const day = toDayNumber(date);
  if (day === undefined) return false;
  if (calendar.weekend.includes(isoWeekday(day))) return false;
  const iso = fromDayNumber(day);
  if (calendar.holidays.includes(iso)) return false;
  return !(calendar.annualHolidays ?? []).includes(iso.slice(5));
}

/**
 * The date `count` working days after `date` (before it when negative). Day zero is `date`
 * itself, so "5 working days from Friday" lands on the following Friday in a Mon–Fri week.
 */
export function addWorkingDays(calendar: WorkingCalendar, date: string, count: number): string | undefined {
  let day = toDayNumber(date);
  if (day === undefined) return undefined;
  if (calendar.weekend.length >= 7) return undefined;
  const step = count < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(count));
  // A calendar where every day is a holiday would loop forever; ten years of search is plenty.
  let guard = 3660 + remaining * 7;
  while (remaining > 0 && guard-- > 0) {
    day += step;
    if (isWorkingDay(calendar, fromDayNumber(day))) remaining -= 1;
  }
  return remaining === 0 ? fromDayNumber(day) : undefined;
}

/**
 * Working days from `from` to `to`: the working days in (from, to], negative when `to` is earlier.
 * It is the inverse of {@link addWorkingDays} when `to` is a working day.
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): number | undefined {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (a === undefined || b === undefined) return undefined;
  const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
  if (hi - lo > 36_600) return undefined;
  let count = 0;
  for (let day = lo + 1; day <= hi; day++) if (isWorkingDay(calendar, fromDayNumber(day))) count++;
  return count * sign;
}
