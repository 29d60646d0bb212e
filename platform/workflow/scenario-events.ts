import type { ScenarioEvent } from '../definitions/definition-types.generated.js';
import type { JsonObject } from '../kernel/json.js';
import type { Actor, CaseState } from './case-state.js';
import type { WorkflowDefinition } from './workflow-definition.js';
import type { WorkflowEvent } from './workflow-event.js';

/** The role that runs cases by default: the first that may open cases (or advance them). */
export function caseRole(def: WorkflowDefinition): string {
  const roles = def.bundle.site.roles;
  const has = (permission: string) => roles.find((r) => (r.permissions as string[]).includes(permission));
  return (has('case.open') ?? has('case.advance') ?? roles[0])?.id ?? 'case_manager';
}

/** The role responsible for a scenario event when the scenario does not name one. */
function responsibleRole(def: WorkflowDefinition, state: CaseState, e: ScenarioEvent): string {
  const open = state.tasks.filter((t) => t.status === 'open');
  switch (e.type) {
    case 'complete_task':
    case 'skip_task':
      return (
        open.filter((t) => t.defId === e.task || t.id === e.task).at(-1)?.role ??
        def.tasks.get(e.task ?? '')?.role ??
        def.reviews.get(e.task ?? '')?.role ??
        caseRole(def)
      );
    case 'approve':
    case 'return':
      return def.approvals.get(e.approval ?? '')?.role ?? caseRole(def);
    case 'submit':
      return open.find((t) => t.form === e.form && t.kind !== 'approval')?.role ?? caseRole(def);
    default:
      return caseRole(def);
  }
}

/** A scenario event as an engine event, acting with `event.role` or the responsible role. */
export function toWorkflowEvent(def: WorkflowDefinition, state: CaseState, e: ScenarioEvent): WorkflowEvent {
  const actor: Actor = { role: e.role ?? responsibleRole(def, state, e) };
  const s = (value: string | undefined) => value ?? '';
  switch (e.type) {
    case 'submit':
      return { type: 'submit', actor, form: s(e.form), data: (e.data ?? {}) as JsonObject };
    case 'advance':
      return { type: 'advance', actor, to: s(e.to) };
    case 'complete_task':
    case 'add_task':
      return { type: e.type, actor, task: s(e.task) };
    case 'skip_task':
      return { type: 'skip_task', actor, task: s(e.task), reason: s(e.reason) };
    case 'request_approval':
    case 'approve':
      return { type: e.type, actor, approval: s(e.approval) };
    case 'return':
      return { type: 'return', actor, approval: s(e.approval), reason: s(e.reason) };
    case 'close':
      return { type: 'close', actor, reason: s(e.reason) };
    case 'set_passive':
      return e.reason === undefined
        ? { type: 'set_passive', actor }
        : { type: 'set_passive', actor, reason: e.reason };
    case 'reopen':
    case 'resume':
    case 'tick':
      return { type: e.type, actor };
  }
}
