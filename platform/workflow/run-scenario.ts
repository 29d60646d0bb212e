import type { Scenario, ScenarioStep } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import type { JsonValue } from '../kernel/json.js';
import type { CaseState } from './case-state.js';
import { instantAfter } from './deadlines.js';
import { explainRefusal } from './explain-blocked.js';
import type { ExternalFacts } from './external-facts.js';
import { caseRole, toWorkflowEvent } from './scenario-events.js';
import { expectationFailures } from './scenario-expectations.js';
import { type StepResult, step, tick } from './step.js';
import { type WorkflowDefinition, type WorkflowOptions, workflowDefinition } from './workflow-definition.js';

/** When a scenario's case is opened unless it says otherwise (a Monday). */
export const DEFAULT_SCENARIO_START = '2025-01-06T09:00:00Z';

/** One step: `failures` says what differed from its expectation. */
export type ScenarioStepResult = {
  readonly index: number;
  readonly ok: boolean;
  readonly failures: string[];
};

/** One scenario: it passes when every step does. */
export type ScenarioResult = {
  readonly sopId: string;
  readonly name: string;
  readonly passed: boolean;
  readonly steps: ScenarioStepResult[];
  /** Set when the case could not even be opened, or a step threw. */
  readonly error?: string;
};

/** How scenarios run: the task id generator and the locale of explanations. */
export type ScenarioOptions = WorkflowOptions & {
  /** Locale of the refusal explanations in failure messages; default the site's default locale. */
  readonly locale?: string;
};

type Run = {
  def: WorkflowDefinition;
  state: CaseState;
  now: string;
  external: ExternalFacts;
  locale: string;
};

function runStep(run: Run, s: ScenarioStep): string[] {
  if (s.after !== undefined) {
    run.now = instantAfter(run.def, run.now, s.after);
    run.state = tick(run.def, run.state, run.now, run.external).state;
  }
  let result: StepResult | undefined;
  if (s.event !== undefined) {
    const event = toWorkflowEvent(run.def, run.state, s.event);
    result = step(run.def, run.state, event, { now: () => new Date(run.now) }, run.external);
    if (result.ok) run.state = result.state;
  }
  const why =
    result === undefined || result.ok
      ? ''
      : explainRefusal(result, { bundle: run.def.bundle, locale: run.locale, sopId: run.def.sop.id });
  return expectationFailures(s.expect, run.state, result, why);
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs one scenario of SOP `sopId`: opens a case at `scenario.start`, then for each step lets
 * `after` pass (the scheduler runs), applies the event and compares the expectation.
 */
export function runScenario(
  bundle: SiteBundle,
  sopId: string,
  scenario: Scenario,
  options: ScenarioOptions = {},
): ScenarioResult {
  const def = workflowDefinition(bundle, sopId, options);
  const now = new Date(scenario.start ?? DEFAULT_SCENARIO_START).toISOString();
  const external: ExternalFacts = { person: (scenario.person ?? {}) as Record<string, JsonValue> };
  const locale = options.locale ?? bundle.site.defaultLocale;
  const base = { sopId, name: scenario.name };
  const opened = step(
    def,
    null,
    { type: 'open', actor: { role: caseRole(def) } },
    { now: () => new Date(now) },
    external,
  );
  if (!opened.ok)
    return { ...base, passed: false, steps: [], error: explainRefusal(opened, { bundle, locale, sopId }) };
  const run: Run = { def, state: opened.state, now, external, locale };
  const steps: ScenarioStepResult[] = [];
  for (const [index, s] of scenario.steps.entries()) {
    try {
      const failures = runStep(run, s);
      steps.push({ index, ok: failures.length === 0, failures });
    } catch (error) {
      return { ...base, passed: false, steps, error: `step ${index + 1}: ${errorText(error)}` };
    }
  }
  return { ...base, passed: steps.every((s) => s.ok), steps };
}
