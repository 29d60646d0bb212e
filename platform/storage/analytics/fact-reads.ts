/**
 * Reading single fact paths in SQL (group-by dimensions, the date placing a record in a period,
 * the dates of a duration, the number of a sum): as jsonb, as date text, as a number. Path keys
 * are bound parameters; a path SQL cannot read the interpreter's way gives undefined.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { SqlVarTarget } from '../../rules/index.js';
import { validDate } from '../../rules/sql/sql-text.js';
import type { FactJoins } from './case-fact-sql.js';
import type { PopulationSource } from './population-source.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
/** Segments whose JavaScript meaning jsonb's `->` does not share (array index, string length). */
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

type Read = { readonly target: SqlVarTarget } | { readonly missing: true } | undefined;

function read(source: PopulationSource, joins: FactJoins, path: string): Read {
  const segments = path.split('.');
  // The interpreter finds nothing through these names.
  if (segments.some((s) => FORBIDDEN.has(s))) return { missing: true };
  if (segments.some((s) => s === 'length' || ARRAY_INDEX.test(s))) return undefined;
  const target = source.resolve(path, joins);
  return target === undefined ? undefined : { target };
}

function asJson(target: SqlVarTarget): SQL {
  if ('type' in target) {
    switch (target.type) {
      case 'jsonb':
        return sql.raw(`(${target.sql})`);
      case 'date':
        return sql.raw(`to_jsonb(to_char(${target.sql}, 'YYYY-MM-DD'))`);
      case 'numeric':
        return sql.raw(`to_jsonb((${target.sql})::float8)`);
      default:
        return sql.raw(`to_jsonb(${target.sql})`);
    }
  }
  const keys = (target.jsonPath ?? []).map((key) => sql` -> ${key}::text`);
  return sql.join([sql.raw(`(${target.sql}`), ...keys, sql.raw(')')]);
}

/** The fact as jsonb; SQL NULL where it is missing or JSON null (both read as null). */
export function factJson(source: PopulationSource, joins: FactJoins, path: string): SQL | undefined {
  const found = read(source, joins, path);
  if (found === undefined) return undefined;
  if ('missing' in found) return sql`NULL::jsonb`;
  return sql`NULLIF(${asJson(found.target)}, 'null'::jsonb)`;
}

/** The fact's text where it may be a date (`YYYY-MM-DD…`); NULL for anything but text. */
export function factDateText(source: PopulationSource, joins: FactJoins, path: string): SQL | undefined {
  const found = read(source, joins, path);
  if (found === undefined) return undefined;
  if ('missing' in found) return sql`NULL::text`;
  const { target } = found;
  if ('type' in target) {
    if (target.type === 'date') return sql.raw(`to_char(${target.sql}, 'YYYY-MM-DD')`);
    if (target.type === 'text') return sql.raw(`(${target.sql})`);
    if (target.type !== 'jsonb') return sql`NULL::text`;
  }
  const json = asJson(target);
  return sql`(CASE WHEN jsonb_typeof(${json}) = 'string' THEN ${json} #>> '{}' END)`;
}

/** The fact as a number where it is one (a JSON number or a numeric column), else NULL. */
export function factNumber(source: PopulationSource, joins: FactJoins, path: string): SQL | undefined {
  const found = read(source, joins, path);
  if (found === undefined) return undefined;
  if ('missing' in found) return sql`NULL::numeric`;
  const { target } = found;
  if ('type' in target && target.type === 'numeric') return sql.raw(`(${target.sql})::numeric`);
  if ('type' in target && target.type !== 'jsonb') return sql`NULL::numeric`;
  const json = asJson(target);
  return sql`(CASE WHEN jsonb_typeof(${json}) = 'number' THEN (${json})::numeric END)`;
}

/** `count_if` of a path without a condition: the length of an array, 0 for anything else. */
export function factArrayLength(source: PopulationSource, joins: FactJoins, path: string): SQL | undefined {
  const found = read(source, joins, path);
  if (found === undefined) return undefined;
  if ('missing' in found || ('type' in found.target && found.target.type !== 'jsonb')) return sql`0`;
  const json = asJson(found.target);
  return sql`(CASE WHEN jsonb_typeof(${json}) = 'array' THEN jsonb_array_length(${json}) ELSE 0 END)`;
}

/**
 * A date column of the query from text made by {@link factDateText}: the day where the text starts
 * with a valid ISO date (as the kernel's `toDayNumber` reads it), else NULL.
 */
export function dateOfText(column: string): SQL {
  return sql.raw(`(CASE WHEN ${validDate(column)} THEN substr(${column}, 1, 10)::date END)`);
}
