/**
 * The helpers generated code calls. Generated code reaches data only through `own` (own
 * properties, with unsafe names refused when the rule is compiled) and `readVar` (paths computed at
 * run time); every other helper is the interpreter's own implementation, so both modes agree.
 */
import {
  addDaysOp,
  addWorkingDaysOp,
  after,
  ageYears,
  ageYearsCached,
  before,
  between,
  daysBetweenOp,
  workingDaysBetweenOp,
} from '../date-ops.js';
import { type EngineConfig, type EvalContext, ensureChecked, spend } from '../eval-context.js';
import { MAX_RULE_NESTING } from '../lazy-ops.js';
import { inLookup } from '../lookup-ops.js';
import { missing, missingSome } from '../missing-ops.js';
import { ruleError } from '../rule-error.js';
import { readVar } from '../safe-path.js';
import { cat, inOp, less, lessOrEqual, merge, minus, substr, times, toFloat } from '../standard-ops.js';
import { truthy } from '../truthy.js';

/** An item-scoped argument compiled to a function of the item. */
export type ItemFn = (item: unknown, ctx: EvalContext) => unknown;
/** A compiled rule body: data scope and evaluation context. */
export type RuleBody = (data: unknown, ctx: EvalContext) => unknown;

const asList = (value: unknown): readonly unknown[] | undefined => (Array.isArray(value) ? value : undefined);

function each(items: readonly unknown[], fn: ItemFn, ctx: EvalContext, stopWhen: boolean): boolean {
  for (const item of items) {
    spend(ctx, 1);
    if (truthy(fn(item, ctx)) === stopWhen) return true;
  }
  return false;
}

const scoped = {
  some(list: unknown, fn: ItemFn, ctx: EvalContext): boolean {
    const items = asList(list);
    return items !== undefined && items.length > 0 && each(items, fn, ctx, true);
  },
  all(list: unknown, fn: ItemFn, ctx: EvalContext): boolean {
    const items = asList(list);
    return items !== undefined && items.length > 0 && !each(items, fn, ctx, false);
  },
  none(list: unknown, fn: ItemFn, ctx: EvalContext): boolean {
    const items = asList(list);
    return items === undefined || items.length === 0 || !each(items, fn, ctx, true);
  },
  filter(list: unknown, fn: ItemFn, ctx: EvalContext): unknown[] {
    const items = asList(list);
    return items === undefined
      ? []
      : items.filter((item) => {
          spend(ctx, 1);
          return truthy(fn(item, ctx));
        });
  },
  map(list: unknown, fn: ItemFn, ctx: EvalContext): unknown[] {
    const items = asList(list);
    return items === undefined
      ? []
      : items.map((item) => {
          spend(ctx, 1);
          return fn(item, ctx);
        });
  },
  reduce(list: unknown, fn: ItemFn, initial: unknown, ctx: EvalContext): unknown {
    const items = asList(list);
    if (items === undefined) return initial;
    let accumulator = initial;
    for (const current of items) {
      spend(ctx, 1);
      accumulator = fn({ current, accumulator }, ctx);
    }
    return accumulator;
  },
  countAll(list: unknown): number {
    return asList(list)?.length ?? 0;
  },
  countIf(list: unknown, fn: ItemFn, ctx: EvalContext): number {
    const items = asList(list);
    if (items === undefined) return 0;
    let count = 0;
    for (const item of items) {
      spend(ctx, 1);
      if (truthy(fn(item, ctx))) count++;
    }
    return count;
  },
  sum(list: unknown, fn: ItemFn | undefined, ctx: EvalContext): number {
    const items = asList(list);
    if (items === undefined) return 0;
    let total = 0;
    for (const item of items) {
      spend(ctx, 1);
      const value = fn === undefined ? item : fn(item, ctx);
      if (typeof value === 'number') total += value;
    }
    return total;
  },
};

/** Builds the helper object for one evaluator; `bodyOf` compiles a named rule's logic. */
export function createRuntime(config: EngineConfig, bodyOf: (logic: unknown) => RuleBody) {
  const rule = (id: unknown, ctx: EvalContext): unknown => {
    if (typeof id !== 'string' || !Object.hasOwn(config.rules, id)) {
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
    const logic = config.rules[id];
    ensureChecked(config, logic);
    const body = bodyOf(logic);
    ctx.ruleStack.push(id);
    try {
      return body(ctx.root, ctx);
    } finally {
      ctx.ruleStack.pop();
    }
  };
  return {
    ...scoped,
    OP: Object.prototype,
    proto: Object.getPrototypeOf,
    own: (target: object, key: string): unknown =>
      Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : undefined,
    readVar,
    nn: (value: unknown): unknown => (value === undefined ? null : value),
    present: (value: unknown): boolean => value !== null && value !== undefined && value !== '',
    truthy,
    pf: toFloat,
    less,
    lessOrEqual,
    minus,
    times: (...values: unknown[]) => times(values),
    cat: (values: unknown[], ctx: EvalContext) => cat(values, ctx),
    merge: (values: unknown[], ctx: EvalContext) => merge(values, ctx),
    substr,
    inOp,
    missing: (values: unknown[], data: unknown, ctx: EvalContext) => missing(values, data, ctx),
    missingSome: (values: unknown[], data: unknown, ctx: EvalContext) => missingSome(values, data, ctx),
    age: (values: unknown[], ctx: EvalContext) => ageYears(values, ctx),
    ageAt: ageYearsCached,
    daysBetween: daysBetweenOp,
    workingDaysBetween: workingDaysBetweenOp,
    addDays: addDaysOp,
    addWorkingDays: addWorkingDaysOp,
    before,
    after,
    between,
    inLookup: (values: unknown[], ctx: EvalContext) => inLookup(values, ctx),
    rule,
    unknownOp: (op: string): never => {
      throw ruleError(`Unknown operator "${op}".`, { operator: op });
    },
  };
}

export type Runtime = ReturnType<typeof createRuntime>;
