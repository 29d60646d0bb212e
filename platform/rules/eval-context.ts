import type { WorkingCalendar } from '../kernel/working-calendar.js';
import { checkRuleSize, iterationLimitError, type ResolvedLimits } from './limits.js';
import type { Tracer } from './tracer.js';
import type { LookupOption } from './types.js';

/** What an evaluator was created with, normalised once. */
export type EngineConfig = {
  readonly calendar: WorkingCalendar;
  readonly lookups: Readonly<Record<string, readonly LookupOption[]>>;
  readonly rules: Readonly<Record<string, unknown>>;
  readonly limits: ResolvedLimits;
  /** Rules (by identity) whose size has been checked against the limits. */
  readonly checked: WeakSet<object>;
};

/** Evaluates one logic node on one data scope; the interpreter or its tracing variant. */
export type Evaluate = (logic: unknown, data: unknown, ctx: EvalContext) => unknown;

/**
 * The state of one evaluation. `root` is the facts given to `evaluate` (item-scoped arguments see
 * an item as their data, but `today` and named rules still read the root); `work` counts down
 * down so no rule runs unbounded; `ruleStack` catches cycles between named rules.
 */
export type EvalContext = {
  readonly config: EngineConfig;
  readonly root: unknown;
  /** Work left, shared with {@link EvalContext.untraced}. */
  readonly work: { remaining: number };
  readonly ruleStack: string[];
  /** Evaluates sub-expressions: the interpreter, or its tracing variant when explaining. */
  readonly ev: Evaluate;
  /** The plain interpreter, for evaluations that never appear in a trace. */
  readonly plain: Evaluate;
  readonly tracer: Tracer | undefined;
  /** The same evaluation without tracing (this context itself when not tracing). */
  readonly untraced: EvalContext;
};

export function newContext(
  config: EngineConfig,
  root: unknown,
  plain: Evaluate,
  traced?: { ev: Evaluate; tracer: Tracer },
): EvalContext {
  const work = { remaining: config.limits.maxIterations };
  const ruleStack: string[] = [];
  // One object shape for every context keeps the engine's property accesses monomorphic.
  const untraced = { config, root, work, ruleStack, ev: plain, plain, tracer: undefined, untraced: null };
  (untraced as { untraced: unknown }).untraced = untraced;
  if (traced === undefined) return untraced as unknown as EvalContext;
  return {
    config,
    root,
    work,
    ruleStack,
    ev: traced.ev,
    plain,
    tracer: traced.tracer,
    untraced: untraced as unknown as EvalContext,
  };
}

/** Evaluates `logic` without recording it in a trace (lookups done on the engine's behalf). */
export function evaluateUntraced(logic: unknown, data: unknown, ctx: EvalContext): unknown {
  return ctx.plain(logic, data, ctx.untraced);
}

/** Charges `units` of work to the evaluation; throws when the budget is exhausted. */
export function spend(ctx: EvalContext, units: number): void {
  ctx.work.remaining -= units;
  if (ctx.work.remaining < 0) throw iterationLimitError(ctx.config.limits.maxIterations);
}

/** Checks a rule's size once per rule object; primitives are always small. */
export function ensureChecked(config: EngineConfig, logic: unknown): void {
  if (logic === null || typeof logic !== 'object') return;
  if (config.checked.has(logic)) return;
  checkRuleSize(logic, config.limits);
  config.checked.add(logic);
}
