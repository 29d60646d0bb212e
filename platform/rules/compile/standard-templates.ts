/** Code templates for the standard JsonLogic operators. */
import {
  cond,
  constant,
  type Expr,
  eager,
  type FnScope,
  isDefiniteLiteral,
  literal,
  temp,
  unionType,
  value,
} from './code-builder.js';

export type Template = (args: readonly unknown[], scope: FnScope) => Expr;

const all = (args: readonly unknown[], scope: FnScope) => args.map((arg) => scope.compile(arg, scope));
const list = (exprs: readonly Expr[]) => exprs.map(value).join(', ');

/** `===`/`!==`: against a definite literal, a missing `var` need not be turned into `null`. */
const strict =
  (op: '===' | '!=='): Template =>
  (args, scope) =>
    eager(args, scope, 2, (a, b) => {
      const raw = (x: Expr, other: Expr) => (isDefiniteLiteral(other) ? x.js : value(x));
      return { js: `(${raw(a, b)} ${op} ${raw(b, a)})`, type: 'bool', pure: false };
    });

/** `==`/`!=` treat null and undefined alike, so raw lookups are fine. */
const loose =
  (op: '==' | '!='): Template =>
  (args, scope) =>
    eager(args, scope, 2, (a, b) => ({ js: `(${a.js} ${op} ${b.js})`, type: 'bool', pure: false }));

const binary =
  (op: string, type: Expr['type']): Template =>
  (args, scope) =>
    eager(args, scope, 2, (a, b) => ({ js: `(${value(a)} ${op} ${value(b)})`, type, pure: false }));

/** `<`/`<=`: two arguments compile to the JavaScript operator; three check the third at run time. */
const ordered =
  (op: '<' | '<=', helper: string): Template =>
  (args, scope) =>
    args.length < 3
      ? binary(op, 'bool')(args, scope)
      : eager(args, scope, 3, (...xs) => ({ js: `rt.${helper}(${list(xs)})`, type: 'bool', pure: false }));

const negate: Template = (args, scope) =>
  eager(args, scope, 1, (a) => ({ js: `(!${cond(a)})`, type: 'bool', pure: false }));

const doubleNegate: Template = (args, scope) =>
  eager(args, scope, 1, (a) => ({
    js: a.type === 'bool' ? a.js : `(!!${cond(a)})`,
    type: 'bool',
    pure: false,
  }));

/** `and`/`or` return the deciding value; JavaScript's `&&`/`||` do too when truthiness agrees. */
const logical =
  (isAnd: boolean): Template =>
  (args, scope) => {
    const exprs = all(args, scope);
    const last = exprs[exprs.length - 1];
    if (last === undefined) return literal(undefined, scope.builder);
    let js = value(last);
    for (const e of exprs.slice(0, -1).reverse()) {
      if (e.type !== 'any') {
        js = `(${value(e)} ${isAnd ? '&&' : '||'} ${js})`;
      } else {
        const t = temp(scope);
        js = isAnd
          ? `(truthy(${t} = ${value(e)}) ? ${js} : ${t})`
          : `(truthy(${t} = ${value(e)}) ? ${t} : ${js})`;
      }
    }
    return { js, type: unionType(exprs), pure: false };
  };

const conditional: Template = (args, scope) => {
  const branches: Expr[] = [];
  const build = (i: number): string => {
    if (i >= args.length) {
      branches.push(literal(null, scope.builder));
      return 'null';
    }
    const first = scope.compile(args[i], scope);
    if (i === args.length - 1) {
      branches.push(first);
      return value(first);
    }
    const then = scope.compile(args[i + 1], scope);
    branches.push(then);
    return `(${cond(first)} ? ${value(then)} : ${build(i + 2)})`;
  };
  const js = build(0);
  return { js, type: unionType(branches), pure: false };
};

const plus: Template = (args, scope) => {
  const terms = all(args, scope).map((e) => (e.type === 'num' ? value(e) : `pf(${e.js})`));
  return { js: `(${['0', ...terms].join(' + ')})`, type: 'num', pure: false };
};

const times: Template = (args, scope) => {
  const exprs = all(args, scope);
  const [only] = exprs;
  if (exprs.length === 1 && only !== undefined) {
    return { ...only, js: value(only), rawVar: false, literal: undefined, pure: false };
  }
  return { js: `rt.times(${list(exprs)})`, type: exprs.length === 0 ? 'any' : 'num', pure: false };
};

const minus: Template = (args, scope) => {
  if (args.length === 1)
    return eager(args, scope, 1, (a) => ({ js: `(-${value(a)})`, type: 'num', pure: false }));
  return eager(args, scope, 2, (a, b) => ({
    js: isDefiniteLiteral(b) ? `(${value(a)} - ${b.js})` : `rt.minus(${value(a)}, ${value(b)})`,
    type: 'num',
    pure: false,
  }));
};

const math =
  (fn: 'min' | 'max'): Template =>
  (args, scope) => ({ js: `Math.${fn}(${list(all(args, scope))})`, type: 'num', pure: false });

const SET_FROM = 6;
const isPlainPrimitive = (v: unknown) =>
  v === null ||
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && !Number.isNaN(v));

/** `in` against a literal list: the list is built once (it never escapes), as a Set when long. */
const inOp: Template = (args, scope) => {
  const haystack = args[1];
  if (args.length === 2 && Array.isArray(haystack) && haystack.every(isPlainPrimitive)) {
    const needle = scope.compile(args[0], scope);
    const a = haystack.includes(null) ? value(needle) : needle.js;
    const js =
      haystack.length >= SET_FROM
        ? `${constant(scope.builder, new Set(haystack))}.has(${a})`
        : `(${constant(scope.builder, haystack)}.indexOf(${a}) !== -1)`;
    return { js, type: 'bool', pure: false };
  }
  return eager(args, scope, 2, (a, b) => ({
    js: `rt.inOp(${value(a)}, ${value(b)})`,
    type: 'bool',
    pure: false,
  }));
};

const withContext = (scope: FnScope, js: string, type: Expr['type']): Expr => {
  scope.builder.usesContext = true;
  return { js, type, pure: false };
};

export const STANDARD_TEMPLATES: ReadonlyMap<string, Template> = new Map<string, Template>([
  ['==', loose('==')],
  ['!=', loose('!=')],
  ['===', strict('===')],
  ['!==', strict('!==')],
  ['>', binary('>', 'bool')],
  ['>=', binary('>=', 'bool')],
  ['<', ordered('<', 'less')],
  ['<=', ordered('<=', 'lessOrEqual')],
  ['!', negate],
  ['!!', doubleNegate],
  ['and', logical(true)],
  ['or', logical(false)],
  ['if', conditional],
  ['?:', conditional],
  ['+', plus],
  ['*', times],
  ['-', minus],
  ['/', binary('/', 'num')],
  ['%', binary('%', 'num')],
  ['min', math('min')],
  ['max', math('max')],
  ['in', inOp],
  ['cat', (args, scope) => withContext(scope, `rt.cat([${list(all(args, scope))}], c)`, 'str')],
  ['merge', (args, scope) => withContext(scope, `rt.merge([${list(all(args, scope))}], c)`, 'any')],
  [
    'substr',
    (args, scope) =>
      eager(args, scope, 3, (...xs) => ({ js: `rt.substr(${list(xs)})`, type: 'str', pure: false })),
  ],
  [
    'log',
    (args, scope) => eager(args, scope, 1, (a) => ({ ...a, js: value(a), rawVar: false, pure: false })),
  ],
  ['missing', (args, scope) => withContext(scope, `rt.missing([${list(all(args, scope))}], d, c)`, 'any')],
  [
    'missing_some',
    (args, scope) => withContext(scope, `rt.missingSome([${list(all(args, scope))}], d, c)`, 'any'),
  ],
]);
