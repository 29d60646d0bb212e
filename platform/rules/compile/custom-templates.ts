/** Code templates for the item-scoped array operators and Pathway's own operators. */
import { type Expr, eager, type FnScope, functionBody, functionScope, value } from './code-builder.js';
import type { Template } from './standard-templates.js';

/** Compiles an item-scoped argument into a hoisted function `(item, c) => value`. */
function itemFunction(logic: unknown, scope: FnScope): string {
  const { builder } = scope;
  const index = builder.functions.push('') - 1;
  const inner = functionScope(builder, logic, scope.compile);
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
  // With an explicit as-of date the root facts are not needed, so neither is a context.
  [
    'age_years',
    (args, scope) =>
      args.length === 2
        ? positional('age2', 2, 'scalar')(args, scope)
        : withValues('age', 'scalar', true)(args, scope),
  ],
  ['in_lookup', withValues('inLookup', 'bool', true)],
  ['days_between', positional('daysBetween', 2, 'scalar')],
  ['working_days_between', positional('workingDaysBetween', 2, 'scalar', true)],
  ['add_days', positional('addDays', 2, 'scalar')],
  ['add_working_days', positional('addWorkingDays', 2, 'scalar', true)],
  ['before', positional('before', 2, 'bool')],
  ['after', positional('after', 2, 'bool')],
  ['between', positional('between', 3, 'bool')],
]);
