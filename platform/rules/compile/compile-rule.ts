/**
 * Compiles a rule to a JavaScript function, in the manner of ajv's generated validators: the
 * source is built from fixed templates, definition values enter only as JSON literals or through
 * the constants array, and data is reached only through the runtime's safe accessors.
 */
import {
  type CodeBuilder,
  constantBindings,
  functionBody,
  functionScope,
  newBuilder,
  value,
} from './code-builder.js';
import { compileExpr } from './compile-expr.js';
import type { RuleBody, Runtime } from './runtime.js';

export type GeneratedRule = {
  readonly source: string;
  readonly constants: readonly unknown[];
  /** Whether the body needs an evaluation context (loops, named rules, `today`, lookups…). */
  readonly usesContext: boolean;
};

/** Generates the source of a factory `(rt, k) => (d, c) => value`. */
export function generateRule(logic: unknown): GeneratedRule {
  const builder: CodeBuilder = newBuilder();
  const scope = functionScope(builder, logic, compileExpr, true);
  const body = value(compileExpr(logic, scope));
  const source = [
    '"use strict";',
    'const OP = rt.OP, proto = rt.proto, own = rt.own, nn = rt.nn, truthy = rt.truthy, pf = rt.pf;',
    constantBindings(builder),
    ...builder.functions,
    `return function rule(d, c) { ${functionBody(scope, body)} };`,
  ].join('\n');
  return { source, constants: builder.constants, usesContext: builder.usesContext };
}

type Factory = (rt: Runtime, k: readonly unknown[]) => RuleBody;

/** Whether this environment allows generated code (a strict Content-Security-Policy may not). */
function functionConstructor(): ((...args: string[]) => Factory) | undefined {
  try {
    const make = Function as unknown as (...args: string[]) => Factory;
    make('rt', 'k', 'return null;');
    return make;
  } catch {
    return undefined;
  }
}

let cachedConstructor: ((...args: string[]) => Factory) | undefined | null = null;

/** Instantiates generated source, or returns undefined where code generation is not allowed. */
export function instantiate(generated: GeneratedRule, rt: Runtime): RuleBody | undefined {
  if (cachedConstructor === null) cachedConstructor = functionConstructor();
  if (cachedConstructor === undefined) return undefined;
  return cachedConstructor('rt', 'k', generated.source)(rt, generated.constants);
}
