/**
 * JSON Logic → a parameterized PostgreSQL condition, for bulk screening, match counts and
 * indicator filters. Pure string building: values only ever become `$n` parameters. Where SQL
 * cannot reproduce the interpreter exactly for an operator or argument form, the rule is reported
 * unsupported (evaluate it in process, see `evaluateInBatches`); where only some rows' data is too
 * exotic to decide in SQL, the condition is NULL for those rows.
 */
import { argumentsOf, isLogic, operatorOf } from '../logic-shape.js';
import { compareValue } from './sql-compare-ops.js';
import { condition, namedRule } from './sql-conditions.js';
import { groupValue } from './sql-group-ops.js';
import { scalarValue } from './sql-scalar-ops.js';
import { compactParams, type SqlScope, type SqlState, unsupported } from './sql-state.js';
import type { SqlContext, SqlResult, SqlValue } from './sql-types.js';
import { compileVar } from './sql-var.js';

const COMPILERS = [compareValue, scalarValue, groupValue];

function compileValue(logic: unknown, state: SqlState, scope: SqlScope): SqlValue {
  if (logic === null || ['string', 'number', 'boolean'].includes(typeof logic)) {
    return { kind: 'lit', value: logic as null | string | number | boolean };
  }
  if (!isLogic(logic))
    return unsupported(state, Array.isArray(logic) ? 'a list as a value' : 'an object literal');
  const op = operatorOf(logic);
  const args = argumentsOf(logic, op);
  if (op === 'var') return compileVar(args, state, scope);
  if (op === 'rule') {
    return namedRule(
      args[0],
      state,
      (rule) => compileValue(rule, state, { kind: 'root' }),
      () => ({ kind: 'lit', value: null }),
    );
  }
  for (const compile of COMPILERS) {
    const value = compile(op, args, state, scope);
    if (value !== undefined) return value;
  }
  // Operators whose value is their truthiness compile as conditions; `and`, `or`, `if`, `missing`…
  // return other values than booleans, so as values they, like operators SQL lacks, are unsupported.
  return BOOLEAN_VALUED.has(op)
    ? { kind: 'bool', sql: condition(logic, state, scope) }
    : unsupported(state, op);
}

const BOOLEAN_VALUED = new Set(['!', '!!', 'some', 'any', 'all', 'none']);

/**
 * Compiles `logic` to a SQL condition over the data `context.resolveVar` maps. TRUE where the
 * rule's value is truthy, FALSE where it is falsy, NULL where the row's data is too exotic to decide
 * in SQL (evaluate those rows in process). Parameters are numbered from `context.paramStart`.
 *
 * Run large conditions with `SET LOCAL jit = off`: PostgreSQL's JIT compiles such expressions for
 * seconds on every execution, far longer than evaluating them over a million rows.
 */
export function toSql(logic: unknown, context: SqlContext): SqlResult {
  const state: SqlState = {
    context,
    params: [],
    ruleStack: [],
    unsupported: [],
    hazards: [],
    items: 0,
    compile: compileValue,
  };
  const decided = condition(logic, state, { kind: 'root' });
  // Hazards only matter where SQL would say TRUE: a failing evaluation is not a match either.
  const sql =
    state.hazards.length === 0
      ? decided
      : `(${decided} AND (CASE WHEN ${state.hazards.join(' OR ')} THEN NULL ELSE TRUE END))`;
  if (state.unsupported.length > 0) return { ok: false, unsupported: state.unsupported };
  return { ok: true, ...compactParams(sql, state) };
}
