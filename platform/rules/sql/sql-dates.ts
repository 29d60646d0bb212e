/** Date operators in SQL. Dates are text compared by their validated `YYYY-MM-DD` prefix. */
import { toDayNumber } from '../../kernel/dates.js';
import { ageBetween } from './sql-age.js';
import { numberParam, type SqlState, textParam } from './sql-state.js';
import { validDate } from './sql-text.js';
import type { SqlValue } from './sql-types.js';
import { FALSE, jsonText } from './sql-values.js';

/** A date operand: SQL text (NULL when it is not text), or a literal checked while compiling. */
type DateText = { readonly sql: string; readonly valid: string } | { readonly literal: string | undefined };

/** The text of a value where only text can be a date (a number's text never looks like one). */
export function dateText(value: SqlValue): DateText | undefined {
  if (value.kind === 'lit') {
    const text =
      typeof value.value === 'string' && toDayNumber(value.value) !== undefined ? value.value : undefined;
    return { literal: text };
  }
  const sql =
    value.kind === 'json'
      ? jsonText(value)
      : value.kind === 'text' || value.kind === 'textn'
        ? value.sql
        : undefined;
  if (sql === undefined)
    return value.kind === 'num' || value.kind === 'numn' || value.kind === 'bool' || value.kind === 'booln'
      ? { literal: undefined }
      : undefined;
  return { sql, valid: validDate(sql) };
}

/** SQL yielding `then(texts…)` when every date is valid, `otherwise` when one is not. */
function withDates(
  dates: readonly DateText[],
  state: SqlState,
  then: (...texts: string[]) => string,
  otherwise: string,
): string {
  const valid: string[] = [];
  const texts: string[] = [];
  for (const d of dates) {
    if ('literal' in d) {
      if (d.literal === undefined) return otherwise;
      texts.push(textParam(state, d.literal));
    } else {
      valid.push(d.valid);
      texts.push(d.sql);
    }
  }
  const body = then(...texts);
  return valid.length === 0 ? body : `(CASE WHEN ${valid.join(' AND ')} THEN ${body} ELSE ${otherwise} END)`;
}

const year = (t: string) => `substr(${t}, 1, 4)::int`;
const monthDay = (t: string) => `substr(${t}, 6, 5)`;
const day = (t: string) => `substr(${t}, 1, 10)::date`;

export function ageYears(dob: DateText, asOf: DateText, state: SqlState): SqlValue {
  const meta =
    'literal' in asOf && asOf.literal !== undefined && !('literal' in dob)
      ? {
          dob: dob.sql,
          valid: dob.valid,
          year: Number(asOf.literal.slice(0, 4)),
          monthDay: asOf.literal.slice(5, 10),
        }
      : undefined;
  const sql = withDates(
    [dob, asOf],
    state,
    (b, a) =>
      `(${year(a)} - ${year(b)} - (CASE WHEN ${monthDay(a)} < ${monthDay(b)} THEN 1 ELSE 0 END))::float8`,
    'NULL',
  );
  return meta ? { kind: 'numn', sql, notNaN: true, age: meta } : { kind: 'numn', sql, notNaN: true };
}

export function daysBetween(from: DateText, to: DateText, state: SqlState): SqlValue {
  return {
    kind: 'numn',
    sql: withDates([from, to], state, (a, b) => `(${day(b)} - ${day(a)})::float8`, 'NULL'),
    notNaN: true,
  };
}

export function beforeAfter(op: '<' | '>', a: DateText, b: DateText, state: SqlState): SqlValue {
  const compare = (x: string, y: string) => `(substr(${x}, 1, 10) ${op} substr(${y}, 1, 10))`;
  return { kind: 'bool', sql: withDates([a, b], state, compare, FALSE) };
}

/** `add_days(date, n)` for a literal n; the kernel's range is years 0100–9999. */
export function addDays(date: DateText, count: number, state: SqlState): SqlValue {
  const days = Number.isFinite(count) ? Math.trunc(count) : undefined;
  if (days === undefined || Math.abs(days) > 4_000_000) return { kind: 'textn', sql: 'NULL::text' };
  const shifted = (t: string) => `(${day(t)} + ${numberParam(state, days)}::int)`;
  const inRange = (t: string) =>
    `(CASE WHEN ${shifted(t)} BETWEEN DATE '0100-01-01' AND DATE '9999-12-31' THEN to_char(${shifted(t)}, 'YYYY-MM-DD') END)`;
  return { kind: 'textn', sql: withDates([date], state, inRange, 'NULL::text') };
}

/** `between` with literal bounds: numbers compare as numbers, dates as dates, anything else is false. */
export function betweenLiterals(
  value: SqlValue,
  low: unknown,
  high: unknown,
  state: SqlState,
): SqlValue | undefined {
  if (typeof low === 'number' && typeof high === 'number') {
    const range = `BETWEEN ${numberParam(state, low)} AND ${numberParam(state, high)}`;
    switch (value.kind) {
      case 'lit':
        return {
          kind: 'lit',
          value: typeof value.value === 'number' && low <= value.value && value.value <= high,
        };
      case 'num':
      case 'numn': {
        if (value.kind === 'numn' && value.age)
          return { kind: 'bool', sql: ageBetween(value.age, low, high, state) };
        const inside = value.notNaN
          ? `${value.sql} ${range}`
          : `${value.sql} <> 'NaN'::float8 AND ${value.sql} ${range}`;
        return { kind: 'bool', sql: value.kind === 'numn' ? `COALESCE(${inside}, FALSE)` : `(${inside})` };
      }
      case 'json':
        return {
          kind: 'bool',
          sql: `(CASE WHEN jsonb_typeof(${value.sql}) = 'number' THEN (CASE WHEN abs((${value.sql})::numeric) BETWEEN 1e-300 AND 1e300 OR (${value.sql})::numeric = 0 THEN (${value.sql})::float8 ${range} END) ELSE FALSE END)`,
        };
      default:
        return { kind: 'lit', value: false };
    }
  }
  const [l, h] = [low, high].map((d) =>
    typeof d === 'string' && toDayNumber(d) !== undefined ? d : undefined,
  );
  if (l === undefined || h === undefined) return { kind: 'lit', value: false };
  const v = dateText(value);
  if (v === undefined) return undefined;
  const inside = (x: string, lo: string, hi: string) =>
    `(substr(${x}, 1, 10) >= substr(${lo}, 1, 10) AND substr(${x}, 1, 10) <= substr(${hi}, 1, 10))`;
  return { kind: 'bool', sql: withDates([v, { literal: l }, { literal: h }], state, inside, FALSE) };
}
