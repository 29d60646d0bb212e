/**
 * Building blocks of the code generator. Definition values reach generated code in exactly two
 * ways: JSON-encoded primitive literals (`JSON.stringify`), or by reference through the constants
 * array `k` (objects, lists, and numbers JSON cannot spell). Operator names and paths are never
 * spliced in as code.
 */

/** What the generator knows about an expression's run-time value. */
export type JsType = 'bool' | 'num' | 'str' | 'scalar' | 'any';

export type Expr = {
  readonly js: string;
  /** `any` may be an array; every other type has JavaScript's truthiness, which equals JsonLogic's. */
  readonly type: JsType;
  /** Evaluating it cannot throw or spend work, so an unused argument may be left out. */
  readonly pure: boolean;
  /** A raw `var` lookup: `undefined` stands for the `null` json-logic-js returns. */
  readonly rawVar?: boolean;
  /** Set for literal primitives: the value itself. */
  readonly literal?: { readonly value: unknown };
};

import { countPaths, type PathState } from './path-hoisting.js';

/** State shared by all functions generated for one rule. */
export type CodeBuilder = {
  readonly constants: unknown[];
  readonly functions: string[];
  usesContext: boolean;
};

/** One generated function: its temporaries, hoisted path reads, and how to compile sub-expressions. */
export type FnScope = {
  readonly builder: CodeBuilder;
  /** Whether this is the rule's own function, whose data `d` is the root facts. */
  readonly isRoot: boolean;
  temps: number;
  readonly paths: PathState;
  readonly compile: (logic: unknown, scope: FnScope) => Expr;
};

/** A scope for a new generated function whose expression is `logic`. */
export function functionScope(
  builder: CodeBuilder,
  logic: unknown,
  compile: (logic: unknown, scope: FnScope) => Expr,
  isRoot: boolean,
): FnScope {
  const counts = new Map<string, number>();
  countPaths(logic, counts);
  return { builder, isRoot, temps: 0, paths: { counts, hoisted: new Map(), prelude: [] }, compile };
}

/** The body of a generated function: temporaries, hoisted reads, then the expression. */
export function functionBody(scope: FnScope, expression: string): string {
  return ['let v;', declareTemps(scope), ...scope.paths.prelude, `return ${expression};`]
    .filter(Boolean)
    .join(' ');
}

export function newBuilder(): CodeBuilder {
  return { constants: [], functions: [], usesContext: false };
}

/** A reference to `value` through the constants array, bound once per compiled rule as `kN`. */
export function constant(builder: CodeBuilder, value: unknown): string {
  builder.constants.push(value);
  return `k${builder.constants.length - 1}`;
}

/** Binds the constants array's entries to the names {@link constant} hands out. */
export function constantBindings(builder: CodeBuilder): string {
  if (builder.constants.length === 0) return '';
  return `const ${builder.constants.map((_, i) => `k${i} = k[${i}]`).join(', ')};`;
}

export function temp(scope: FnScope): string {
  return `t${scope.temps++}`;
}

export function declareTemps(scope: FnScope): string {
  if (scope.temps === 0) return '';
  return `let ${Array.from({ length: scope.temps }, (_, i) => `t${i}`).join(', ')};`;
}

/** A literal value: JSON-encoded when JSON can spell it exactly, else by reference. */
export function literal(value: unknown, builder: CodeBuilder): Expr {
  const lit = { value };
  if (typeof value === 'string') return { js: JSON.stringify(value), type: 'str', pure: true, literal: lit };
  if (typeof value === 'boolean') return { js: String(value), type: 'bool', pure: true, literal: lit };
  if (value === null) return { js: 'null', type: 'scalar', pure: true, literal: lit };
  if (value === undefined) return { js: 'void 0', type: 'scalar', pure: true, literal: lit };
  if (typeof value === 'number') {
    const exact = Number.isFinite(value) && !Object.is(value, -0);
    return {
      js: exact ? `(${JSON.stringify(value)})` : constant(builder, value),
      type: 'num',
      pure: true,
      literal: lit,
    };
  }
  // A non-logic object: json-logic-js returns the rule's own object, so do we.
  return { js: constant(builder, value), type: 'scalar', pure: true };
}

const IDENT = /^[a-z][a-z0-9]*$/;

/** The expression's value with json-logic-js's `null` for a missing `var`. */
export function value(expr: Expr): string {
  if (!expr.rawVar) return expr.js;
  return IDENT.test(expr.js) ? `(${expr.js} === undefined ? null : ${expr.js})` : `nn(${expr.js})`;
}

/** The expression's JsonLogic truthiness as a JavaScript condition. */
export function cond(expr: Expr): string {
  return expr.type === 'any' ? `truthy(${expr.js})` : expr.js;
}

/** Whether the expression is a literal other than null/undefined (so `undefined` vs `null` cannot matter in `===`). */
export function isDefiniteLiteral(expr: Expr): boolean {
  return expr.literal !== undefined && expr.literal.value !== null && expr.literal.value !== undefined;
}

export function unionType(exprs: readonly Expr[]): JsType {
  const first = exprs[0]?.type ?? 'any';
  if (exprs.every((e) => e.type === first)) return first;
  return exprs.some((e) => e.type === 'any') ? 'any' : 'scalar';
}

/**
 * Compiles an eager operator: all arguments are evaluated, in order, before the operator applies,
 * even those it ignores (json-logic-js does, and they may throw). `used` arguments reach `build`;
 * missing ones are `undefined`.
 */
export function eager(
  args: readonly unknown[],
  scope: FnScope,
  used: number,
  build: (...operands: Expr[]) => Expr,
): Expr {
  const exprs = args.map((arg) => scope.compile(arg, scope));
  const operands = exprs.slice(0, used);
  while (operands.length < used) operands.push(literal(undefined, scope.builder));
  const extras = exprs.slice(used).filter((e) => !e.pure);
  if (extras.length === 0) return build(...operands);
  const assignments: string[] = [];
  const stashed = operands.map((e): Expr => {
    if (e.literal !== undefined) return e;
    const t = temp(scope);
    assignments.push(`${t} = ${e.js}`);
    return { ...e, js: t, pure: true };
  });
  const result = build(...stashed);
  return {
    ...result,
    js: `(${[...assignments, ...extras.map((e) => e.js), result.js].join(', ')})`,
    pure: false,
  };
}
