import type { ApiOperation } from './api-operations.js';

const S = '/api/sites/{siteId}';

/** Emergency ("break-the-glass") access (part of `API_OPERATIONS`). */
export const EMERGENCY_OPERATIONS: readonly ApiOperation[] = [
  {
    method: 'get',
    path: `${S}/emergency-access/lookup`,
    summary:
      'Find a case anywhere at the site by the exact case id or client identifier (`break_glass`); answers the holding agency, stage and status only',
    tag: 'emergency access',
    query: ['identifier', 'caseId'],
    ok: {
      status: 200,
      description: '`{ items: { caseId, agency, sopId, stage, status, openedAt, access, expiresAt }[] }`',
    },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'post',
    path: `${S}/cases/{caseId}/emergency-access`,
    summary:
      'Obtain emergency, read-only, time-boxed access to a case outside your scope (`break_glass`), with a reason; recorded in the case history and the client’s disclosure log',
    tag: 'emergency access',
    body: {
      type: 'object',
      properties: { reason: { type: 'string', minLength: 10 } },
      required: ['reason'],
    },
    ok: {
      status: 201,
      description:
        '`{ emergencyAccess: { id, siteId, caseId, userId, partnerId, reason, grantedAt, expiresAt } }`',
    },
    errors: [400, 401, 403, 404, 409, 415, 422],
  },
  {
    method: 'get',
    path: `${S}/emergency-access`,
    summary: 'Emergency accesses to the cases in your scope, and your own, newest first (for supervisors)',
    tag: 'emergency access',
    query: ['cursor', 'limit'],
    ok: {
      status: 200,
      description: '`{ items: (EmergencyAccess & { userName, caseAgency, active })[], next }`',
    },
    errors: [400, 401, 403, 404],
  },
];
