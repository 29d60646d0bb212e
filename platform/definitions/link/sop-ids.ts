import type { SopDefinition, Task } from '../definition-types.generated.js';
import { optionValues } from '../facts/field-facts.js';
import { lookupValuesOf } from '../facts/site-facts.js';
import type { SiteIndex } from '../site-index.js';

/** The ids an SOP declares, collected once for its checks. */
export type SopIds = {
  readonly stages: string[];
  /** Task ids of stages, reviews and discretionary tasks: one namespace (`tasks.<id>` facts). */
  readonly tasks: string[];
  readonly discretionary: string[];
  readonly approvals: string[];
  readonly milestones: string[];
  readonly closureReasons: unknown[];
  readonly passiveReasons: unknown[] | undefined;
  readonly roles: string[];
};

export function stageTasks(sop: SopDefinition): { task: Task; ptr: (string | number)[] }[] {
  return sop.stages.flatMap((stage, i) =>
    (stage.tasks ?? []).map((task, j) => ({ task, ptr: ['stages', i, 'tasks', j] })),
  );
}

export function sopIds(sop: SopDefinition, index: SiteIndex): SopIds {
  const lookups = lookupValuesOf(index);
  return {
    stages: sop.stages.map((s) => s.id),
    tasks: [
      ...stageTasks(sop).map((t) => t.task.id),
      ...(sop.reviews ?? []).map((r) => r.id),
      ...(sop.discretionaryTasks ?? []).map((t) => t.id),
    ],
    discretionary: (sop.discretionaryTasks ?? []).map((t) => t.id),
    approvals: (sop.approvals ?? []).map((a) => a.id),
    milestones: (sop.milestones ?? []).map((m) => m.id),
    closureReasons: [...(optionValues(sop.closure.reasons, lookups) ?? [])],
    passiveReasons: sop.passive?.reasons
      ? [...(optionValues(sop.passive.reasons, lookups) ?? [])]
      : undefined,
    roles: index.get('site', index.siteId)?.roles.map((r) => r.id) ?? [],
  };
}
