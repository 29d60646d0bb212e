/** Logical operators, `missing`, arithmetic and text operators in SQL. */
import { numberParam, type SqlState, textParam } from './sql-state.js';
import { ASTRAL_CHARS, sqlString } from './sql-text.js';
import type { SqlValue } from './sql-types.js';
import {
  bool,
  FALSE,
  jsonType,
  numberValue,
  parseFloatValue,
  positiveZero,
  textValue,
} from './sql-values.js';

/** `a AND b …` with Kleene logic: an undecided part decides nothing the others have not. */
export const allOf = (conditions: readonly string[]): string =>
  conditions.length === 0 ? FALSE : `(${conditions.join(' AND ')})`;
export const anyOf = (conditions: readonly string[]): string =>
  conditions.length === 0 ? FALSE : `(${conditions.join(' OR ')})`;

/** `if` in a condition: an undecided condition leaves the result undecided. */
export function conditional(
  conditions: readonly string[],
  branches: readonly string[],
  otherwise: string,
): string {
  let sql = otherwise;
  for (let i = conditions.length - 1; i >= 0; i--) {
    sql = `(CASE WHEN (${conditions[i]}) IS NULL THEN NULL WHEN ${conditions[i]} THEN ${branches[i]} ELSE ${sql} END)`;
  }
  return sql;
}

/** Whether a value is what `missing` counts as missing: null (absent) or empty text. */
export function isMissing(value: SqlValue): string {
  switch (value.kind) {
    case 'lit':
      return bool(value.value === null || value.value === '');
    case 'json':
      return `(${jsonType(value.sql)} = 'null' OR ${value.sql} = '""'::jsonb)`;
    case 'textn':
      return `(${value.sql} IS NULL OR ${value.sql} = '')`;
    case 'text':
      return `(${value.sql} = '')`;
    case 'numn':
    case 'booln':
      return `(${value.sql} IS NULL)`;
    default:
      return `(CASE WHEN ${value.sql} IS NULL THEN NULL ELSE FALSE END)`;
  }
}

/**
 * `missing_some(need, keys)` as a condition: json-logic-js returns [] when at least `need` keys are
 * present, else the missing ones, so it is truthy when fewer are present and one is missing.
 */
export function missingSome(need: number, missing: readonly string[]): string {
  if (missing.length === 0) return FALSE;
  const count = `(${missing.map((m) => `(CASE WHEN ${m} THEN 1 WHEN NOT ${m} THEN 0 END)`).join(' + ')})`;
  if (Number.isNaN(need)) return `(${count} > 0)`;
  return `(NOT (${missing.length} - ${count} >= ${need}) AND ${count} > 0)`;
}

const num = (sql: string): SqlValue => ({ kind: 'num', sql });
/** Operands of float8 arithmetic that cannot overflow into a PostgreSQL error. */
const small = (x: string, limit: string) => `abs(${x}) <= ${limit}`;

export function plus(values: readonly SqlValue[], state: SqlState): SqlValue {
  const terms = values.map((v) => parseFloatValue(v, state));
  return num(`(${['0::float8', ...terms].join(' + ')})`);
}

export function times(values: readonly SqlValue[], state: SqlState): SqlValue {
  const [first, ...rest] = values.map((v) => parseFloatValue(v, state));
  let sql = first ?? 'NULL';
  for (const next of rest) sql = safely('*', sql, next, `${ordinary(sql)} AND ${ordinary(next)}`);
  return num(sql);
}

/** Neither zero, infinite nor NaN, and far from overflow or underflow when multiplied or divided. */
const ordinary = (x: string) => `abs(${x}) BETWEEN 1e-150 AND 1e150`;

/**
 * `x op y` in float8 where PostgreSQL raises no overflow or underflow error: undecided stays
 * undecided, NaN wins, infinities and zeros go through (IEEE arithmetic as in JavaScript), other
 * operands only when `safe` holds.
 */
function safely(op: string, x: string, y: string, safe: string): string {
  return (
    `(CASE WHEN ${x} IS NULL OR ${y} IS NULL THEN NULL WHEN ${x} = 'NaN'::float8 OR ${y} = 'NaN'::float8 THEN 'NaN'::float8` +
    ` WHEN abs(${x}) = 'Infinity'::float8 OR abs(${y}) = 'Infinity'::float8 OR ${x} = 0 OR ${y} = 0 OR ${safe} THEN (${x}) ${op} (${y}) END)`
  );
}

export function minus(a: SqlValue, b: SqlValue | undefined, state: SqlState): SqlValue {
  const x = numberValue(a, state);
  if (b === undefined) return num(`(- (${x}))`);
  const y = numberValue(b, state);
  return num(safely('-', x, y, `${small(x, '1e300')} AND ${small(y, '1e300')}`));
}

/**
 * `/` with JavaScript's division by zero: 0/0 and NaN/0 are NaN, x/0 is ±Infinity by the signs —
 * decided where the zero is known to be unsigned (a missing value), undecided where it may be -0.
 */
export function divide(a: SqlValue, b: SqlValue, state: SqlState): SqlValue {
  const [x, y] = [numberValue(a, state), numberValue(b, state)];
  const byZero =
    `(CASE WHEN ${x} IS NULL THEN NULL WHEN ${x} = 0 OR ${x} = 'NaN'::float8 THEN 'NaN'::float8` +
    ` WHEN ${positiveZero(b)} THEN (CASE WHEN ${x} > 0 THEN 'Infinity'::float8 ELSE '-Infinity'::float8 END) END)`;
  return num(
    `(CASE WHEN ${y} = 0 THEN ${byZero} ELSE ${safely('/', x, y, `${ordinary(x)} AND ${ordinary(y)}`)} END)`,
  );
}

/** `%` only between integers below 2^53, where JavaScript's remainder and numeric `mod` agree. */
export function remainder(a: SqlValue, b: SqlValue, state: SqlState): SqlValue {
  const [x, y] = [numberValue(a, state), numberValue(b, state)];
  const integer = (v: string) => `${v} = trunc(${v}) AND abs(${v}) < 9007199254740992`;
  return num(
    `(CASE WHEN ${integer(x)} AND ${integer(y)} AND ${y} <> 0 THEN mod((${x})::numeric, (${y})::numeric)::float8 END)`,
  );
}

/** `min`/`max`: NaN wins in JavaScript, while PostgreSQL ranks NaN above every number. */
export function extreme(fn: 'LEAST' | 'GREATEST', values: readonly SqlValue[], state: SqlState): SqlValue {
  if (values.length === 0) return num(`'${fn === 'LEAST' ? '' : '-'}Infinity'::float8`);
  const xs = values.map((v) => numberValue(v, state));
  const anyNaN = xs.map((x) => `${x} = 'NaN'::float8`).join(' OR ');
  const anyUndecided = xs.map((x) => `${x} IS NULL`).join(' OR ');
  return num(
    `(CASE WHEN ${anyUndecided} THEN NULL WHEN ${anyNaN} THEN 'NaN'::float8 ELSE ${fn}(${xs.join(', ')}) END)`,
  );
}

export function cat(values: readonly SqlValue[], state: SqlState): SqlValue {
  if (values.length === 0) return { kind: 'text', sql: textParam(state, '') };
  return { kind: 'text', sql: `(${values.map((v) => textValue(v, state)).join(' || ')})` };
}

/** JavaScript `substr` (with json-logic-js's negative length) on UTF-16 positions; undecided on astral text. */
export function substr(
  source: SqlValue,
  start: number,
  length: number | undefined,
  state: SqlState,
): SqlValue {
  const text = textValue(source, state);
  const from = (s: string) =>
    start < 0
      ? `GREATEST(char_length(${s}) + ${numberParam(state, start)}::int, 0) + 1`
      : `${numberParam(state, start)}::int + 1`;
  let sql: string;
  if (length === undefined) sql = `substr(${text}, ${from(text)})`;
  else if (length >= 0) sql = `substr(${text}, ${from(text)}, ${numberParam(state, length)}::int)`;
  else {
    const rest = `substr(${text}, ${from(text)})`;
    sql = `substr(${rest}, 1, GREATEST(char_length(${rest}) + ${numberParam(state, length)}::int, 0))`;
  }
  return { kind: 'text', sql: `(CASE WHEN ${text} ~ ${sqlString(ASTRAL_CHARS)} THEN NULL ELSE ${sql} END)` };
}
