/** Arithmetic, text, date and `coalesce` operators as compiled values. */
import { isLogic } from '../logic-shape.js';
import { addDays, ageYears, beforeAfter, dateText, daysBetween } from './sql-dates.js';
import { cat, divide, extreme, minus, plus, remainder, substr, times } from './sql-ops.js';
import { type SqlScope, type SqlState, unsupported } from './sql-state.js';
import type { SqlValue } from './sql-types.js';
import { jsonValue } from './sql-values.js';

type Op = (args: readonly unknown[], state: SqlState, scope: SqlScope) => SqlValue;

const compileAll = (args: readonly unknown[], state: SqlState, scope: SqlScope) =>
  args.map((arg) => state.compile(arg, state, scope));
const isLiteral = (x: unknown) => !(isLogic(x) || Array.isArray(x));
const literalNumber = (x: unknown): number | undefined => (typeof x === 'number' ? x : undefined);

/** Two date operands, or unsupported. */
function twoDates(args: readonly unknown[], state: SqlState, scope: SqlScope) {
  if (args.length !== 2) return undefined;
  const [a, b] = compileAll(args, state, scope).map((v) => dateText(v));
  return a && b ? ([a, b] as const) : undefined;
}

const age: Op = (args, state, scope) => {
  if (args.length < 1 || args.length > 2) return unsupported(state, 'age_years');
  const dob = dateText(state.compile(args[0], state, scope));
  const asOfValue =
    args.length === 2
      ? state.compile(args[1], state, scope)
      : state.compile({ var: 'today' }, state, { kind: 'root' });
  const asOf = dateText(asOfValue);
  return dob && asOf ? ageYears(dob, asOf, state) : unsupported(state, 'age_years');
};

/** `coalesce` of values that have an exact jsonb form: the first neither null nor empty text. */
const coalesce: Op = (args, state, scope) => {
  const branches: string[] = [];
  for (const value of compileAll(args, state, scope)) {
    if (value.kind === 'lit' && (value.value === null || value.value === '')) continue;
    const json = jsonValue(value, state);
    if (json === undefined) return unsupported(state, 'coalesce');
    if (value.kind === 'lit')
      return { kind: 'json', sql: branches.length ? `(CASE ${branches.join(' ')} ELSE ${json} END)` : json };
    branches.push(`WHEN jsonb_typeof(${json}) NOT IN ('null') AND ${json} <> '""'::jsonb THEN ${json}`);
  }
  return { kind: 'json', sql: branches.length ? `(CASE ${branches.join(' ')} END)` : 'NULL::jsonb' };
};

const OPS: Readonly<Record<string, Op>> = {
  '+': (args, state, scope) => plus(compileAll(args, state, scope), state),
  '*': (args, state, scope) => {
    const values = compileAll(args, state, scope);
    if (values.length === 0) return unsupported(state, '* without arguments');
    return values.length === 1 && values[0] ? values[0] : times(values, state);
  },
  '-': (args, state, scope) => {
    const [a, b] = compileAll(args, state, scope);
    return a === undefined || args.length > 2 ? unsupported(state, '-') : minus(a, b, state);
  },
  '/': (args, state, scope) => {
    const [a, b] = compileAll(args, state, scope);
    return a && b && args.length === 2 ? divide(a, b, state) : unsupported(state, '/');
  },
  '%': (args, state, scope) => {
    const [a, b] = compileAll(args, state, scope);
    return a && b && args.length === 2 ? remainder(a, b, state) : unsupported(state, '%');
  },
  min: (args, state, scope) => extreme('LEAST', compileAll(args, state, scope), state),
  max: (args, state, scope) => extreme('GREATEST', compileAll(args, state, scope), state),
  cat: (args, state, scope) => cat(compileAll(args, state, scope), state),
  substr: (args, state, scope) => {
    const [source, start, length] = args;
    const from = literalNumber(start);
    if (
      args.length < 2 ||
      args.length > 3 ||
      from === undefined ||
      (length !== undefined && literalNumber(length) === undefined)
    ) {
      return unsupported(state, 'substr with computed positions');
    }
    const trunc = (n: number) => (Number.isNaN(n) ? 0 : Math.trunc(n));
    return substr(
      state.compile(source, state, scope),
      trunc(from),
      length === undefined ? undefined : trunc(length as number),
      state,
    );
  },
  age_years: age,
  days_between: (args, state, scope) => {
    const dates = twoDates(args, state, scope);
    return dates ? daysBetween(dates[0], dates[1], state) : unsupported(state, 'days_between');
  },
  before: (args, state, scope) => {
    const dates = twoDates(args, state, scope);
    return dates ? beforeAfter('<', dates[0], dates[1], state) : unsupported(state, 'before');
  },
  after: (args, state, scope) => {
    const dates = twoDates(args, state, scope);
    return dates ? beforeAfter('>', dates[0], dates[1], state) : unsupported(state, 'after');
  },
  add_days: (args, state, scope) => {
    const date = dateText(state.compile(args[0], state, scope));
    if (args.length !== 2 || !isLiteral(args[1]) || date === undefined)
      return unsupported(state, 'add_days with a computed count');
    return typeof args[1] === 'number' ? addDays(date, args[1], state) : { kind: 'lit', value: null };
  },
  coalesce,
};

export function scalarValue(
  op: string,
  args: readonly unknown[],
  state: SqlState,
  scope: SqlScope,
): SqlValue | undefined {
  return Object.hasOwn(OPS, op) ? OPS[op]?.(args, state, scope) : undefined;
}
