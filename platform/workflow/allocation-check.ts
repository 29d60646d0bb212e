import type { SiteBundle } from '../definitions/site-bundle.js';
import {
  type CapLimits,
  type CaseLoadItem,
  capsFor,
  exceededLimits,
  type WorkerLoad,
  workerLoad,
} from './caseload.js';

/** The answer to "may this case go to this worker?". */
export type AllocationCheck = {
  /** `ok` within the caps; over them, `warn` or `refuse` as `caseload.onOverCapacity` says (default warn). */
  readonly outcome: 'ok' | 'warn' | 'refuse';
  readonly limits: CapLimits;
  readonly before: WorkerLoad;
  readonly after: WorkerLoad;
  readonly exceeded: ('max_weighted_load' | 'max_cases')[];
};

/**
 * Whether a case of weight `weight` may be allocated to a worker holding `roles` who has `cases`:
 * the load after allocation is checked against the caps of the worker's roles.
 */
export function checkAllocation(
  bundle: SiteBundle,
  worker: { readonly roles: readonly string[]; readonly cases: readonly CaseLoadItem[] },
  weight: number,
): AllocationCheck {
  const before = workerLoad(worker.cases);
  const after = { openCases: before.openCases + 1, weightedLoad: before.weightedLoad + weight };
  const limits = capsFor(bundle, worker.roles);
  const exceeded = exceededLimits(after, limits);
  const outcome = exceeded.length === 0 ? 'ok' : (bundle.site.caseload?.onOverCapacity ?? 'warn');
  return { outcome, limits, before, after, exceeded };
}
