import type { SiteBundle } from '../definitions/site-bundle.js';
import type { CaseStatus, TaskStatus } from './case-state.js';
import { type CapLimits, capsFor, exceededLimits, workerLoad } from './caseload.js';

/** A worker and the roles they hold (for their caps). */
export type SummaryWorker = { readonly userId: string; readonly roles: readonly string[] };
/** A case row: its owner, its weight and status. */
export type SummaryCase = {
  readonly caseId: string;
  readonly ownerId: string | null;
  readonly weight: number;
  readonly status: CaseStatus;
};
/** A task row; without an assignee it counts for the owner of its case. */
export type SummaryTask = {
  readonly caseId: string;
  readonly assigneeId?: string | null;
  readonly status: TaskStatus;
  readonly overdue?: boolean;
  readonly dueAt?: string | null;
};

/** One row of the supervisor view. */
export type WorkerSummary = {
  readonly userId: string;
  readonly openCases: number;
  readonly weightedLoad: number;
  readonly limits: CapLimits;
  /** Weighted load over the weighted cap (1 = full); `null` without such a cap. */
  readonly utilisation: number | null;
  readonly overCapacity: boolean;
  readonly overdueTasks: number;
};

const isOverdue = (t: SummaryTask, now: string) =>
  t.status === 'open' && (t.overdue === true || (t.dueAt != null && t.dueAt < now));

/** The supervisor view: per worker, open cases, weighted load against the caps, and overdue tasks. */
export function supervisorSummary(
  bundle: SiteBundle,
  input: {
    readonly workers: readonly SummaryWorker[];
    readonly cases: readonly SummaryCase[];
    readonly tasks: readonly SummaryTask[];
    readonly now: Date | string;
  },
): WorkerSummary[] {
  const now = new Date(input.now).toISOString();
  const ownerOf = new Map(input.cases.map((c) => [c.caseId, c.ownerId]));
  return input.workers.map((w) => {
    const load = workerLoad(input.cases.filter((c) => c.ownerId === w.userId));
    const limits = capsFor(bundle, w.roles);
    const overdueTasks = input.tasks.filter(
      (t) => isOverdue(t, now) && (t.assigneeId ?? ownerOf.get(t.caseId) ?? null) === w.userId,
    ).length;
    return {
      userId: w.userId,
      ...load,
      limits,
      utilisation: limits.maxWeightedLoad === null ? null : load.weightedLoad / limits.maxWeightedLoad,
      overCapacity: exceededLimits(load, limits).length > 0,
      overdueTasks,
    };
  });
}
