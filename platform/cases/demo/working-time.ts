import { isoWeekday, toDayNumber } from '../../kernel/dates.js';
import type { SeededRandom } from './seeded-random.js';
import { siteDay } from './site-day.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const hourFormats = new Map<string, Intl.DateTimeFormat>();

function localHour(ms: number, timeZone: string): number {
  let format = hourFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    hourFormats.set(timeZone, format);
  }
  const [h, m] = format.format(new Date(ms)).split(':').map(Number) as [number, number];
  return h + m / 60;
}

/**
 * The instant itself if it falls in office hours (08:00–17:00 site time on a working day), else
 * a moment between 09:00 and 11:00 of the next working day: caseworkers do not submit forms at
 * 3 a.m. or on Sundays. Holidays are ignored; only the weekend is skipped.
 */
export function officeHours(
  ms: number,
  timeZone: string,
  weekend: readonly number[],
  random: SeededRandom,
): number {
  let t = ms;
  const hour = localHour(t, timeZone);
  const working = (at: number) =>
    !weekend.includes(isoWeekday(toDayNumber(siteDay(new Date(at), timeZone)) ?? 0));
  if (hour >= 8 && hour < 17 && working(t)) return t;
  // Move to 09:00 local of this day (before opening) or of the next day (after closing).
  t += (hour < 8 ? 9 - hour : 24 - hour + 9) * HOUR;
  while (!working(t)) t += DAY;
  return t + random.int(0, 120) * 60_000;
}
