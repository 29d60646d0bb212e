/**
 * Pathway's date operators. Dates are ISO strings (`YYYY-MM-DD`, or date-times whose first ten
 * characters are the date); anything else is "missing", so the operator yields `null` (or `false`
 * for `before`/`after`) instead of throwing: facts are often incomplete.
 */
import { ageInYears, daysBetween, fromDayNumber, toDayNumber } from '../kernel/dates.js';
import { addWorkingDays, workingDaysBetween } from '../kernel/working-calendar.js';
import { type EvalContext, spend } from './eval-context.js';
import { ownProperty } from './safe-path.js';

const MIN_DAY = toDayNumber('0100-01-01') ?? 0;
const MAX_DAY = toDayNumber('9999-12-31') ?? 0;
/** Longest span the calendar operators walk (the kernel's own bound, about 100 years). */
const MAX_SPAN_DAYS = 36_600;

const asDateText = (value: unknown): string => value as string;

/** `age_years(dob, asOf?)`; `asOf` defaults to `today` of the facts given to `evaluate`. */
export function ageYears(values: readonly unknown[], ctx: EvalContext): number | null {
  const asOf = values.length >= 2 ? values[1] : ownProperty(ctx.root, 'today');
  return ageInYears(asDateText(values[0]), asDateText(asOf)) ?? null;
}

/** `age_years(dob, asOf)` with both arguments given. */
export function ageYearsAsOf(dob: unknown, asOf: unknown): number | null {
  return ageInYears(asDateText(dob), asDateText(asOf)) ?? null;
}

type DateParts = { readonly year: number; readonly month: number; readonly day: number };

/** Year, month and day of a date the kernel accepts; undefined for anything else. */
function dateParts(value: unknown): DateParts | undefined {
  if (toDayNumber(value) === undefined) return undefined;
  const text = value as string;
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
}

/** The last as-of date a compiled `age_years` saw, validated once while it stays the same. */
export type AgeCache = { asOf: unknown; parts: DateParts | undefined };

export const newAgeCache = (): AgeCache => ({ asOf: undefined, parts: undefined });

/**
 * `age_years` for compiled rules: the kernel's validation and its whole-years formula, with the
 * as-of date (usually the same `today` for every person of a screening) validated once per change.
 */
export function ageYearsCached(dob: unknown, asOf: unknown, cache: AgeCache): number | null {
  if (asOf !== cache.asOf || cache.asOf === undefined) {
    cache.asOf = asOf;
    cache.parts = dateParts(asOf);
  }
  const a = cache.parts;
  const b = a === undefined ? undefined : dateParts(dob);
  if (a === undefined || b === undefined) return null;
  return a.year - b.year - (a.month < b.month || (a.month === b.month && a.day < b.day) ? 1 : 0);
}

export function daysBetweenOp(from: unknown, to: unknown): number | null {
  return daysBetween(asDateText(from), asDateText(to)) ?? null;
}

export function workingDaysBetweenOp(from: unknown, to: unknown, ctx: EvalContext): number | null {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  if (a === undefined || b === undefined || Math.abs(b - a) > MAX_SPAN_DAYS) return null;
  spend(ctx, Math.abs(b - a));
  return workingDaysBetween(ctx.config.calendar, asDateText(from), asDateText(to)) ?? null;
}

/** A whole number of days from a number argument; `undefined` for anything else. */
function dayCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : undefined;
}

function inRange(day: number): string | null {
  return day >= MIN_DAY && day <= MAX_DAY ? fromDayNumber(day) : null;
}

export function addDaysOp(date: unknown, count: unknown): string | null {
  const day = toDayNumber(date);
  const days = dayCount(count);
  return day === undefined || days === undefined ? null : inRange(day + days);
}

export function addWorkingDaysOp(date: unknown, count: unknown, ctx: EvalContext): string | null {
  const day = toDayNumber(date);
  const days = dayCount(count);
  if (day === undefined || days === undefined || Math.abs(days) > MAX_SPAN_DAYS) return null;
  spend(ctx, Math.abs(days));
  const result = addWorkingDays(ctx.config.calendar, fromDayNumber(day), days);
  const resultDay = toDayNumber(result);
  return resultDay === undefined ? null : inRange(resultDay);
}

export function before(a: unknown, b: unknown): boolean {
  const x = toDayNumber(a);
  const y = toDayNumber(b);
  return x !== undefined && y !== undefined && x < y;
}

export function after(a: unknown, b: unknown): boolean {
  const x = toDayNumber(a);
  const y = toDayNumber(b);
  return x !== undefined && y !== undefined && x > y;
}

/** `between(value, low, high)`: inclusive, for three numbers or three dates; false otherwise. */
export function between(value: unknown, low: unknown, high: unknown): boolean {
  if (typeof value === 'number' && typeof low === 'number' && typeof high === 'number') {
    return low <= value && value <= high;
  }
  const v = toDayNumber(value);
  const l = toDayNumber(low);
  const h = toDayNumber(high);
  return v !== undefined && l !== undefined && h !== undefined && l <= v && v <= h;
}
