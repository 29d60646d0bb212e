import type { CaseState, TaskInstance } from './case-state.js';
import type { ExternalFacts } from './external-facts.js';
import { localDate } from './site-time.js';
import type { WorkflowDefinition } from './workflow-definition.js';

type Facts = Record<string, unknown>;

/*
 * Dates in facts are site-local days (`YYYY-MM-DD`), as the case-facts contract types them, so
 * `before`/`days_between` and string comparison agree with what the caseworker sees.
 */

function taskFacts(tasks: readonly TaskInstance[], day: (instant: string | null) => string | null): Facts {
  const latest: Facts = {};
  for (const t of tasks)
    latest[t.defId] = {
      status: t.status,
      dueAt: t.dueDate ?? day(t.dueAt),
      completedAt: day(t.completedAt),
      overdue: t.overdue,
    };
  return latest;
}

function caseRecord(
  def: WorkflowDefinition,
  state: CaseState,
  external: ExternalFacts,
  day: (i: string | null) => string | null,
): Facts {
  return {
    id: external.case?.id ?? null,
    agency: external.case?.agency ?? null,
    owner: external.case?.owner ?? null,
    weight: external.case?.weight ?? null,
    status: state.status,
    stage: state.stage,
    sop: def.sop.id,
    priority: state.priority,
    openedAt: day(state.openedAt),
    stageEnteredAt: day(state.stageEnteredAt),
    closedAt: day(state.closedAt),
    closureReason: state.closureReason,
    reopenedCount: state.reopenedCount,
  };
}

/**
 * The case facts (`platform/definitions/facts/case-facts.ts`) of a state at `now`: what every SOP
 * condition, case rule and caseload weight reads. `tasks.<id>` is the latest instance of that task.
 */
export function caseFactsOf(
  def: WorkflowDefinition,
  state: CaseState,
  now: string,
  external: ExternalFacts = {},
): Facts {
  const day = (instant: string | null) => (instant === null ? null : localDate(instant, def.timeZone));
  const approvals: Facts = {};
  for (const [id, a] of Object.entries(state.approvals))
    approvals[id] = { status: a.status, decidedAt: day(a.decidedAt) };
  const milestones: Facts = {};
  for (const [id, m] of Object.entries(state.milestones)) milestones[id] = { reachedAt: day(m.reachedAt) };
  return {
    case: caseRecord(def, state, external, day),
    person: { ...(external.person ?? {}) },
    forms: Object.fromEntries(Object.entries(state.forms).map(([id, f]) => [id, f.data])),
    tasks: taskFacts(state.tasks, day),
    approvals,
    referrals: { ...(external.referrals ?? {}) },
    milestones,
    settings: { ...def.settings },
    today: localDate(now, def.timeZone),
  };
}
