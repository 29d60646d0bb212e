/** `var` in SQL: the caller maps root paths; item paths read the current jsonb item. */
import { isSafeSegment, isWholeDataPath, pathSegments } from '../safe-path.js';
import { jsonParam, type SqlScope, type SqlState, textParam, unsupported } from './sql-state.js';
import type { SqlValue, SqlVarTarget } from './sql-types.js';
import { jsonValue } from './sql-values.js';

const isPrimitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
/** Segments whose JavaScript meaning jsonb's `->` does not share (array index, string length). */
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

function jsonRead(base: string, keys: readonly string[], state: SqlState, ref: string): SqlValue {
  const params = keys.map((key) => textParam(state, key));
  const last = params.pop();
  if (last === undefined) return { kind: 'json', sql: base, ref };
  const parent = [base, ...params].join(' -> ');
  return { kind: 'json', sql: `(${parent} -> ${last})`, text: `(${parent} ->> ${last})`, ref };
}

function typedRead(target: Extract<SqlVarTarget, { type: string }>, ref: string): SqlValue {
  switch (target.type) {
    case 'text':
      return { kind: 'textn', sql: `(${target.sql})` };
    case 'numeric':
      return { kind: 'numn', sql: `(${target.sql})::float8` };
    case 'boolean':
      return { kind: 'booln', sql: `(${target.sql})` };
    case 'date':
      return { kind: 'textn', sql: `to_char(${target.sql}, 'YYYY-MM-DD')` };
    case 'jsonb':
      return { kind: 'json', sql: `(${target.sql})`, ref };
  }
}

function read(path: string, segments: readonly string[], state: SqlState, scope: SqlScope): SqlValue {
  if (scope.kind === 'item') return jsonRead(scope.sql, segments, state, `${scope.id}:${path}`);
  if (path === 'today' && state.context.today !== undefined)
    return { kind: 'lit', value: state.context.today };
  const target = state.context.resolveVar(path);
  if (target === undefined) return unsupported(state, `var ${path}`);
  return 'type' in target
    ? typedRead(target, `root:${path}`)
    : jsonRead(target.sql, target.jsonPath ?? [], state, `root:${path}`);
}

/** Compiles `{"var": [path, default?]}` with a literal path and a literal default. */
export function compileVar(args: readonly unknown[], state: SqlState, scope: SqlScope): SqlValue {
  const [path, fallback] = args;
  if (!args.every(isPrimitive)) return unsupported(state, 'var with a computed path');
  if (isWholeDataPath(path)) {
    return scope.kind === 'item'
      ? { kind: 'json', sql: scope.sql, ref: scope.id }
      : unsupported(state, 'var ""');
  }
  const text = String(path);
  const segments = pathSegments(path);
  // A path through __proto__/constructor/prototype finds nothing, as in the interpreter.
  if (!segments.every(isSafeSegment))
    return { kind: 'lit', value: fallback === undefined ? null : (fallback as null) };
  if (segments.some((s) => s === 'length' || ARRAY_INDEX.test(s))) return unsupported(state, `var ${text}`);
  const value = read(text, segments, state, scope);
  if (args.length < 2 || value.kind === 'lit') return value;
  const json = jsonValue(value, state);
  if (json === undefined) return unsupported(state, `var ${text} with a default`);
  return {
    kind: 'json',
    sql: `COALESCE(${json}, ${jsonParam(state, fallback)})`,
    ref: `${scope.kind === 'item' ? scope.id : 'root'}:${text}`,
  };
}
