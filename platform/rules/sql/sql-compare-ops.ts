/** Comparison operators as compiled values (SQL booleans). */
import { isLogic } from '../logic-shape.js';
import { inList, inText, relational, strictEquals } from './sql-compare.js';
import { betweenLiterals } from './sql-dates.js';
import { hasKey, hazard, type SqlScope, type SqlState, textParam, unsupported } from './sql-state.js';
import type { SqlValue } from './sql-types.js';
import { jsonText } from './sql-values.js';

type Op = (args: readonly unknown[], state: SqlState, scope: SqlScope) => SqlValue;

const boolean = (sql: string | undefined, state: SqlState, op: string): SqlValue =>
  sql === undefined ? unsupported(state, op) : { kind: 'bool', sql };

const values = (args: readonly unknown[], state: SqlState, scope: SqlScope) =>
  args.map((arg) => state.compile(arg, state, scope));

/** Exactly `arity` arguments (json-logic-js would evaluate, and could fail on, any extra). */
const fixed =
  (
    op: string,
    arities: readonly number[],
    body: (xs: SqlValue[], state: SqlState) => string | undefined,
  ): Op =>
  (args, state, scope) =>
    arities.includes(args.length)
      ? boolean(body(values(args, state, scope), state), state, op)
      : unsupported(state, `${op} with ${args.length} arguments`);

const ordered = (op: '<' | '<=' | '>' | '>='): Op =>
  fixed(op, op === '<' || op === '<=' ? [2, 3] : [2], ([a, b, c], state) => {
    if (a === undefined || b === undefined) return undefined;
    const first = relational(op, a, b, state);
    return c === undefined ? first : `(${first} AND ${relational(op, b, c, state)})`;
  });

/** `in`: a literal list or text, or a `var` holding either. */
const inOp: Op = (args, state, scope) => {
  if (args.length !== 2) return unsupported(state, `in with ${args.length} arguments`);
  const needle = state.compile(args[0], state, scope);
  const haystack = args[1];
  if (Array.isArray(haystack) && !haystack.some((h) => isLogic(h) || Array.isArray(h))) {
    return boolean(inList(needle, haystack, state), state, 'in');
  }
  if (typeof haystack === 'string') return boolean(inText(needle, haystack, state), state, 'in');
  const list = state.compile(haystack, state, scope);
  if (list.kind === 'lit') return boolean(inText(needle, String(list.value ?? ''), state), state, 'in');
  if (list.kind !== 'json') return unsupported(state, 'in');
  state.items += 1;
  const alias = `e${state.items}`;
  const equal = strictEquals(needle, { kind: 'json', sql: `${alias}.v` }, state);
  if (equal === undefined) return unsupported(state, 'in');
  const text = substringOf(needle, jsonText(list), state);
  // json-logic-js calls `indexOf` on any haystack that has one: an object with that key throws.
  hazard(state, hasKey(list.sql, 'indexOf'));
  return {
    kind: 'bool',
    sql:
      `(CASE jsonb_typeof(${list.sql}) WHEN 'array' THEN (SELECT CASE WHEN bool_or(${equal}) THEN TRUE WHEN bool_or((${equal}) IS NULL) THEN NULL ELSE FALSE END FROM jsonb_array_elements(${list.sql}) AS ${alias}(v))` +
      ` WHEN 'string' THEN (CASE WHEN ${list.sql} = '""'::jsonb THEN FALSE ELSE ${text} END)` +
      ` ELSE FALSE END)`,
  };
};

/** Whether `String(needle)` occurs in the text `haystack`; NULL where the needle's text is undecided. */
function substringOf(needle: SqlValue, haystack: string, state: SqlState): string {
  const position = (text: string) => `(strpos(${haystack}, ${text}) > 0)`;
  if (needle.kind === 'lit') return position(textParam(state, String(needle.value)));
  if (needle.kind === 'text' || needle.kind === 'textn')
    return needle.kind === 'text' ? position(needle.sql) : 'NULL';
  if (needle.kind !== 'json') return 'NULL';
  return `(CASE WHEN jsonb_typeof(${needle.sql}) = 'string' THEN ${position(jsonText(needle))} END)`;
}

/** `in_lookup` with a literal lookup id (and parent): the lookup's values become a literal list. */
const inLookup: Op = (args, state, scope) => {
  const [id, value, parent] = args;
  const options = typeof id === 'string' ? state.context.lookups?.[id] : undefined;
  const literalParent = args.length < 3 || !(isLogic(parent) || Array.isArray(parent));
  if (options === undefined || !literalParent || args.length > 3) return unsupported(state, 'in_lookup');
  const values = options.filter((o) => args.length < 3 || o.parent === parent).map((o) => o.value);
  return boolean(inList(state.compile(value, state, scope), values, state), state, 'in_lookup');
};

const between: Op = (args, state, scope) => {
  const [value, low, high] = args;
  const literal = (x: unknown) => !(isLogic(x) || Array.isArray(x));
  if (args.length !== 3 || !literal(low) || !literal(high))
    return unsupported(state, 'between with computed bounds');
  return (
    betweenLiterals(state.compile(value, state, scope), low, high, state) ?? unsupported(state, 'between')
  );
};

const OPS: Readonly<Record<string, Op>> = {
  '===': fixed('===', [2], ([a, b], state) => (a && b ? strictEquals(a, b, state) : undefined)),
  '!==': fixed('!==', [2], ([a, b], state) => {
    const equal = a && b ? strictEquals(a, b, state) : undefined;
    return equal === undefined ? undefined : `(NOT ${equal})`;
  }),
  '<': ordered('<'),
  '<=': ordered('<='),
  '>': ordered('>'),
  '>=': ordered('>='),
  in: inOp,
  in_lookup: inLookup,
  between,
};

export function compareValue(
  op: string,
  args: readonly unknown[],
  state: SqlState,
  scope: SqlScope,
): SqlValue | undefined {
  return Object.hasOwn(OPS, op) ? OPS[op]?.(args, state, scope) : undefined;
}
