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
