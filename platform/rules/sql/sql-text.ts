/**
 * JavaScript's text-to-number and date rules as PostgreSQL regular expressions. The patterns are
 * the compiler's own constants (never definition values); they assume `standard_conforming_strings`
 * (on by default since PostgreSQL 9.1), so backslashes reach the regex engine as written.
 */

/** JavaScript's white space and line terminators, which `Number()` trims. */
const WS = String.raw`[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;
const BLANK = `^${WS}*$`;
/** Decimal text PostgreSQL converts to the same double as JavaScript, without overflow or underflow. */
const SAFE_DECIMAL = String.raw`^${WS}*[+-]?([0-9]{1,100}(\.[0-9]{0,100})?|\.[0-9]{1,100})([eE][+-]?[0-9]{1,2})?${WS}*$`;
const INFINITY = `^${WS}*[+-]?Infinity${WS}*$`;
/** Hexadecimal text short enough (13 digits, below 2^52) to convert exactly through bigint. */
const SHORT_HEX = `^${WS}*0[xX][0-9a-fA-F]{1,13}${WS}*$`;
/** Anything else JavaScript reads as a number (huge exponents, 0x/0o/0b): left undecided. */
const OTHER_NUMBER = String.raw`^${WS}*([+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?|0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+)${WS}*$`;
const TRIM = `^${WS}+|${WS}+$`;
/** The longest prefix `parseFloat` reads. */
const FLOAT_PREFIX = String.raw`^${WS}*([+-]?(Infinity|([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?))`;
const SAFE_FLOAT_PREFIX = String.raw`^[+-]?([0-9]{1,100}(\.[0-9]{0,100})?|\.[0-9]{1,100})([eE][+-]?[0-9]{1,2})?$`;
/**
 * Characters where JavaScript's UTF-16 order and PostgreSQL's code-point order ("C" collation)
 * can disagree: an ordering involving them is left undecided.
 */
export const HIGH_CHARS = String.raw`[\ue000-\uffff\U00010000-\U0010ffff]`;
/** Characters JavaScript counts as two (surrogate pairs), which shift `substr` positions. */
export const ASTRAL_CHARS = String.raw`[\U00010000-\U0010ffff]`;

/**
 * Whether a text starts with a valid ISO date as the kernel's `toDayNumber` accepts it: year
 * 0100–9999 (JavaScript's `Date.UTC` maps years below 100 to 19xx, which the kernel rejects),
 * month 01–12, and a day that exists, leap years included. Character tests instead of a regular
 * expression: this runs for every row of a screening.
 */
export function validDate(t: string): string {
  const year = `substr(${t}, 1, 4)::int`;
  const leap = `(${year} % 4 = 0 AND (${year} % 100 <> 0 OR ${year} % 400 = 0))`;
  const day = `(substr(${t}, 9, 2) COLLATE "C")`;
  const lastDay =
    `(CASE substr(${t}, 6, 2) WHEN '02' THEN (CASE WHEN ${leap} THEN '29' ELSE '28' END)` +
    ` WHEN '04' THEN '30' WHEN '06' THEN '30' WHEN '09' THEN '30' WHEN '11' THEN '30' ELSE '31' END)`;
  return (
    `(translate(substr(${t}, 1, 10), '123456789', '000000000') = '0000-00-00' AND substr(${t}, 1, 2) <> '00'` +
    ` AND (substr(${t}, 6, 2) COLLATE "C") BETWEEN '01' AND '12' AND ${day} >= '01' AND (${day} <= '28' OR ${day} <= ${lastDay}))`
  );
}

export const sqlString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export type NaNState = 'no' | 'maybe' | 'yes';
/**
 * Receives a float8 expression, whether it may be NaN, and (when there is one) a numeric
 * expression of exactly the same value, or a numeric `decimal` that the float8 is its rounding of
 * (a jsonb number's text); returns SQL built on it.
 */
export type NumberSink = (sql: string, nan: NaNState, exact?: string, decimal?: string) => string;

/** JavaScript `Number(text)` of a text expression, pushed into `sink`; NULL where undecided. */
export function textToNumber(text: string, sink: NumberSink): string {
  return (
    `CASE WHEN ${text} ~ ${sqlString(BLANK)} THEN ${sink('0::float8', 'no')}` +
    ` WHEN ${text} ~ ${sqlString(SAFE_DECIMAL)} THEN ${sink(`regexp_replace(${text}, ${sqlString(TRIM)}, '', 'g')::float8`, 'no')}` +
    ` WHEN ${text} ~ ${sqlString(INFINITY)} THEN ${sink(`(CASE WHEN ${text} ~ '-' THEN '-Infinity' ELSE 'Infinity' END)::float8`, 'no')}` +
    ` WHEN ${text} ~ ${sqlString(SHORT_HEX)} THEN ${sink(`('x' || lpad(substring(${text} from '0[xX]([0-9a-fA-F]+)'), 16, '0'))::bit(64)::bigint::float8`, 'no')}` +
    ` WHEN ${text} ~ ${sqlString(OTHER_NUMBER)} THEN NULL ELSE ${sink(`'NaN'::float8`, 'yes')} END`
  );
}

/** JavaScript `parseFloat(text)` as a float8 expression; NULL where undecided. */
export function textParseFloat(text: string): string {
  const prefix = `substring(${text} from ${sqlString(FLOAT_PREFIX)})`;
  return (
    `CASE WHEN ${prefix} IS NULL THEN 'NaN'::float8` +
    ` WHEN ${prefix} ~ 'Infinity' THEN (CASE WHEN ${prefix} ~ '-' THEN '-Infinity' ELSE 'Infinity' END)::float8` +
    ` WHEN ${prefix} ~ ${sqlString(SAFE_FLOAT_PREFIX)} THEN ${prefix}::float8 END`
  );
}

/** A float8 from a jsonb number, or NULL (undecided) beyond the range both sides convert alike. */
export function jsonNumber(json: string): string {
  return `CASE WHEN abs((${json})::numeric) BETWEEN 1e-300 AND 1e300 OR (${json})::numeric = 0 THEN (${json})::float8 END`;
}
