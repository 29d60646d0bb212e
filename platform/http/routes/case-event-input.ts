import { PlatformError } from '../../kernel/errors.js';
import type { Actor, WorkflowEvent } from '../../workflow/index.js';
import { stringField } from '../request-input.js';

type CaseEvent = Exclude<WorkflowEvent, { type: 'open' | 'tick' | 'submit' }>;

const NEEDS: Record<CaseEvent['type'], readonly string[]> = {
  advance: ['to'],
  complete_task: ['task'],
  skip_task: ['task', 'reason'],
  add_task: ['task'],
  request_approval: ['approval'],
  approve: ['approval'],
  return: ['approval', 'reason'],
  close: ['reason'],
  reopen: [],
  set_passive: [],
  resume: [],
  adjust_review: ['review', 'date'],
};

/** Reads a case action from a request body: `{ "type": "advance", "to": "planning" }` and so on. */
export function caseEventOf(body: Record<string, unknown>, actor: Actor): CaseEvent {
  const type = stringField(body, 'type') as CaseEvent['type'];
  const needs = NEEDS[type];
  if (needs === undefined) {
    throw new PlatformError('bad_request', `Unknown action "${type}".`, {
      fields: [{ pointer: '/type', code: 'enum', message: `One of: ${Object.keys(NEEDS).join(', ')}.` }],
    });
  }
  const fields = Object.fromEntries(needs.map((name) => [name, stringField(body, name, { max: 2000 })]));
  const extra =
    type === 'approve' && typeof body.comment === 'string'
      ? { comment: body.comment }
      : type === 'set_passive' && typeof body.reason === 'string'
        ? { reason: body.reason }
        : {};
  return { type, actor, ...fields, ...extra } as CaseEvent;
}
