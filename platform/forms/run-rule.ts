import { withItems } from './bind-items.js';
import type { RulePlan } from './form-rule-plan.js';

export type RuleOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: unknown };

/** Runs a rule's compiled expression on the facts, with the instance's repeat-group items bound. */
export function bindAndRun(
  plan: RulePlan,
  facts: Record<string, unknown>,
  items: readonly unknown[],
): RuleOutcome {
  try {
    return { ok: true, value: withItems(facts, plan.scopeSegments, items, () => plan.run(facts)) };
  } catch (error) {
    return { ok: false, error };
  }
}
