/**
 * JavaScript's coercions (truthiness, `Number()`, `parseFloat`, `String()`) over compiled values.
 * Each helper is exact or yields NULL ("undecided"); none may raise a PostgreSQL error on odd data.
 */
import { truthy } from '../truthy.js';
import { hasToString, hazard, jsonParam, numberParam, param, type SqlState, textParam } from './sql-state.js';
import { jsonNumber, type NumberSink, sqlString, textParseFloat, textToNumber } from './sql-text.js';
import type { SqlValue } from './sql-types.js';

export const TRUE = 'TRUE';
export const FALSE = 'FALSE';
export const bool = (value: boolean): string => (value ? TRUE : FALSE);

/** The jsonb type of a json value, with 'null' for SQL NULL (a missing value). */
export const jsonType = (json: string): string => `COALESCE(jsonb_typeof(${json}), 'null')`;

/** The text of a jsonb value: the string itself for strings (`->>` on the last key when we have it). */
export const jsonText = (value: Extract<SqlValue, { kind: 'json' }>): string =>
  value.text ?? `(${value.sql} #>> '{}')`;

/**
 * `then` for a jsonb object. An object with its own `toString` key makes JavaScript's ToPrimitive
 * throw, so that is recorded as a hazard of the row.
 */
export function objectPrimitive(json: string, then: string, state: SqlState): string {
  hazard(state, hasToString(json));
  return then;
}

/**
 * Number branches of a jsonb array: `Number([])` is 0, a one-item array converts its item's text,
 * and any longer array's text has a comma, so it is NaN. Items that are arrays stay undecided.
 */
function arrayNumber(x: string, state: SqlState, sink: NumberSink): string {
  const item = `(${x} -> 0)`;
  hazard(state, hasToString(x));
  const one =
    `(CASE jsonb_typeof(${item}) WHEN 'number' THEN ${jsonNumberBranch(item, sink)} WHEN 'string' THEN ${textToNumber(`(${x} ->> 0)`, sink)}` +
    ` WHEN 'null' THEN ${sink('0::float8', 'no')} WHEN 'array' THEN NULL ELSE ${sink(`'NaN'::float8`, 'yes')} END)`;
  return `(CASE jsonb_array_length(${x}) WHEN 0 THEN ${sink('0::float8', 'no')} WHEN 1 THEN ${one} ELSE ${sink(`'NaN'::float8`, 'yes')} END)`;
}

/** JsonLogic truthiness as a SQL boolean (NULL: undecided). */
export function truthySql(value: SqlValue): string {
  switch (value.kind) {
    case 'lit':
      return bool(truthy(value.value));
    case 'bool':
      return value.sql;
    case 'booln':
      return `COALESCE(${value.sql}, FALSE)`;
    case 'num':
      return `(${value.sql} <> 0 AND ${value.sql} <> 'NaN'::float8)`;
    case 'numn':
      return `COALESCE(${value.sql} <> 0 AND ${value.sql} <> 'NaN'::float8, FALSE)`;
    case 'text':
      return `(${value.sql} <> '')`;
    case 'textn':
      return `COALESCE(${value.sql} <> '', FALSE)`;
    case 'json': {
      const x = value.sql;
      return (
        `(CASE jsonb_typeof(${x}) WHEN 'boolean' THEN ${x} = 'true'::jsonb WHEN 'string' THEN ${x} <> '""'::jsonb` +
        ` WHEN 'number' THEN (CASE WHEN ${x} = '0'::jsonb THEN FALSE WHEN abs((${x})::numeric) >= 1e-300 THEN TRUE END)` +
        ` WHEN 'array' THEN jsonb_array_length(${x}) > 0 WHEN 'object' THEN TRUE ELSE FALSE END)`
      );
    }
  }
}

/**
 * A jsonb number into `sink`: the double JavaScript reads (NULL beyond the range both sides
 * convert alike), with the number's exact decimal so comparisons far from their bound can skip
 * the conversion.
 */
function jsonNumberBranch(x: string, sink: NumberSink): string {
  const n = `(${x})::numeric`;
  return sink(
    `(CASE WHEN abs(${n}) BETWEEN 1e-300 AND 1e300 OR ${n} = 0 THEN (${x})::float8 END)`,
    'no',
    undefined,
    n,
  );
}

/** A literal number as both float8 and (when finite) numeric, from one parameter. */
export function numberOperand(
  state: SqlState,
  n: number,
): { sql: string; nan: 'no' | 'yes'; exact?: string } {
  if (Number.isNaN(n)) return { sql: `'NaN'::float8`, nan: 'yes' };
  const text = param(state, Object.is(n, -0) ? '0' : String(n), 'text');
  return Number.isFinite(n)
    ? { sql: `${text}::float8`, nan: 'no', exact: `${text}::numeric` }
    : { sql: `${text}::float8`, nan: 'no' };
}

/** JavaScript `Number(value)` (after ToPrimitive), pushed into `sink` branch by branch. */
export function numberBranches(value: SqlValue, state: SqlState, sink: NumberSink): string {
  switch (value.kind) {
    case 'lit': {
      const operand = numberOperand(state, Number(value.value));
      return sink(operand.sql, operand.nan, operand.exact);
    }
    case 'num':
      return sink(value.sql, value.notNaN ? 'no' : 'maybe');
    case 'numn':
      return sink(`COALESCE(${value.sql}, 0)`, value.notNaN ? 'no' : 'maybe');
    case 'text':
      return textToNumber(value.sql, sink);
    case 'textn':
      return `(CASE WHEN ${value.sql} IS NULL THEN ${sink('0::float8', 'no')} ELSE ${textToNumber(value.sql, sink)} END)`;
    case 'bool':
      return `(CASE WHEN ${value.sql} THEN ${sink('1::float8', 'no')} WHEN NOT ${value.sql} THEN ${sink('0::float8', 'no')} END)`;
    case 'booln':
      return `(CASE WHEN ${value.sql} THEN ${sink('1::float8', 'no')} ELSE ${sink('0::float8', 'no')} END)`;
    case 'json': {
      const x = value.sql;
      return (
        `(CASE jsonb_typeof(${x}) WHEN 'number' THEN ${jsonNumberBranch(x, sink)}` +
        ` WHEN 'string' THEN ${textToNumber(jsonText(value), sink)}` +
        ` WHEN 'boolean' THEN (CASE WHEN ${x} = 'true'::jsonb THEN ${sink('1::float8', 'no')} ELSE ${sink('0::float8', 'no')} END)` +
        ` WHEN 'array' THEN ${arrayNumber(x, state, sink)}` +
        ` WHEN 'object' THEN ${objectPrimitive(x, sink(`'NaN'::float8`, 'yes'), state)} ELSE ${sink('0::float8', 'no')} END)`
      );
    }
  }
}

/** `Number(value)` as one float8 expression (NULL: undecided). */
export const numberValue = (value: SqlValue, state: SqlState): string =>
  numberBranches(value, state, (sql) => sql);

/**
 * `parseFloat` of an array reads its text, the items joined by commas, and stops at the first
 * comma: so it is `parseFloat` of the first item's text (an empty array's text is "", NaN).
 */
function arrayParseFloat(x: string, state: SqlState): string {
  const item = `(${x} -> 0)`;
  hazard(state, hasToString(x));
  return (
    `(CASE jsonb_typeof(${item}) WHEN 'number' THEN ${jsonNumber(item)} WHEN 'string' THEN ${textParseFloat(`(${x} ->> 0)`)}` +
    ` WHEN 'array' THEN NULL ELSE 'NaN'::float8 END)`
  );
}

/**
 * Whether a value's `Number()` is zero without a sign for certain: null, false, absent, and jsonb
 * numbers (jsonb keeps no negative zero); a text may be "-0", which turns a division's Infinity
 * negative.
 */
export function positiveZero(value: SqlValue): string {
  switch (value.kind) {
    case 'lit':
      return bool(Object.is(Number(value.value), 0));
    case 'json':
      return `(jsonb_typeof(${value.sql}) IS NULL OR jsonb_typeof(${value.sql}) IN ('null', 'boolean', 'number'))`;
    case 'numn':
    case 'booln':
    case 'bool':
      return 'TRUE';
    case 'textn':
      return `(${value.sql} IS NULL)`;
    default:
      return 'FALSE';
  }
}

/** `parseFloat(value)` as a float8 expression (NULL: undecided); json-logic-js's `+` and `*` use it. */
export function parseFloatValue(value: SqlValue, state: SqlState): string {
  switch (value.kind) {
    case 'lit': {
      const n = typeof value.value === 'number' ? value.value + 0 : Number.parseFloat(String(value.value));
      return Number.isNaN(n) ? `'NaN'::float8` : numberParam(state, n);
    }
    case 'num':
      return `(${value.sql} + 0)`;
    case 'numn':
      // parseFloat(null) is NaN; a number goes through unchanged (-0 becomes 0).
      return `COALESCE(${value.sql} + 0, 'NaN'::float8)`;
    case 'text':
      return textParseFloat(value.sql);
    case 'textn':
      return `(CASE WHEN ${value.sql} IS NULL THEN 'NaN'::float8 ELSE ${textParseFloat(value.sql)} END)`;
    case 'bool':
    case 'booln':
      return `'NaN'::float8`;
    case 'json': {
      const x = value.sql;
      return (
        `(CASE jsonb_typeof(${x}) WHEN 'number' THEN ${jsonNumber(x)} WHEN 'string' THEN ${textParseFloat(jsonText(value))}` +
        ` WHEN 'array' THEN ${arrayParseFloat(x, state)} WHEN 'object' THEN ${objectPrimitive(x, `'NaN'::float8`, state)} ELSE 'NaN'::float8 END)`
      );
    }
  }
}

/** An integer-valued float8 as JavaScript prints it; NULL (undecided) otherwise. */
const numberText = (n: string): string =>
  `(CASE WHEN ${n} = 'NaN'::float8 THEN 'NaN' WHEN ${n} = 'Infinity'::float8 THEN 'Infinity' WHEN ${n} = '-Infinity'::float8 THEN '-Infinity'` +
  ` WHEN ${n} = trunc(${n}) AND abs(${n}) < 1e15 THEN (${n}::bigint)::text END)`;

/** JavaScript `String(value)` as in `cat` (null becomes empty text); NULL where undecided. */
export function textValue(value: SqlValue, state: SqlState): string {
  switch (value.kind) {
    case 'lit':
      return textParam(state, value.value === null ? '' : String(value.value));
    case 'text':
      return value.sql;
    case 'textn':
      return `COALESCE(${value.sql}, '')`;
    case 'bool':
    case 'booln':
      return `(CASE WHEN ${value.sql} THEN 'true' WHEN NOT ${value.sql} THEN 'false' ELSE ${value.kind === 'booln' ? "''" : 'NULL'} END)`;
    case 'num':
      return numberText(value.sql);
    case 'numn':
      return `(CASE WHEN ${value.sql} IS NULL THEN '' ELSE ${numberText(value.sql)} END)`;
    case 'json': {
      const x = value.sql;
      return (
        `(CASE jsonb_typeof(${x}) WHEN 'string' THEN ${jsonText(value)} WHEN 'boolean' THEN (${x})::text` +
        ` WHEN 'number' THEN ${numberText(jsonNumber(x))} WHEN 'object' THEN ${objectPrimitive(x, "'[object Object]'", state)}` +
        ` WHEN 'array' THEN (CASE WHEN jsonb_array_length(${x}) = 0 THEN '' END) ELSE '' END)`
      );
    }
  }
}

/** A value as jsonb (SQL NULL: JavaScript null), where that is exact; undefined otherwise. */
export function jsonValue(value: SqlValue, state: SqlState): string | undefined {
  switch (value.kind) {
    case 'lit':
      return jsonParam(state, value.value);
    case 'json':
      return value.sql;
    case 'textn':
    case 'booln':
      return `to_jsonb(${value.sql})`;
    default:
      return undefined;
  }
}

export { sqlString };
