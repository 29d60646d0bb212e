import { caseFactsOf } from './case-facts-of.js';
import type { CaseState } from './case-state.js';
import type { Effect } from './effects.js';
import type { ExternalFacts } from './external-facts.js';
import type { WorkflowDefinition } from './workflow-definition.js';

/**
 * The working copy of one engine call. Handlers change `state` (a deep copy of the caller's, so
 * the engine stays pure to the outside) and record each change in `effects`.
 */
export type Draft = {
  readonly def: WorkflowDefinition;
  readonly state: CaseState;
  readonly effects: Effect[];
  readonly now: string;
  readonly external: ExternalFacts;
};

export function draftOf(
  def: WorkflowDefinition,
  state: CaseState,
  now: string,
  external: ExternalFacts,
): Draft {
  return { def, state: structuredClone(state), effects: [], now, external };
}

/** The case facts of the draft as it is now. */
export function factsOf(d: Draft): Record<string, unknown> {
  return caseFactsOf(d.def, d.state, d.now, d.external);
}

export function emit(d: Draft, effect: Effect): void {
  d.effects.push(effect);
}
