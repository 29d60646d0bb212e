/** Code templates for the item-scoped array operators and Pathway's own operators. */
import { newAgeCache } from '../date-ops.js';
import {
  constant,
  type Expr,
  eager,
  type FnScope,
  functionBody,
  functionScope,
  temp,
  value,
} from './code-builder.js';
import { ownRead } from './path-hoisting.js';
import type { Template } from './standard-templates.js';

/** Compiles an item-scoped argument into a hoisted function `(item, c) => value`. */
function itemFunction(logic: unknown, scope: FnScope): string {
  const { builder } = scope;
  const index = builder.functions.push('') - 1;
  const inner = functionScope(builder, logic, scope.compile, false);
  const body = value(inner.compile(logic, inner));
  builder.functions[index] = `function f${index}(d, c) { ${functionBody(inner, body)} }`;
  return `f${index}`;
}

const helper = (scope: FnScope, js: string, type: Expr['type']): Expr => {
  scope.builder.usesContext = true;
  return { js, type, pure: false };
};

/** `op(list, itemLogic)` → `rt.helper(list, fN, c)`; the list is evaluated before any item. */
const scoped =
  (name: string, type: Expr['type']): Template =>
  (args, scope) => {
    const items = value(scope.compile(args[0], scope));
    return helper(scope, `rt.${name}(${items}, ${itemFunction(args[1], scope)}, c)`, type);
  };

const reduce: Template = (args, scope) => {
  const items = value(scope.compile(args[0], scope));
  const fn = itemFunction(args[1], scope);
  const initial = args[2] !== undefined ? value(scope.compile(args[2], scope)) : 'null';
  return helper(scope, `rt.reduce(${items}, ${fn}, ${initial}, c)`, 'any');
};

const countIf: Template = (args, scope) => {
  if (args.length < 2)
    return { js: `rt.countAll(${value(scope.compile(args[0], scope))})`, type: 'num', pure: false };
  return scoped('countIf', 'num')(args, scope);
};

const sum: Template = (args, scope) => {
  if (args.length >= 2) return scoped('sum', 'num')(args, scope);
  return helper(scope, `rt.sum(${value(scope.compile(args[0], scope))}, void 0, c)`, 'num');
};

const coalesce: Template = (args, scope) => {
  let js = 'null';
  const exprs = args.map((arg) => scope.compile(arg, scope));
  for (const expr of exprs.reverse()) {
    const t = `t${scope.temps++}`;
    js = `(rt.present(${t} = ${expr.js}) ? ${t} : ${js})`;
  }
  return { js, type: 'any', pure: false };
};

/** Operators whose behaviour depends on how many arguments were given get them all as a list. */
const withValues =
  (name: string, type: Expr['type'], context: boolean): Template =>
  (args, scope) => {
    const values = args.map((arg) => value(scope.compile(arg, scope))).join(', ');
    if (context) scope.builder.usesContext = true;
    return { js: `rt.${name}([${values}]${context ? ', c' : ''})`, type, pure: false };
  };

const positional =
  (name: string, arity: number, type: Expr['type'], context = false): Template =>
  (args, scope) =>
    eager(args, scope, arity, (...xs) => {
      if (context) scope.builder.usesContext = true;
      return {
        js: `rt.${name}(${[...xs.map(value), ...(context ? ['c'] : [])].join(', ')})`,
        type,
        pure: false,
      };
    });

/** `between` with literal number bounds is a plain comparison: other values are never in range. */
const betweenTemplate: Template = (args, scope) => {
  const [, low, high] = args;
  if (args.length !== 3 || typeof low !== 'number' || typeof high !== 'number') {
    return positional('between', 3, 'bool')(args, scope);
  }
  return eager(args, scope, 3, (x, lo, hi) => {
    const t = temp(scope);
    return {
      js: `(typeof (${t} = ${x.js}) === 'number' && ${lo.js} <= ${t} && ${t} <= ${hi.js})`,
      type: 'bool',
      pure: false,
    };
  });
};

/**
 * `age_years(dob, asOf?)` with a per-rule cache of the as-of date; without one, `today` is read
 * from the root facts (the rule's data, or `c.root` inside an item function).
 */
const ageYears: Template = (args, scope) => {
  if (args.length < 1 || args.length > 2) return withValues('age', 'scalar', true)(args, scope);
  const cache = constant(scope.builder, newAgeCache());
  return eager(args, scope, args.length, (dob, asOf) => {
    let today = asOf === undefined ? undefined : value(asOf);
    if (today === undefined && scope.isRoot) today = ownRead('d', 'today');
    if (today === undefined) {
      scope.builder.usesContext = true;
      const t = temp(scope);
      today = `(${t} = c.root, ${ownRead(t, 'today')})`;
    }
    return { js: `rt.ageAt(${value(dob)}, ${today}, ${cache})`, type: 'scalar', pure: false };
  });
};

export const CUSTOM_TEMPLATES: ReadonlyMap<string, Template> = new Map<string, Template>([
  ['some', scoped('some', 'bool')],
  ['any', scoped('some', 'bool')],
  ['all', scoped('all', 'bool')],
  ['none', scoped('none', 'bool')],
  ['filter', scoped('filter', 'any')],
  ['map', scoped('map', 'any')],
  ['reduce', reduce],
  ['count_if', countIf],
  ['sum', sum],
  ['coalesce', coalesce],
  ['rule', (args, scope) => helper(scope, `rt.rule(${value(scope.compile(args[0], scope))}, c)`, 'any')],
  ['age_years', ageYears],
  ['in_lookup', withValues('inLookup', 'bool', true)],
  ['days_between', positional('daysBetween', 2, 'scalar')],
  ['working_days_between', positional('workingDaysBetween', 2, 'scalar', true)],
  ['add_days', positional('addDays', 2, 'scalar')],
  ['add_working_days', positional('addWorkingDays', 2, 'scalar', true)],
  ['before', positional('before', 2, 'bool')],
  ['after', positional('after', 2, 'bool')],
  ['between', betweenTemplate],
]);
