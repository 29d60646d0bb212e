/**
 * Reporting periods over site-local days: ISO weeks (from Monday), months, quarters and years.
 * The same bucketing PostgreSQL's `date_trunc` does, so SQL and in-process results line up.
 */
import { fromDayNumber, isoWeekday, toDayNumber } from '../../kernel/dates.js';
import type { KpiPeriod, PeriodBucket } from './analytics-types.js';

/** The reporting periods, shortest first. */
export const KPI_PERIODS: readonly KpiPeriod[] = ['week', 'month', 'quarter', 'year'];

/** Most buckets one computation returns: ten years of weeks. */
export const MAX_BUCKETS = 530;

const DAY_MS = 86_400_000;

function ymd(day: number): { y: number; m: number } {
  const d = new Date(day * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() };
}

const dayOf = (y: number, m: number, d = 1) => Math.floor(Date.UTC(y, m, d) / DAY_MS);

/** The first day (a day number) of the bucket holding `day`. */
export function bucketStartDay(day: number, period: KpiPeriod): number {
  const { y, m } = ymd(day);
  switch (period) {
    case 'week':
      return day - (isoWeekday(day) - 1);
    case 'month':
      return dayOf(y, m);
    case 'quarter':
      return dayOf(y, m - (m % 3));
    case 'year':
      return dayOf(y, 0);
  }
}

function nextStart(start: number, period: KpiPeriod): number {
  const { y, m } = ymd(start);
  switch (period) {
    case 'week':
      return start + 7;
    case 'month':
      return dayOf(y, m + 1);
    case 'quarter':
      return dayOf(y, m + 3);
    case 'year':
      return dayOf(y + 1, 0);
  }
}

function label(start: number, period: KpiPeriod): string {
  const { y, m } = ymd(start);
  switch (period) {
    case 'week': {
      // The ISO week belongs to the year of its Thursday.
      const thursday = start + 3;
      const year = ymd(thursday).y;
      const week = Math.floor((thursday - dayOf(year, 0)) / 7) + 1;
      return `${year}-W${String(week).padStart(2, '0')}`;
    }
    case 'month':
      return `${y}-${String(m + 1).padStart(2, '0')}`;
    case 'quarter':
      return `${y}-Q${Math.floor(m / 3) + 1}`;
    case 'year':
      return String(y);
  }
}

/** The bucket of a site-local day (`YYYY-MM-DD`). */
export function bucketOf(date: string, period: KpiPeriod): PeriodBucket {
  const day = toDayNumber(date);
  if (day === undefined) throw new RangeError(`Not a date: ${date}`);
  const start = bucketStartDay(day, period);
  return {
    key: fromDayNumber(start),
    label: label(start, period),
    start: fromDayNumber(start),
    end: fromDayNumber(nextStart(start, period) - 1),
  };
}

/** Every bucket overlapping `from`–`to`, in order (at most {@link MAX_BUCKETS}). */
export function bucketsBetween(from: string, to: string, period: KpiPeriod): PeriodBucket[] {
  const last = toDayNumber(to);
  let start = bucketStartDay(toDayNumber(from) ?? 0, period);
  const buckets: PeriodBucket[] = [];
  while (last !== undefined && start <= last && buckets.length < MAX_BUCKETS) {
    buckets.push(bucketOf(fromDayNumber(start), period));
    start = nextStart(start, period);
  }
  return buckets;
}

/** The range of the last `count` buckets up to and including today's. */
export function recentRange(today: string, period: KpiPeriod, count: number): { from: string; to: string } {
  let start = bucketStartDay(toDayNumber(today) ?? 0, period);
  for (let i = 1; i < count; i++) start = bucketStartDay(start - 1, period);
  return { from: fromDayNumber(start), to: today };
}
