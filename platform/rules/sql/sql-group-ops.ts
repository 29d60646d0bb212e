/** `count_if` and `sum` over repeat groups as compiled numbers. */
import { condition, listOf } from './sql-conditions.js';
import { countIf, sum } from './sql-groups.js';
import { numberParam, type SqlScope, type SqlState, unsupported } from './sql-state.js';
import { jsonNumber } from './sql-text.js';
import type { SqlValue } from './sql-types.js';

/** A summand: numbers as they are, anything else 0 (NULL stays undecided). */
function term(value: SqlValue, state: SqlState): string {
  switch (value.kind) {
    case 'lit':
      return typeof value.value === 'number' ? numberParam(state, value.value) : '0::float8';
    case 'json':
      return `(CASE WHEN jsonb_typeof(${value.sql}) = 'number' THEN ${jsonNumber(value.sql)} ELSE 0::float8 END)`;
    case 'num':
      return value.sql;
    case 'numn':
      return `COALESCE(${value.sql}, 0::float8)`;
    default:
      return '0::float8';
  }
}

export function groupValue(
  op: string,
  args: readonly unknown[],
  state: SqlState,
  scope: SqlScope,
): SqlValue | undefined {
  if (op !== 'count_if' && op !== 'sum') return undefined;
  if (args.length < 1 || args.length > 2) return unsupported(state, op);
  const array = listOf(args[0], state, scope);
  if (array === undefined) return unsupported(state, op);
  if (op === 'count_if') {
    const item = args.length < 2 ? undefined : (itemScope: SqlScope) => condition(args[1], state, itemScope);
    return { kind: 'num', sql: countIf(array, state, item) };
  }
  const summand = (itemScope: SqlScope) =>
    term(
      args.length < 2
        ? { kind: 'json', sql: itemScope.kind === 'item' ? itemScope.sql : 'NULL' }
        : state.compile(args[1], state, itemScope),
      state,
    );
  return { kind: 'num', sql: sum(array, state, summand) };
}
