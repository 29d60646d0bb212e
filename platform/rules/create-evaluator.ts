import { DEFAULT_CALENDAR } from '../kernel/working-calendar.js';
import { generateRule, instantiate } from './compile/compile-rule.js';
import { createRuntime, type RuleBody } from './compile/runtime.js';
import { type EngineConfig, ensureChecked, newContext } from './eval-context.js';
import { evaluateNode } from './interpreter.js';
import { resolveLimits } from './limits.js';
import { asRuleError } from './rule-error.js';
import { createTracer, tracing } from './tracer.js';
import { truthy } from './truthy.js';
import type { CompiledRule, Evaluator, EvaluatorOptions, Explanation, TraceNode } from './types.js';

const traced = tracing(evaluateNode);
type Body = { readonly body: RuleBody; readonly usesContext: boolean };
const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** Compiled bodies by rule object: shared by `compile` and by named rules called from compiled code. */
function bodies(config: EngineConfig): (logic: unknown) => Body {
  const cache = new WeakMap<object, Body>();
  const bodyFor = (logic: unknown): Body => {
    const cached = isObject(logic) ? cache.get(logic) : undefined;
    if (cached !== undefined) return cached;
    ensureChecked(config, logic);
    const generated = generateRule(logic);
    const instance = instantiate(generated, runtime);
    // Without code generation (a strict Content-Security-Policy), the interpreter is the compiled
    // form: the results are the same.
    const entry: Body = instance
      ? { body: instance, usesContext: generated.usesContext }
      : { body: (data, ctx) => evaluateNode(logic, data, ctx), usesContext: true };
    if (isObject(logic)) cache.set(logic, entry);
    return entry;
  };
  const runtime = createRuntime(config, (logic) => bodyFor(logic).body);
  return bodyFor;
}

/** `compile`: one function per rule object (and per bare value), errors as rule errors. */
function compiler(config: EngineConfig): (logic: unknown) => CompiledRule {
  const bodyFor = bodies(config);
  const compiled = new WeakMap<object, CompiledRule>();
  const compiledValues = new Map<unknown, CompiledRule>();
  return (logic) => {
    const cached = isObject(logic) ? compiled.get(logic) : compiledValues.get(logic);
    if (cached !== undefined) return cached;
    let entry: Body;
    try {
      entry = bodyFor(logic);
    } catch (error) {
      throw asRuleError(error);
    }
    const { body, usesContext } = entry;
    const rule: CompiledRule = (facts) => {
      try {
        return body(facts, usesContext ? newContext(config, facts, evaluateNode) : (undefined as never));
      } catch (error) {
        throw asRuleError(error);
      }
    };
    if (isObject(logic)) compiled.set(logic, rule);
    else if (compiledValues.size < 1000) compiledValues.set(logic, rule);
    return rule;
  };
}

/**
 * Creates an evaluator for one site's settings. Everything it knows (calendar, lookups, named
 * rules, limits) lives in this instance: there is no process-global operator registry.
 */
export function createEvaluator(options: EvaluatorOptions = {}): Evaluator {
  const config: EngineConfig = {
    calendar: options.calendar ?? DEFAULT_CALENDAR,
    lookups: options.lookups ?? {},
    rules: options.rules ?? {},
    limits: resolveLimits(options.limits),
    checked: new WeakSet(),
  };

  const evaluate = (logic: unknown, facts: unknown): unknown => {
    try {
      ensureChecked(config, logic);
      return evaluateNode(logic, facts, newContext(config, facts, evaluateNode));
    } catch (error) {
      throw asRuleError(error);
    }
  };

  const explain = (logic: unknown, facts: unknown): Explanation => {
    const holder: TraceNode = { op: 'root', value: undefined, args: [] };
    const tracer = createTracer(holder);
    try {
      ensureChecked(config, logic);
      const value = traced(logic, facts, newContext(config, facts, evaluateNode, { ev: traced, tracer }));
      const trace = holder.args[0] ?? { op: 'value', value, args: [] };
      return { value, trace: { ...trace, passed: truthy(value) } };
    } catch (error) {
      throw asRuleError(error);
    }
  };

  return { evaluate, explain, compile: compiler(config) };
}
