/** Operators compiled as conditions: logic, `missing`, array quantifiers, named rules. */
import { argumentsOf, isLogic, operatorOf } from '../logic-shape.js';
import { truthy } from '../truthy.js';
import { arrayOf, every, literalArray, some } from './sql-groups.js';
import { allOf, anyOf, conditional, isMissing, missingSome } from './sql-ops.js';
import { type SqlScope, type SqlState, unsupported } from './sql-state.js';
import { bool, FALSE, truthySql } from './sql-values.js';
import { compileVar } from './sql-var.js';

/** The jsonb array an array operator iterates: a `var`, or a literal list. */
export function listOf(logic: unknown, state: SqlState, scope: SqlScope): string | undefined {
  if (Array.isArray(logic) && !logic.some((item) => isLogic(item) || Array.isArray(item))) {
    return literalArray(logic, state);
  }
  return arrayOf(state.compile(logic, state, scope));
}

/** Inlines a named rule; cycles are refused as the interpreter refuses them. */
export function namedRule<T>(
  id: unknown,
  state: SqlState,
  compile: (logic: unknown) => T,
  fallback: () => T,
): T {
  const rules = state.context.rules ?? {};
  if (typeof id !== 'string' || !Object.hasOwn(rules, id) || state.ruleStack.includes(id)) {
    unsupported(state, `rule ${String(id)}`);
    return fallback();
  }
  state.ruleStack.push(id);
  try {
    return compile(rules[id]);
  } finally {
    state.ruleStack.pop();
  }
}

function missingKeys(args: readonly unknown[], state: SqlState, scope: SqlScope): string[] | undefined {
  const keys = Array.isArray(args[0]) ? args[0] : args;
  if (!keys.every((k) => typeof k === 'string' || typeof k === 'number')) return undefined;
  return keys.map((key) => isMissing(compileVar([key], state, scope)));
}

function quantifier(op: string, args: readonly unknown[], state: SqlState, scope: SqlScope): string {
  const array = listOf(args[0], state, scope);
  if (array === undefined) return truthySql(unsupported(state, op));
  const item = (itemScope: SqlScope) => condition(args[1], state, itemScope);
  if (op === 'all') return every(array, state, item);
  if (op === 'none') return `(NOT ${some(array, state, item)})`;
  return some(array, state, item);
}

const CONDITIONS: Readonly<
  Record<string, (args: readonly unknown[], state: SqlState, scope: SqlScope) => string>
> = {
  and: (args, state, scope) => allOf(args.map((a) => condition(a, state, scope))),
  or: (args, state, scope) => anyOf(args.map((a) => condition(a, state, scope))),
  '!': (args, state, scope) => `(NOT ${condition(args[0], state, scope)})`,
  '!!': (args, state, scope) => condition(args[0], state, scope),
  if: ifCondition,
  '?:': ifCondition,
  missing: (args, state, scope) => {
    const keys = missingKeys(args, state, scope);
    return keys === undefined ? truthySql(unsupported(state, 'missing with computed keys')) : anyOf(keys);
  },
  missing_some: (args, state, scope) => {
    const [need, list] = args;
    const keys = Array.isArray(list) && isPrimitiveNeed(need) ? missingKeys([list], state, scope) : undefined;
    if (keys === undefined) return truthySql(unsupported(state, 'missing_some with computed arguments'));
    return missingSome(Number(need), keys);
  },
  some: (args, state, scope) => quantifier('some', args, state, scope),
  any: (args, state, scope) => quantifier('some', args, state, scope),
  all: (args, state, scope) => quantifier('all', args, state, scope),
  none: (args, state, scope) => quantifier('none', args, state, scope),
  rule: (args, state) =>
    namedRule(
      args[0],
      state,
      (logic) => condition(logic, state, { kind: 'root' }),
      () => FALSE,
    ),
};

const isPrimitiveNeed = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

function ifCondition(args: readonly unknown[], state: SqlState, scope: SqlScope): string {
  const conditions: string[] = [];
  const branches: string[] = [];
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    conditions.push(condition(args[i], state, scope));
    branches.push(condition(args[i + 1], state, scope));
  }
  const otherwise = args.length === i + 1 ? condition(args[i], state, scope) : FALSE;
  return conditional(conditions, branches, otherwise);
}

/** The rule's truthiness as a SQL boolean: TRUE, FALSE, or NULL (undecided). */
export function condition(logic: unknown, state: SqlState, scope: SqlScope): string {
  if (Array.isArray(logic)) {
    // A list of expressions is truthy when non-empty, but json-logic-js evaluates (and may fail on) each.
    if (logic.some((item) => isLogic(item) || Array.isArray(item)))
      return truthySql(unsupported(state, 'a list of expressions'));
    return bool(logic.length > 0);
  }
  if (!isLogic(logic)) return bool(truthy(logic));
  const op = operatorOf(logic);
  const compile = Object.hasOwn(CONDITIONS, op) ? CONDITIONS[op] : undefined;
  if (compile !== undefined) return compile(argumentsOf(logic, op), state, scope);
  return truthySql(state.compile(logic, state, scope));
}
