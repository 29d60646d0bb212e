/*
 * Shared set-up for the workflow tests (imported by `*.test.ts` only): the `fx-workflow` fixture
 * site and a small driver that steps a case and keeps its state and the clock.
 */

import { edit, type FixtureFiles, fixtureResolver } from '../../test/support/fixture-sites.js';
import { checkSite } from '../definitions/check-site.js';
import type { Duration, ScenarioEvent } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import type { JsonValue } from '../kernel/json.js';
import type { CaseState, TaskInstance } from './case-state.js';
import { instantAfter } from './deadlines.js';
import type { Effect } from './effects.js';
import type { ExternalFacts } from './external-facts.js';
import { caseRole, toWorkflowEvent } from './scenario-events.js';
import { type StepResult, step, tick } from './step.js';
import { type WorkflowDefinition, type WorkflowOptions, workflowDefinition } from './workflow-definition.js';
import type { WorkflowEvent } from './workflow-event.js';

/** Checks a fixture site (after `change` edits its files) and returns its bundle; throws on problems. */
export function fixtureBundle(site = 'fx-workflow', change?: (files: FixtureFiles) => void): SiteBundle {
  const result = checkSite(site, fixtureResolver(change));
  if (result.bundle === undefined)
    throw new Error(result.problems.map((p) => `${p.file}${p.pointer} ${p.code}: ${p.message}`).join('\n'));
  return result.bundle;
}

/** The fx-workflow bundle with its SOP `cm` changed by `change`. */
export function editedSop(
  change: (sop: Record<string, unknown> & { stages: Record<string, unknown>[] }) => void,
): SiteBundle {
  return fixtureBundle('fx-workflow', (files) => edit(files, 'fx-workflow/cm.sop.json', change));
}

let shared: SiteBundle | undefined;
export const fxWorkflow = (): SiteBundle => {
  shared ??= fixtureBundle();
  return shared;
};

export const ADULT = { firstName: 'Aziza', birthDate: '1990-05-01' } as const;
export const MONDAY = '2025-01-06T09:00:00.000Z';

export type Driver = {
  readonly def: WorkflowDefinition;
  state: CaseState;
  now: string;
  external: ExternalFacts;
  /** Effects of the last accepted step or tick. */
  effects: Effect[];
  /** Applies a scenario-style event (default role: the responsible one); keeps the state if accepted. */
  event(e: ScenarioEvent): StepResult;
  /** Applies an engine event as given. */
  step(e: WorkflowEvent): StepResult;
  /** Lets time pass and runs the scheduler. */
  after(d: Duration): Driver;
  /** Moves the clock to an instant and runs the scheduler. */
  at(instant: string): Driver;
  open(): TaskInstance[];
  openIds(): string[];
};

/** Opens a case of SOP `sopId` at `start` and returns a driver for it. */
export function drive(
  bundle: SiteBundle = fxWorkflow(),
  options: { sopId?: string; start?: string; person?: Record<string, JsonValue> } & WorkflowOptions = {},
): Driver {
  const def = workflowDefinition(bundle, options.sopId ?? 'cm', options);
  const now = new Date(options.start ?? MONDAY).toISOString();
  const external: ExternalFacts = { person: options.person ?? { ...ADULT } };
  const opened = step(
    def,
    null,
    { type: 'open', actor: { role: caseRole(def) } },
    { now: () => new Date(now) },
    external,
  );
  if (!opened.ok) throw new Error(`cannot open: ${opened.blockedBy.map((b) => b.code).join(', ')}`);
  const driver: Driver = {
    def,
    state: opened.state,
    now,
    external,
    effects: opened.effects,
    step(e) {
      const result = step(def, driver.state, e, { now: () => new Date(driver.now) }, driver.external);
      if (result.ok) {
        driver.state = result.state;
        driver.effects = result.effects;
      }
      return result;
    },
    event: (e) => driver.step(toWorkflowEvent(def, driver.state, e)),
    after: (d) => driver.at(instantAfter(def, driver.now, d)),
    at(instant) {
      driver.now = new Date(instant).toISOString();
      const result = tick(def, driver.state, driver.now, driver.external);
      driver.state = result.state;
      driver.effects = result.effects;
      return driver;
    },
    open: () => driver.state.tasks.filter((t) => t.status === 'open'),
    openIds: () => driver.open().map((t) => t.defId),
  };
  return driver;
}

/** The codes of a refused result (empty when accepted). */
export const codes = (result: StepResult): string[] => (result.ok ? [] : result.blockedBy.map((b) => b.code));

/** Walks a fresh fx-workflow case to the implementation stage with an approved plan. */
export function toImplementation(d: Driver, risk: 'low' | 'high' = 'low'): Driver {
  const must = (r: StepResult) => {
    if (!r.ok) throw new Error(`refused: ${codes(r).join(', ')}`);
  };
  must(d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06', risk } }));
  must(d.event({ type: 'advance', to: 'assessment' }));
  must(
    d.event({ type: 'submit', form: 'assessment', data: { assessedOn: '2025-01-06', needs: 'employment' } }),
  );
  must(d.event({ type: 'submit', form: 'plan', data: { goal: 'A job', signed: true } }));
  must(d.event({ type: 'request_approval', approval: 'plan-approval' }));
  must(d.event({ type: 'approve', approval: 'plan-approval' }));
  must(d.event({ type: 'advance', to: 'implementation' }));
  return d;
}
