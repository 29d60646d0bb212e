/** `===`, `!==`, `<`, `<=`, `>`, `>=` and `in` with JavaScript's semantics. */
import { truthy } from '../truthy.js';
import { ageComparison } from './sql-age.js';
import { jsonParam, numberParam, type SqlState, textParam } from './sql-state.js';
import { HIGH_CHARS, type NaNState, sqlString } from './sql-text.js';
import type { SqlValue } from './sql-types.js';
import {
  bool,
  FALSE,
  jsonText,
  jsonType,
  numberBranches,
  numberOperand,
  objectPrimitive,
  TRUE,
} from './sql-values.js';

type Literal = Extract<SqlValue, { kind: 'lit' }>;
type Primitive = Literal['value'];

const undecidedOr = (sql: string, otherwise: string) =>
  `(CASE WHEN ${sql} IS NULL THEN NULL ELSE ${otherwise} END)`;
const isNullKind = (kind: SqlValue['kind']) => kind === 'numn' || kind === 'textn' || kind === 'booln';
const jsType = (v: Primitive) => (v === null ? 'null' : typeof v);

/** `x === literal` for any compiled x. */
function equalsLiteral(x: SqlValue, lit: Primitive, state: SqlState): string {
  if (x.kind === 'lit') return bool(x.value === lit);
  const type = jsType(lit);
  if (x.kind === 'json') {
    if (type === 'null') return `(${jsonType(x.sql)} = 'null')`;
    if (type === 'number') {
      if (Number.isNaN(lit)) return FALSE;
      const n = numberParam(state, lit as number);
      return `(CASE WHEN jsonb_typeof(${x.sql}) = 'number' THEN (CASE WHEN abs((${x.sql})::numeric) BETWEEN 1e-300 AND 1e300 OR (${x.sql})::numeric = 0 THEN (${x.sql})::float8 = ${n} END) ELSE FALSE END)`;
    }
    return `COALESCE(${x.sql} = ${jsonParam(state, lit)}, FALSE)`;
  }
  const kindType = {
    num: 'number',
    numn: 'number',
    text: 'string',
    textn: 'string',
    bool: 'boolean',
    booln: 'boolean',
  }[x.kind];
  if (type === 'null') return isNullKind(x.kind) ? `(${x.sql} IS NULL)` : undecidedOr(x.sql, FALSE);
  if (type !== kindType || Number.isNaN(lit)) return isNullKind(x.kind) ? FALSE : undecidedOr(x.sql, FALSE);
  const rhs =
    type === 'number'
      ? numberParam(state, lit as number)
      : type === 'string'
        ? textParam(state, lit as string)
        : bool(lit as boolean);
  return isNullKind(x.kind) ? `COALESCE(${x.sql} = ${rhs}, FALSE)` : `(${x.sql} = ${rhs})`;
}

/** Strict equality. Two different arrays or objects are never equal; the same path read twice is. */
export function strictEquals(a: SqlValue, b: SqlValue, state: SqlState): string | undefined {
  if (b.kind === 'lit') return equalsLiteral(a, b.value, state);
  if (a.kind === 'lit') return equalsLiteral(b, a.value, state);
  if (a.kind !== 'json' || b.kind !== 'json') return undefined;
  const same = a.ref !== undefined && a.ref === b.ref;
  const ta = jsonType(a.sql);
  const inRange = (x: string) => `(abs((${x})::numeric) BETWEEN 1e-300 AND 1e300 OR (${x})::numeric = 0)`;
  return (
    `(CASE WHEN ${ta} <> ${jsonType(b.sql)} THEN FALSE WHEN ${ta} = 'null' THEN TRUE` +
    ` WHEN ${ta} = 'number' THEN (CASE WHEN ${inRange(a.sql)} AND ${inRange(b.sql)} THEN (${a.sql})::float8 = (${b.sql})::float8 END)` +
    ` WHEN ${ta} IN ('string', 'boolean') THEN ${a.sql} = ${b.sql} ELSE ${bool(same)} END)`
  );
}

/** Whether ToPrimitive gives a string: 'yes', 'no', or SQL deciding it per row. */
function stringish(value: SqlValue): 'yes' | 'no' | string {
  switch (value.kind) {
    case 'lit':
      return typeof value.value === 'string' ? 'yes' : 'no';
    case 'text':
      return 'yes';
    case 'textn':
      return `(${value.sql} IS NOT NULL)`;
    case 'json':
      return `(jsonb_typeof(${value.sql}) IN ('string', 'array', 'object'))`;
    default:
      return 'no';
  }
}

/**
 * An array's text as JavaScript joins it, where that is certain: items that are text, null or
 * booleans (a number's or object's text is JavaScript's own spelling, left undecided).
 */
function arrayText(x: string): string {
  const plain = `NOT jsonb_path_exists(${x}, 'strict $[*] ? (@.type() != "string" && @.type() != "null" && @.type() != "boolean")')`;
  const joined = `(SELECT COALESCE(string_agg(COALESCE(t.v, ''), ',' ORDER BY t.i), '') FROM jsonb_array_elements_text(${x}) WITH ORDINALITY AS t(v, i))`;
  return `(CASE WHEN ${plain} THEN ${joined} END)`;
}

/** The primitive string of a value known to be string-ish (NULL: undecided). */
function primitiveText(value: SqlValue, state: SqlState): { sql: string; safe: boolean } {
  if (value.kind === 'lit') {
    const text = String(value.value);
    return { sql: textParam(state, text), safe: !/[\ue000-\uffff\ud800-\udfff]/.test(text) };
  }
  if (value.kind !== 'json') return { sql: value.sql, safe: false };
  const x = value.sql;
  return {
    sql:
      `(CASE jsonb_typeof(${x}) WHEN 'string' THEN ${jsonText(value)} WHEN 'object' THEN ${objectPrimitive(x, "'[object Object]'", state)}` +
      ` WHEN 'array' THEN ${arrayText(x)} END)`,
    safe: false,
  };
}

type NumberOperand = { sql: string; nan: NaNState; exact?: string | undefined; decimal?: string | undefined };

const FLIPPED: Readonly<Record<string, string>> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/**
 * A jsonb number (exact decimal `n`, read by JavaScript as the double `float`) against a literal:
 * a decimal farther from the bound than any double rounding can move it decides on the decimal;
 * only numbers within a hair of the bound go through float8.
 */
function fuzzyCompare(op: string, n: string, float: string, bound: string): string {
  const margin = `(abs(${bound}) * 1e-14 + 1e-290)`;
  const above = op === '>' || op === '>=' ? TRUE : FALSE;
  const below = op === '<' || op === '<=' ? TRUE : FALSE;
  return `(CASE WHEN ${n} >= ${bound} + ${margin} THEN ${above} WHEN ${n} <= ${bound} - ${margin} THEN ${below} ELSE ${float} END)`;
}

function compareNumbers(op: string, a: NumberOperand, b: NumberOperand): string {
  if (a.nan === 'yes' || b.nan === 'yes') return FALSE;
  if (a.exact !== undefined && b.exact !== undefined) return `(${a.exact} ${op} ${b.exact})`;
  const plain = () => {
    const guards = [a, b].filter((x) => x.nan === 'maybe').map((x) => `${x.sql} <> 'NaN'::float8`);
    return `(${[...guards, `${a.sql} ${op} ${b.sql}`].join(' AND ')})`;
  };
  if (a.decimal !== undefined && b.exact !== undefined) return fuzzyCompare(op, a.decimal, plain(), b.exact);
  if (b.decimal !== undefined && a.exact !== undefined)
    return fuzzyCompare(FLIPPED[op] ?? op, b.decimal, plain(), a.exact);
  return plain();
}

/** Number branches of a value; a literal is resolved once so every branch shares its parameter. */
function numbers(value: SqlValue, state: SqlState): (sink: (x: NumberOperand) => string) => string {
  if (value.kind === 'lit') {
    const operand = numberOperand(state, Number(value.value));
    return (sink) => sink(operand);
  }
  return (sink) =>
    numberBranches(value, state, (sql, nan, exact, decimal) => sink({ sql, nan, exact, decimal }));
}

function compareTexts(
  op: string,
  a: { sql: string; safe: boolean },
  b: { sql: string; safe: boolean },
): string {
  const risky = [a, b].filter((x) => !x.safe).map((x) => `${x.sql} ~ ${sqlString(HIGH_CHARS)}`);
  const compare = `(${a.sql} COLLATE "C") ${op} (${b.sql} COLLATE "C")`;
  return risky.length === 0
    ? `(${compare})`
    : `(CASE WHEN ${risky.join(' OR ')} THEN NULL ELSE ${compare} END)`;
}

/** `a op b` for JavaScript's relational operators: text order when both are text, else numbers. */
export function relational(op: '<' | '<=' | '>' | '>=', a: SqlValue, b: SqlValue, state: SqlState): string {
  if (a.kind === 'lit' && b.kind === 'lit') {
    const [x, y] = [a.value as number, b.value as number];
    return bool(op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y);
  }
  const age = ageComparison(op, a, b, state);
  if (age !== undefined) return age;
  const numeric = () => {
    const [left, right] = [numbers(a, state), numbers(b, state)];
    return left((x) => right((y) => compareNumbers(op, x, y)));
  };
  const [sa, sb] = [stringish(a), stringish(b)];
  if (sa === 'no' || sb === 'no') return numeric();
  const textual = () => compareTexts(op, primitiveText(a, state), primitiveText(b, state));
  if (sa === 'yes' && sb === 'yes') return textual();
  const both = [sa, sb].filter((s) => s !== 'yes').join(' AND ');
  return `(CASE WHEN ${both} THEN ${textual()} ELSE ${numeric()} END)`;
}

const isPrimitive = (v: unknown): v is Primitive =>
  v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number';

/** `needle` among literal options, with `===`; strings against json use one IN list. */
export function inList(needle: SqlValue, options: readonly unknown[], state: SqlState): string | undefined {
  if (!options.every(isPrimitive)) return undefined;
  if (needle.kind === 'lit') return bool(options.includes(needle.value) && !Number.isNaN(needle.value));
  const strings = options.filter((o): o is string => typeof o === 'string');
  const others = options.filter((o) => typeof o !== 'string');
  const parts: string[] = [];
  if (strings.length > 0 && needle.kind === 'json') {
    parts.push(`COALESCE(${needle.sql} IN (${strings.map((s) => jsonParam(state, s)).join(', ')}), FALSE)`);
  } else {
    for (const s of strings) parts.push(equalsLiteral(needle, s, state));
  }
  for (const o of others) parts.push(equalsLiteral(needle, o, state));
  return parts.length === 0 ? FALSE : `(${parts.join(' OR ')})`;
}

/** `needle` in a literal text: JavaScript's `text.indexOf(String(needle)) !== -1`. */
export function inText(needle: SqlValue, haystack: string, state: SqlState): string | undefined {
  if (haystack === '') return FALSE;
  if (needle.kind === 'lit') return bool(haystack.includes(String(needle.value)));
  const has = (text: string) => bool(haystack.includes(text));
  const position = (text: string) => `(strpos(${textParam(state, haystack)}, ${text}) > 0)`;
  switch (needle.kind) {
    case 'text':
      return position(needle.sql);
    case 'textn':
      return `(CASE WHEN ${needle.sql} IS NULL THEN ${has('null')} ELSE ${position(needle.sql)} END)`;
    case 'booln':
    case 'bool':
      return `(CASE WHEN ${needle.sql} THEN ${has('true')} WHEN NOT ${needle.sql} THEN ${has('false')} ELSE ${needle.kind === 'booln' ? has('null') : 'NULL'} END)`;
    case 'json': {
      const x = needle.sql;
      return (
        `(CASE jsonb_typeof(${x}) WHEN 'string' THEN ${position(jsonText(needle))} WHEN 'boolean' THEN (CASE WHEN ${x} = 'true'::jsonb THEN ${has('true')} ELSE ${has('false')} END)` +
        ` WHEN 'object' THEN ${objectPrimitive(x, has('[object Object]'), state)} WHEN 'number' THEN NULL WHEN 'array' THEN NULL ELSE ${has('null')} END)`
      );
    }
    default:
      return undefined;
  }
}

export { TRUE, truthy };
