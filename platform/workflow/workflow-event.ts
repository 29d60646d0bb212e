import type { JsonObject } from '../kernel/json.js';
import type { Actor } from './case-state.js';

/**
 * The events the engine accepts: the scenario events of `sop.schema.json`, plus `open` (creates
 * the state) and `adjust_review`. Task events name a task instance id or a task definition id
 * (then the latest open instance is meant).
 */
export type WorkflowEvent =
  | { type: 'open'; actor: Actor }
  | { type: 'submit'; actor: Actor; form: string; data: JsonObject }
  | { type: 'advance'; actor: Actor; to: string }
  | { type: 'complete_task'; actor: Actor; task: string }
  | { type: 'skip_task'; actor: Actor; task: string; reason: string }
  | { type: 'add_task'; actor: Actor; task: string }
  | { type: 'request_approval'; actor: Actor; approval: string }
  | { type: 'approve'; actor: Actor; approval: string; comment?: string }
  | { type: 'return'; actor: Actor; approval: string; reason: string }
  | { type: 'close'; actor: Actor; reason: string }
  | { type: 'reopen'; actor: Actor }
  | { type: 'set_passive'; actor: Actor; reason?: string }
  | { type: 'resume'; actor: Actor }
  | { type: 'adjust_review'; actor: Actor; review: string; date: string }
  | { type: 'tick'; actor?: Actor };

/** The `type` of an event. */
export type WorkflowEventType = WorkflowEvent['type'];
