/**
 * Comparisons of `age_years(dob, asOf)` with a literal number, when `asOf` is known while
 * compiling, become comparisons of the date of birth with a date: "age ≥ 18 on 2025-06-01" is
 * "born on or before 2007-06-01". The kernel's age is whole years (one less before the birthday
 * in the as-of year), so `age ≥ k` holds exactly when (birth year, MM-DD) ≤ (as-of year − k, as-of MM-DD).
 */
import { type SqlState, textParam } from './sql-state.js';
import type { AgeOf, SqlValue } from './sql-types.js';
import { FALSE, TRUE } from './sql-values.js';

type Op = '<' | '<=' | '>' | '>=';
const FLIP: Readonly<Record<Op, Op>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** `age >= k` for an integer k, on a valid date of birth. */
function atLeast(age: AgeOf, k: number, state: SqlState): string {
  const year = age.year - k;
  if (year < 0) return FALSE;
  if (year > 9999) return TRUE;
  const bound = `${String(year).padStart(4, '0')}-${age.monthDay}`;
  return `((substr(${age.dob}, 1, 10) COLLATE "C") <= ${textParam(state, bound)})`;
}

/** `age op k` as a condition on the date of birth; a missing age compares as JavaScript's null (0). */
function compareAge(age: AgeOf, op: Op, k: number, state: SqlState): string {
  if (Number.isNaN(k)) return FALSE;
  const holds =
    op === '>='
      ? atLeast(age, Math.ceil(k), state)
      : op === '>'
        ? atLeast(age, Math.floor(k) + 1, state)
        : op === '<='
          ? `(NOT ${atLeast(age, Math.floor(k) + 1, state)})`
          : `(NOT ${atLeast(age, Math.ceil(k), state)})`;
  const ifMissing = op === '>=' ? 0 >= k : op === '>' ? 0 > k : op === '<=' ? 0 <= k : 0 < k;
  return onValid(age, holds, ifMissing);
}

/**
 * `holds` for a valid date of birth, `ifMissing` otherwise. The cheap text comparison runs first,
 * so most rows never reach the date validation (and SQL NULL, a missing date, gives `ifMissing`).
 */
function onValid(age: AgeOf, holds: string, ifMissing: boolean): string {
  return ifMissing
    ? `COALESCE(${holds} OR NOT ${age.valid}, TRUE)`
    : `COALESCE(${holds} AND ${age.valid}, FALSE)`;
}

/** The comparison when one side is an age with a literal as-of date and the other a literal number. */
export function ageComparison(op: Op, a: SqlValue, b: SqlValue, state: SqlState): string | undefined {
  if (a.kind === 'numn' && a.age && b.kind === 'lit' && typeof b.value === 'number')
    return compareAge(a.age, op, b.value, state);
  if (b.kind === 'numn' && b.age && a.kind === 'lit' && typeof a.value === 'number')
    return compareAge(b.age, FLIP[op], a.value, state);
  return undefined;
}

/** `between(age, low, high)` with literal numbers: false for a missing age. */
export function ageBetween(age: AgeOf, low: number, high: number, state: SqlState): string {
  if (Number.isNaN(low) || Number.isNaN(high)) return FALSE;
  const inside = `(${atLeast(age, Math.ceil(low), state)} AND NOT ${atLeast(age, Math.floor(high) + 1, state)})`;
  return onValid(age, inside, false);
}
