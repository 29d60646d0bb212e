/**
 * The reference interpreter: json-logic-js 2.0.5's evaluation order and semantics, Pathway's
 * operators, own-property data access, and a work budget. The compiled evaluator and the SQL
 * compiler are tested against it.
 */
import { EAGER_OPS } from './eager-ops.js';
import type { EvalContext } from './eval-context.js';
import { LAZY_OPS } from './lazy-ops.js';
import { argumentsOf, isLogic, operatorOf } from './logic-shape.js';
import { ruleError } from './rule-error.js';

/** Evaluates one node; sub-expressions go through `ctx.ev` so a tracer can record them. */
export function evaluateNode(logic: unknown, data: unknown, ctx: EvalContext): unknown {
  if (logic === null || typeof logic !== 'object') return logic;
  if (Array.isArray(logic)) {
    const items: unknown[] = [];
    for (const item of logic) items.push(ctx.ev(item, data, ctx));
    return items;
  }
  if (!isLogic(logic)) return logic;
  const op = operatorOf(logic);
  const args = argumentsOf(logic, op);
  const lazy = LAZY_OPS.get(op);
  if (lazy !== undefined) return lazy(args, data, ctx);
  const values: unknown[] = [];
  for (const arg of args) values.push(ctx.ev(arg, data, ctx));
  const eager = EAGER_OPS.get(op);
  if (eager === undefined) throw ruleError(`Unknown operator "${op}".`, { operator: op });
  return eager(values, data, ctx);
}

/** All operator names the engine implements. */
export function implementedOperators(): string[] {
  return [...LAZY_OPS.keys(), ...EAGER_OPS.keys()];
}
