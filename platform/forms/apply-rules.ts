import type { JsonObject, JsonValue } from '../kernel/json.js';
import { pointer } from '../kernel/json-pointer.js';
import { truthy } from '../rules/index.js';
import { forEachInstance, type Instance, type Token, withinAny } from './field-path.js';
import type { RulePlan } from './form-rule-plan.js';
import { jsonCopy } from './json-copy.js';
import { jsonEqual } from './json-equal.js';
import { bindAndRun } from './run-rule.js';
import { type WorkingData, workingData } from './working-data.js';

/** An error, warning or evaluation failure a rule produced at one place. */
export type RuleMessage = {
  readonly plan: RulePlan;
  readonly kind: 'error' | 'warning' | 'failed';
  /** Where the message belongs (`''`: the form). */
  readonly pointer: string;
  /** The repeat-group item the rule was applied to (`/steps/2`), or `''`. */
  readonly scope: string;
};

/** The option values a `filter_options` rule allows at one place; `multi` for a multi-select. */
export type AllowedOptions = { readonly values: readonly unknown[]; readonly multi: boolean };

/** What a form's rules decided for the current data. */
export type RuleState = {
  readonly work: WorkingData;
  /** Hidden by `show` rules. */
  readonly hidden: Set<string>;
  /** Required by `require` rules (static requirements are in the schema). */
  readonly required: Set<string>;
  /** Made read-only by `readonly` rules. */
  readonly readonly: Set<string>;
  /** Filled by `calculate` rules. */
  readonly calculated: Set<string>;
  /** Allowed option values by `filter_options` rules (intersected when several apply). */
  readonly allowed: Map<string, AllowedOptions>;
  readonly messages: RuleMessage[];
  /** The calculations and `show` rules did not settle within the pass limit. */
  unstable: boolean;
};

/** Values the current pass changed, as they were before it (to tell a real change from a round trip). */
type Touched = Map<string, { readonly tokens: readonly Token[]; readonly before: JsonValue | undefined }>;

type Run = { readonly state: RuleState; failed: RuleMessage[]; touched: Touched };

function touch(run: Run, instance: Instance): void {
  if (run.touched.has(instance.pointer)) return;
  const before = run.state.work.get(instance.tokens);
  // A copy: a later rule may change an object in place (a calculated field inside it).
  run.touched.set(instance.pointer, { tokens: instance.tokens, before: jsonCopy(before) });
}

/** Whether the pass left any value different from what it was before the pass. */
function changedByPass(run: Run): boolean {
  for (const { tokens, before } of run.touched.values())
    if (!jsonEqual(before, run.state.work.get(tokens))) return true;
  return false;
}

function scopeOf(plan: RulePlan, instance: Instance): string {
  if (plan.groups.length === 0) return '';
  const count = plan.scopeSegments.length + plan.groups.length;
  return pointer(...instance.tokens.slice(0, count));
}

function visit(run: Run, plan: RulePlan, through: boolean, apply: (i: Instance, result: unknown) => void) {
  const { state } = run;
  const each = (instance: Instance) => {
    if (withinAny(instance.pointer, state.hidden)) return;
    const outcome = bindAndRun(plan, state.work.facts, instance.items);
    if (outcome.ok) apply(instance, outcome.value);
    else run.failed.push({ plan, kind: 'failed', pointer: instance.pointer, scope: scopeOf(plan, instance) });
  };
  if (plan.fixed) each(plan.fixed);
  else forEachInstance(plan.steps, state.work.data, through, each);
}

/** A calculated value as data: absent for `null`, `undefined` and non-finite numbers; copied. */
function asData(value: unknown): JsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  return typeof value === 'object' ? jsonCopy(value) : (value as JsonValue);
}

function applyDataRule(run: Run, plan: RulePlan): void {
  const { work, hidden, calculated } = run.state;
  visit(run, plan, plan.effect === 'calculate', (instance, result) => {
    if (plan.effect === 'show') {
      if (truthy(result)) return;
      hidden.add(instance.pointer);
      touch(run, instance);
      work.remove(instance.tokens);
      return;
    }
    calculated.add(instance.pointer);
    const value = asData(result);
    if (jsonEqual(work.get(instance.tokens), value)) return;
    touch(run, instance);
    if (value === undefined) work.remove(instance.tokens);
    else work.set(instance.tokens, value);
  });
}

function intersect(a: readonly unknown[] | undefined, b: readonly unknown[]): readonly unknown[] {
  return a === undefined ? b : a.filter((value) => b.some((other) => jsonEqual(value, other)));
}

function applyCheckRule(run: Run, plan: RulePlan): void {
  const { state } = run;
  visit(run, plan, false, (instance, result) => {
    const at = instance.pointer;
    switch (plan.effect) {
      case 'require':
        if (truthy(result)) state.required.add(at);
        return;
      case 'readonly':
        if (truthy(result)) state.readonly.add(at);
        return;
      case 'filter_options':
        // An expression that yields no list (a value not known yet) leaves the options alone.
        if (Array.isArray(result))
          state.allowed.set(at, {
            values: intersect(state.allowed.get(at)?.values, result),
            multi: plan.target?.multi === true,
          });
        return;
      default:
        if (truthy(result))
          state.messages.push({
            plan,
            kind: plan.effect as 'error',
            pointer: at,
            scope: scopeOf(plan, instance),
          });
    }
  });
}

/** Most passes over the `show` and `calculate` rules before the result is taken as it is. */
export const MAX_PASSES = 25;

/**
 * Applies a form's rules, in order, to the data: `show` and `calculate` rules pass over the data
 * until a pass leaves every value as it found it (a hidden field's data is dropped; a calculation
 * writes its value; a value calculated and then hidden in the same pass is no change),
 * then `require`, `readonly`, `filter_options`, `error` and `warning` read the settled data.
 * A rule whose target is hidden does nothing; a rule that cannot be evaluated has no effect and
 * is reported as a failure where it applies.
 */
export function applyRules(
  plans: readonly RulePlan[],
  data: unknown,
  settings: JsonObject,
  today: string,
): RuleState {
  const state: RuleState = {
    work: workingData(data, settings, today),
    hidden: new Set(),
    required: new Set(),
    readonly: new Set(),
    calculated: new Set(),
    allowed: new Map(),
    messages: [],
    unstable: false,
  };
  const dataRules = plans.filter((p) => p.effect === 'show' || p.effect === 'calculate');
  const run: Run = { state, failed: [], touched: new Map() };
  let changed = true;
  let passes = 0;
  while (changed && passes < MAX_PASSES) {
    passes += 1;
    run.failed = [];
    run.touched = new Map();
    state.hidden.clear();
    state.calculated.clear();
    for (const plan of dataRules) applyDataRule(run, plan);
    changed = changedByPass(run);
  }
  state.unstable = changed;
  for (const plan of plans)
    if (plan.effect !== 'show' && plan.effect !== 'calculate') applyCheckRule(run, plan);
  state.messages.push(...run.failed);
  return state;
}
