import type { TraceNode } from '../rules/index.js';
import { truthy } from '../rules/index.js';
import { type Draft, emit } from './draft.js';

export type ConditionCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly trace?: TraceNode; readonly error?: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Whether `logic` holds on `facts`; an absent condition holds. A condition that cannot be evaluated
 * counts as not holding and is reported as a `condition_error` effect, so one bad rule never
 * blocks the whole step with an exception.
 */
export function holds(d: Draft, logic: unknown, where: string, facts: unknown): boolean {
  if (logic === undefined) return true;
  try {
    return truthy(d.def.evaluator.compile(logic)(facts));
  } catch (error) {
    emit(d, { type: 'condition_error', where, message: message(error) });
    return false;
  }
}

/** Like {@link holds}, with the rules engine's explanation when the condition fails. */
export function checkCondition(d: Draft, logic: unknown, facts: unknown): ConditionCheck {
  if (logic === undefined) return { ok: true };
  try {
    if (truthy(d.def.evaluator.compile(logic)(facts))) return { ok: true };
    return { ok: false, trace: d.def.evaluator.explain(logic, facts).trace };
  } catch (error) {
    return { ok: false, error: message(error) };
  }
}
