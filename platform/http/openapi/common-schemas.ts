/** Schemas of the API's own resources (the per-form data schemas are generated from definitions). */
const obj = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  properties,
  required,
});
const str = { type: 'string' };
const dateTime = { type: 'string', format: 'date-time' };
const page = (item: string) =>
  obj(
    {
      items: { type: 'array', items: { $ref: `#/components/schemas/${item}` } },
      next: { type: ['string', 'null'], description: 'Cursor of the next page; null on the last.' },
    },
    ['items', 'next'],
  );

export const COMMON_SCHEMAS: Record<string, unknown> = {
  Problem: {
    type: 'object',
    description:
      'RFC 9457 problem details; `errors` point at the offending fields with JSON pointers into the request body.',
    properties: {
      type: str,
      title: str,
      status: { type: 'integer' },
      code: str,
      detail: str,
      errors: {
        type: 'array',
        items: obj({ pointer: str, code: str, message: str }, ['pointer', 'code', 'message']),
      },
    },
    required: ['type', 'title', 'status', 'code', 'detail'],
  },
  Session: obj(
    {
      user: obj({ id: str, username: str, displayName: str, locale: str }),
      memberships: { type: 'array', items: obj({ id: str, siteId: str, partnerId: str, roleId: str }) },
      csrfToken: { type: ['string', 'null'] },
      currentMembershipId: { type: ['string', 'null'] },
    },
    ['user', 'memberships'],
  ),
  PersonIdentifier: obj({ type: str, value: str }, ['type', 'value']),
  Person: obj(
    {
      id: str,
      siteId: str,
      data: { type: 'object', description: "The site's registration form data." },
      displayName: str,
      birthDate: { type: ['string', 'null'], format: 'date' },
      sex: { type: ['string', 'null'] },
      language: { type: ['string', 'null'] },
      identifiers: { type: 'array', items: { $ref: '#/components/schemas/PersonIdentifier' } },
      createdAt: dateTime,
      updatedAt: dateTime,
      version: { type: 'integer' },
    },
    ['id', 'data', 'displayName', 'version'],
  ),
  PersonSummary: obj(
    {
      id: str,
      displayName: str,
      birthDate: { type: ['string', 'null'] },
      sex: { type: ['string', 'null'] },
      identifiers: { type: 'array', items: { $ref: '#/components/schemas/PersonIdentifier' } },
      reasons: { type: 'array', items: str },
      similarity: { type: 'number' },
    },
    ['id', 'displayName'],
  ),
  PersonPage: page('PersonSummary'),
  CaseSummary: obj(
    {
      id: str,
      personId: str,
      personName: str,
      sopId: str,
      stage: str,
      status: { enum: ['open', 'passive', 'closed'] },
      ownerUserId: { type: ['string', 'null'] },
      agency: str,
      priority: { type: ['string', 'null'] },
      openedAt: dateTime,
      updatedAt: dateTime,
      version: { type: 'integer' },
    },
    ['id', 'stage', 'status', 'version'],
  ),
  CasePage: page('CaseSummary'),
  CaseView: obj(
    {
      case: { type: 'object' },
      person: { type: ['object', 'null'] },
      state: { type: 'object', description: 'Tasks, approvals, milestones and reviews of the SOP engine.' },
      forms: { type: 'array', items: { type: 'object' } },
      data: { type: 'object', description: 'Submitted data per form the caller may read.' },
      actions: {
        type: 'array',
        items: {
          type: 'object',
          description: 'A possible next step with `blockedBy` codes and `reasons` in words.',
        },
      },
      team: { type: 'array', items: { type: 'object' } },
    },
    ['case', 'state', 'actions'],
  ),
  Task: obj(
    {
      id: str,
      caseId: str,
      definitionId: str,
      kind: str,
      roleId: str,
      dueAt: { type: ['string', 'null'] },
      overdue: { type: 'boolean' },
      personName: str,
      caseStage: str,
    },
    ['id', 'caseId', 'definitionId'],
  ),
  TaskPage: page('Task'),
  Submission: obj(
    {
      id: str,
      formId: str,
      data: { type: 'object' },
      status: { enum: ['draft', 'submitted', 'superseded'] },
      submittedAt: { type: ['string', 'null'] },
      version: { type: 'integer' },
    },
    ['id', 'formId', 'data', 'status'],
  ),
  HistoryEvent: obj(
    {
      id: str,
      seq: { type: 'integer' },
      type: str,
      at: dateTime,
      actorName: { type: ['string', 'null'] },
      payload: { type: 'object' },
    },
    ['seq', 'type', 'at'],
  ),
  HistoryPage: page('HistoryEvent'),
  CaseAction: {
    type: 'object',
    description:
      'A workflow event: `advance {to}`, `complete_task {task}`, `skip_task {task, reason}`, `add_task {task}`, `request_approval {approval}`, `approve {approval, comment?}`, `return {approval, reason}`, `close {reason}`, `reopen`, `set_passive {reason?}`, `resume`, `adjust_review {review, date}`.',
    properties: {
      type: {
        enum: [
          'advance',
          'complete_task',
          'skip_task',
          'add_task',
          'request_approval',
          'approve',
          'return',
          'close',
          'reopen',
          'set_passive',
          'resume',
          'adjust_review',
        ],
      },
      version: { type: 'integer' },
    },
    required: ['type'],
  },
};
