import type { SettingRef } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import type { LocalizedText } from '../kernel/localized-text.js';
import { truthy } from '../rules/index.js';
import { caseFactsOf } from './case-facts-of.js';
import type { CaseState, CaseStatus } from './case-state.js';
import type { ExternalFacts } from './external-facts.js';
import { bundleEvaluator, type WorkflowDefinition } from './workflow-definition.js';

/** A case's weight for caseload caps and why. */
export type CaseWeight = {
  readonly weight: number;
  /** Index of the weight rule that matched; `null` for the default weight. */
  readonly rule: number | null;
  readonly label?: LocalizedText;
};

/** A case's weight: the first `caseload.weights` rule whose `when` holds on the facts, else `defaultWeight` (1). */
export function caseWeight(bundle: SiteBundle, facts: unknown): CaseWeight {
  const caseload = bundle.site.caseload;
  const evaluator = bundleEvaluator(bundle);
  for (const [i, w] of (caseload?.weights ?? []).entries()) {
    let matched = false;
    try {
      matched = truthy(evaluator.compile(w.when)(facts));
    } catch {
      // A weight rule that cannot be evaluated on this case simply does not match it.
    }
    if (matched)
      return w.label ? { weight: w.weight, rule: i, label: w.label } : { weight: w.weight, rule: i };
  }
  return { weight: caseload?.defaultWeight ?? 1, rule: null };
}

/** The weight of a case in the engine's state (its case facts at `now`). */
export function caseWeightOf(
  def: WorkflowDefinition,
  state: CaseState,
  now: Date | string,
  external: ExternalFacts = {},
): CaseWeight {
  return caseWeight(def.bundle, caseFactsOf(def, state, new Date(now).toISOString(), external));
}

/** One case on a worker's list, as the runtime stores it. */
export type CaseLoadItem = { readonly weight: number; readonly status: CaseStatus };
/** How much a worker carries: cases not closed, and the sum of their weights. */
export type WorkerLoad = { readonly openCases: number; readonly weightedLoad: number };

/** A worker's load: their cases not closed (passive cases still occupy the worker), and their weights. */
export function workerLoad(cases: readonly CaseLoadItem[]): WorkerLoad {
  const open = cases.filter((c) => c.status !== 'closed');
  return { openCases: open.length, weightedLoad: open.reduce((sum, c) => sum + c.weight, 0) };
}

/** The caps of a worker; `null` where no cap applies. */
export type CapLimits = { readonly maxWeightedLoad: number | null; readonly maxCases: number | null };

function limitValue(bundle: SiteBundle, value: number | SettingRef | undefined): number | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return value;
  const setting = bundle.site.settings?.[value.setting]?.value;
  return typeof setting === 'number' ? setting : null;
}

const tighter = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

/** The caps that apply to a worker holding `roles`: the tightest of each kind. */
export function capsFor(bundle: SiteBundle, roles: readonly string[]): CapLimits {
  let limits: CapLimits = { maxWeightedLoad: null, maxCases: null };
  for (const cap of bundle.site.caseload?.caps ?? []) {
    if (!roles.includes(cap.role)) continue;
    limits = {
      maxWeightedLoad: tighter(limits.maxWeightedLoad, limitValue(bundle, cap.maxWeightedLoad)),
      maxCases: tighter(limits.maxCases, limitValue(bundle, cap.maxCases)),
    };
  }
  return limits;
}

/** Which limits a load is over. */
export function exceededLimits(load: WorkerLoad, limits: CapLimits): ('max_weighted_load' | 'max_cases')[] {
  return [
    ...(limits.maxWeightedLoad !== null && load.weightedLoad > limits.maxWeightedLoad
      ? (['max_weighted_load'] as const)
      : []),
    ...(limits.maxCases !== null && load.openCases > limits.maxCases ? (['max_cases'] as const) : []),
  ];
}
