/**
 * Operators that decide which of their arguments to evaluate: the conditionals and logical
 * operators (short-circuiting, returning values as json-logic-js does), and the array operators
 * whose condition is evaluated once per item with the item as its data.
 */
import { type EvalContext, ensureChecked, evaluateUntraced, spend } from './eval-context.js';
import { ruleError } from './rule-error.js';
import { truthy } from './truthy.js';

export type LazyOp = (args: readonly unknown[], data: unknown, ctx: EvalContext) => unknown;

/** How many named rules may call each other in a chain. */
export const MAX_RULE_NESTING = 32;

function conditional(args: readonly unknown[], data: unknown, ctx: EvalContext): unknown {
  let i = 0;
  for (; i < args.length - 1; i += 2) {
    const held = truthy(ctx.ev(args[i], data, ctx));
    ctx.tracer?.condition(held);
    if (held) {
      const value = ctx.ev(args[i + 1], data, ctx);
      ctx.tracer?.skip(args, i + 2);
      return value;
    }
    ctx.tracer?.skip(args, i + 1, i + 2);
  }
  return args.length === i + 1 ? ctx.ev(args[i], data, ctx) : null;
}

function logical(stopWhen: boolean): LazyOp {
  return (args, data, ctx) => {
    let current: unknown;
    for (let i = 0; i < args.length; i++) {
      current = ctx.ev(args[i], data, ctx);
      const held = truthy(current);
      ctx.tracer?.condition(held);
      if (held === stopWhen) {
        ctx.tracer?.skip(args, i + 1);
        return current;
      }
    }
    return current;
  };
}

/** The array in argument 0, or undefined when it is not an array. */
function list(args: readonly unknown[], data: unknown, ctx: EvalContext): readonly unknown[] | undefined {
  const value = ctx.ev(args[0], data, ctx);
  return Array.isArray(value) ? value : undefined;
}

/** Evaluates the item-scoped argument for one item, charging one unit of work. */
function perItem(logic: unknown, item: unknown, index: number, ctx: EvalContext): unknown {
  spend(ctx, 1);
  const value = ctx.ev(logic, item, ctx);
  ctx.tracer?.item(index);
  return value;
}

function heldFor(logic: unknown, item: unknown, index: number, ctx: EvalContext): boolean {
  const held = truthy(perItem(logic, item, index, ctx));
  ctx.tracer?.condition(held);
  return held;
}

/** `some`/`any` (stop at the first truthy item) and `all` (stop at the first falsy one). */
function quantifier(stopWhen: boolean, empty: boolean): LazyOp {
  return (args, data, ctx) => {
    const items = list(args, data, ctx);
    if (items === undefined || items.length === 0) return empty;
    for (let i = 0; i < items.length; i++)
      if (heldFor(args[1], items[i], i, ctx) === stopWhen) return stopWhen;
    return !stopWhen;
  };
}

const filterOp: LazyOp = (args, data, ctx) => {
  const items = list(args, data, ctx);
  if (items === undefined) return [];
  return items.filter((item, i) => heldFor(args[1], item, i, ctx));
};

const mapOp: LazyOp = (args, data, ctx) => {
  const items = list(args, data, ctx);
  if (items === undefined) return [];
  return items.map((item, i) => perItem(args[1], item, i, ctx));
};

const reduceOp: LazyOp = (args, data, ctx) => {
  const items = list(args, data, ctx);
  const initial = args[2] !== undefined ? ctx.ev(args[2], data, ctx) : null;
  if (items === undefined) return initial;
  let accumulator = initial;
  for (let i = 0; i < items.length; i++) {
    accumulator = perItem(args[1], { current: items[i], accumulator }, i, ctx);
  }
  return accumulator;
};

const noneOp: LazyOp = (args, data, ctx) => !quantifier(true, false)(args, data, ctx);

const countIf: LazyOp = (args, data, ctx) => {
  const items = list(args, data, ctx);
  if (items === undefined) return 0;
  if (args.length < 2) return items.length;
  let count = 0;
  for (let i = 0; i < items.length; i++) if (heldFor(args[1], items[i], i, ctx)) count++;
  return count;
};

const sumOp: LazyOp = (args, data, ctx) => {
  const items = list(args, data, ctx);
  if (items === undefined) return 0;
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    if (args.length < 2) spend(ctx, 1);
    const value = args.length < 2 ? items[i] : perItem(args[1], items[i], i, ctx);
    if (typeof value === 'number') total += value;
  }
  return total;
};

const coalesce: LazyOp = (args, data, ctx) => {
  for (let i = 0; i < args.length; i++) {
    const value = ctx.ev(args[i], data, ctx);
    if (value !== null && value !== undefined && value !== '') {
      ctx.tracer?.skip(args, i + 1);
      return value;
    }
  }
  return null;
};

/** `rule(id)`: the named rule's logic on the root facts, refusing cycles and endless chains. */
const ruleOp: LazyOp = (args, data, ctx) => {
  const id = evaluateUntraced(args[0], data, ctx);
  const rules = ctx.config.rules;
  if (typeof id !== 'string' || !Object.hasOwn(rules, id)) {
    throw ruleError(`Unknown rule "${String(id)}".`, { rule: id });
  }
  if (ctx.ruleStack.includes(id)) {
    throw ruleError(`Rules refer to each other in a cycle: ${[...ctx.ruleStack, id].join(' → ')}.`, {
      rule: id,
    });
  }
  if (ctx.ruleStack.length >= MAX_RULE_NESTING) {
    throw ruleError(`Named rules are nested more than ${MAX_RULE_NESTING} deep.`, { rule: id });
  }
  const logic = rules[id];
  ensureChecked(ctx.config, logic);
  ctx.ruleStack.push(id);
  try {
    return ctx.ev(logic, ctx.root, ctx);
  } finally {
    ctx.ruleStack.pop();
  }
};

export const LAZY_OPS: ReadonlyMap<string, LazyOp> = new Map<string, LazyOp>([
  ['if', conditional],
  ['?:', conditional],
  ['and', logical(false)],
  ['or', logical(true)],
  ['filter', filterOp],
  ['map', mapOp],
  ['reduce', reduceOp],
  ['all', quantifier(false, false)],
  ['none', noneOp],
  ['some', quantifier(true, false)],
  ['any', quantifier(true, false)],
  ['count_if', countIf],
  ['sum', sumOp],
  ['coalesce', coalesce],
  ['rule', ruleOp],
]);
