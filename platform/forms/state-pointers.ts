import type { RuleState } from './apply-rules.js';
import type { CompiledForm } from './compiled-form.js';
import { forEachInstance, type PathStep, withinAny } from './field-path.js';

function instances(paths: readonly (readonly PathStep[])[], state: RuleState, into: Set<string>): void {
  for (const steps of paths)
    forEachInstance(steps, state.work.data, false, (instance) => {
      if (!withinAny(instance.pointer, state.hidden)) into.add(instance.pointer);
    });
}

/** Pointers of every field that must be filled now: always required, or required by a rule. */
export function requiredPointers(cf: CompiledForm, state: RuleState): string[] {
  const found = new Set<string>();
  instances(cf.alwaysRequired, state, found);
  for (const ptr of state.required) found.add(ptr);
  return [...found];
}

/** Pointers of every field shown but not editable: `readOnly`, calculated, or made so by a rule. */
export function readonlyPointers(cf: CompiledForm, state: RuleState): string[] {
  const found = new Set<string>();
  instances(cf.alwaysReadonly, state, found);
  for (const ptr of state.calculated) found.add(ptr);
  for (const ptr of state.readonly) found.add(ptr);
  return [...found];
}
