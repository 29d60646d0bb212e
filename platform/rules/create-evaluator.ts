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
  const bodies = new WeakMap<object, { body: RuleBody; usesContext: boolean }>();
  const compiled = new WeakMap<object, CompiledRule>();

  const bodyFor = (logic: unknown): { body: RuleBody; usesContext: boolean } => {
    const cached = logic !== null && typeof logic === 'object' ? bodies.get(logic) : undefined;
    if (cached !== undefined) return cached;
    ensureChecked(config, logic);
    const generated = generateRule(logic);
    const instance = instantiate(generated, runtime);
    // Without code generation (strict CSP), the interpreter is the compiled form: same results.
    const entry = instance
      ? { body: instance, usesContext: generated.usesContext }
      : { body: ((data, ctx) => evaluateNode(logic, data, ctx)) as RuleBody, usesContext: true };
    if (logic !== null && typeof logic === 'object') bodies.set(logic, entry);
    return entry;
  };
  const runtime = createRuntime(config, (logic) => bodyFor(logic).body);

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

  const compile = (logic: unknown): CompiledRule => {
    const isObject = logic !== null && typeof logic === 'object';
    const cached = isObject ? compiled.get(logic) : undefined;
    if (cached !== undefined) return cached;
    let entry: { body: RuleBody; usesContext: boolean };
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
    if (isObject) compiled.set(logic, rule);
    return rule;
  };

  return { evaluate, explain, compile };
}
