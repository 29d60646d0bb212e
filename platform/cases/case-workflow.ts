import type { Clock } from '../kernel/clock.js';
import { dateInZone } from '../kernel/dates.js';
import type { JsonObject } from '../kernel/json.js';
import { type Referral, referralFacts } from '../referrals/index.js';
import type {
  CaseState,
  ExternalFacts,
  StepResult,
  TaskInstance,
  WorkflowDefinition,
  WorkflowEvent,
} from '../workflow/index.js';
import { nextWakeUp, step, workflowDefinition } from '../workflow/index.js';
import type { LoadedCase } from './load-case.js';
import type { CaseRecord, PersonRecord, TaskRecord } from './records.js';
import type { SiteVersion } from './site-registry.js';

/** The SOP engine's definition for a case's pinned version and SOP. */
export function workflowOf(version: SiteVersion, sopId: string): WorkflowDefinition {
  return workflowDefinition(version.bundle, sopId);
}

/**
 * What the engine needs about the case and client that it does not own itself: the case's
 * identity and allocation, the client's registration data and, when given, the case's referrals
 * as `referrals.<protocol>` facts (dates as days in `timeZone`, the site's).
 */
export function externalFacts(
  record: Pick<CaseRecord, 'id' | 'agency' | 'ownerUserId' | 'weight'>,
  person: PersonRecord | undefined,
  referrals: readonly Referral[] = [],
  timeZone = 'UTC',
): ExternalFacts {
  return {
    ...(referrals.length > 0 ? { referrals: referralFacts(referrals, timeZone) } : {}),
    case: {
      id: record.id,
      agency: record.agency,
      ...(record.ownerUserId ? { owner: record.ownerUserId } : {}),
      ...(record.weight !== null ? { weight: record.weight } : {}),
    },
    person: {
      ...(person?.data ?? {}),
      id: person?.id ?? '',
      registeredAt: person ? dateInZone(person.createdAt, timeZone) : '',
    },
  };
}

/** The external facts of a loaded case, its referrals included: what every engine call on it reads. */
export function caseExternalFacts(
  loaded: Pick<LoadedCase, 'record' | 'person' | 'referrals' | 'version'>,
): ExternalFacts {
  const zone = loaded.version.bundle.site.timeZone ?? 'UTC';
  return externalFacts(loaded.record, loaded.person, loaded.referrals, zone);
}

export function stepCase(
  def: WorkflowDefinition,
  state: CaseState | null,
  event: WorkflowEvent,
  clock: Clock,
  external: ExternalFacts,
): StepResult {
  return step(def, state, event, clock, external);
}

/** The case columns that mirror the engine's state. */
export function stateColumns(
  state: CaseState,
): Pick<
  CaseRecord,
  | 'stage'
  | 'stageEnteredAt'
  | 'status'
  | 'closureReason'
  | 'closedAt'
  | 'reopenedCount'
  | 'priority'
  | 'facts'
  | 'workflow'
  | 'nextWakeAt'
> {
  const wake = nextWakeUp(state);
  return {
    stage: state.stage,
    stageEnteredAt: new Date(state.stageEnteredAt),
    status: state.status,
    closureReason: state.closureReason,
    closedAt: state.closedAt ? new Date(state.closedAt) : null,
    reopenedCount: state.reopenedCount,
    priority: state.priority === null ? null : String(state.priority),
    facts: Object.fromEntries(Object.entries(state.forms).map(([id, f]) => [id, f.data])) as JsonObject,
    workflow: state as unknown as JsonObject,
    nextWakeAt: wake ? new Date(wake) : null,
  };
}

/** The tasks table rows of a case: one per task instance of its state. */
export function taskRows(
  siteId: string,
  caseId: string,
  agency: string,
  tasks: readonly TaskInstance[],
): Omit<TaskRecord, 'id'>[] {
  return tasks.map((t) => ({
    siteId,
    caseId,
    instanceKey: t.id,
    definitionId: t.defId,
    kind: t.kind,
    roleId: t.role,
    agency,
    assigneeUserId: null,
    dueAt: t.dueAt ? new Date(t.dueAt) : null,
    status: t.status,
    overdue: t.overdue,
    createdAt: new Date(t.createdAt),
    completedAt: t.completedAt ? new Date(t.completedAt) : null,
  }));
}

export function stateOf(record: CaseRecord): CaseState {
  return record.workflow as unknown as CaseState;
}
