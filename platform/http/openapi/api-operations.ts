import { KPI_OPERATIONS } from '../routes/kpi-api-operations.js';
import { ADMIN_OPERATIONS, CLIENT_UNIT_OPERATIONS } from './admin-operations.js';
import { DIRECTORY_OPERATIONS } from './directory-operations.js';
import { EMERGENCY_OPERATIONS } from './emergency-operations.js';
import { REFERRAL_OPERATIONS } from './referral-operations.js';

/** One documented operation of the API. */
export type ApiOperation = {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly body?: unknown;
  readonly ok: { readonly status: number; readonly schema?: unknown; readonly description: string };
  readonly errors: readonly number[];
  readonly versioned?: boolean;
  readonly query?: readonly string[];
  readonly anonymous?: boolean;
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const withData = (description: string) => ({
  type: 'object',
  properties: { data: { type: 'object', description }, version: { type: 'integer' } },
  required: ['data'],
});
const S = '/api/sites/{siteId}';

/** Every operation of the API, the single list the OpenAPI document is built from. */
export const API_OPERATIONS: readonly ApiOperation[] = [
  {
    method: 'get',
    path: '/health',
    summary: 'Health and the published version of every site',
    tag: 'platform',
    ok: { status: 200, description: 'Running' },
    errors: [],
    anonymous: true,
  },
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in with username and password',
    tag: 'auth',
    body: {
      type: 'object',
      properties: { username: { type: 'string' }, password: { type: 'string' } },
      required: ['username', 'password'],
    },
    ok: { status: 200, schema: ref('Session'), description: 'Signed in; sets the session cookie' },
    errors: [400, 401, 415, 429],
    anonymous: true,
  },
  {
    method: 'get',
    path: '/api/auth/me',
    summary: 'The signed-in user, memberships and CSRF token',
    tag: 'auth',
    ok: { status: 200, schema: ref('Session'), description: 'Session' },
    errors: [401],
  },
  {
    method: 'put',
    path: '/api/auth/context',
    summary: 'Switch site and agency (membership)',
    tag: 'auth',
    body: { type: 'object', properties: { membershipId: { type: 'string' } }, required: ['membershipId'] },
    ok: { status: 200, schema: ref('Session'), description: 'Switched' },
    errors: [401, 403, 422],
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Sign out',
    tag: 'auth',
    ok: { status: 204, description: 'Signed out' },
    errors: [401],
  },
  {
    method: 'get',
    path: '/api/sites',
    summary: 'Sites the user works at',
    tag: 'sites',
    ok: { status: 200, description: 'Sites' },
    errors: [401],
  },
  {
    method: 'get',
    path: `${S}/definitions`,
    summary: "The site's published definitions (without embedded tests)",
    tag: 'sites',
    ok: { status: 200, description: 'Definitions bundle' },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: `${S}/persons`,
    summary: 'Find persons by name (spelling-tolerant), identifier or date of birth',
    tag: 'persons',
    query: ['q', 'birthDate', 'identifier', 'cursor', 'limit'],
    ok: { status: 200, schema: ref('PersonPage'), description: 'Matches' },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: `${S}/persons`,
    summary: 'Register a person (409 lists duplicate candidates until `confirmedNew`)',
    tag: 'persons',
    body: {
      type: 'object',
      properties: {
        data: {
          type: 'object',
          description: "Data of the site's registration form (see the RegistrationForm_* schemas).",
        },
        confirmedNew: { type: 'boolean' },
      },
      required: ['data'],
    },
    ok: { status: 201, description: 'Registered' },
    errors: [400, 401, 403, 409, 415, 422],
  },
  {
    method: 'get',
    path: `${S}/persons/{personId}`,
    summary: 'A person and their cases',
    tag: 'persons',
    ok: { status: 200, description: 'Person' },
    errors: [401, 403, 404],
  },
  {
    method: 'put',
    path: `${S}/persons/{personId}`,
    summary: 'Change registration data',
    tag: 'persons',
    body: withData('Registration form data'),
    versioned: true,
    ok: { status: 200, description: 'Changed' },
    errors: [400, 401, 403, 404, 409, 422, 428],
  },
  {
    method: 'get',
    path: `${S}/cases`,
    summary: 'Cases in the caller’s scope, newest changes first',
    tag: 'cases',
    query: ['status', 'mine', 'personId', 'cursor', 'limit'],
    ok: { status: 200, schema: ref('CasePage'), description: 'Cases' },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: `${S}/cases`,
    summary: 'Open a case for a person under an SOP',
    tag: 'cases',
    body: {
      type: 'object',
      properties: { personId: { type: 'string' }, sopId: { type: 'string' } },
      required: ['personId'],
    },
    ok: { status: 201, description: 'Opened' },
    errors: [400, 401, 403, 404, 422],
  },
  {
    method: 'get',
    path: `${S}/cases/{caseId}`,
    summary: 'A case: record, SOP state, forms, next steps and why they are blocked',
    tag: 'cases',
    ok: { status: 200, schema: ref('CaseView'), description: 'Case (ETag = version)' },
    errors: [401, 403, 404],
  },
  {
    method: 'post',
    path: `${S}/cases/{caseId}/actions`,
    summary: 'Act on a case (advance, tasks, approvals, close, re-open, passive, reviews)',
    tag: 'cases',
    body: ref('CaseAction'),
    versioned: true,
    ok: { status: 200, description: 'Done' },
    errors: [400, 401, 403, 404, 409, 422, 428],
  },
  {
    method: 'post',
    path: `${S}/cases/{caseId}/forms/{formId}`,
    summary: 'Submit a case form (validated like the browser does; see the Form_* schemas)',
    tag: 'forms',
    body: withData('Data of the form'),
    versioned: true,
    ok: { status: 201, description: 'Submitted' },
    errors: [400, 401, 403, 404, 409, 422, 428],
  },
  {
    method: 'get',
    path: `${S}/cases/{caseId}/forms/{formId}`,
    summary: "A form's submissions on the case and the caller's draft",
    tag: 'forms',
    ok: { status: 200, description: 'Submissions' },
    errors: [401, 403, 404],
  },
  {
    method: 'put',
    path: `${S}/cases/{caseId}/drafts/{formId}`,
    summary: "Save the caller's draft of a form",
    tag: 'forms',
    body: withData('Partial data of the form'),
    ok: { status: 200, description: 'Saved' },
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: 'get',
    path: `${S}/cases/{caseId}/history`,
    summary: 'The case history (audit trail), oldest first',
    tag: 'cases',
    query: ['cursor', 'limit'],
    ok: { status: 200, schema: ref('HistoryPage'), description: 'Events' },
    errors: [401, 403, 404],
  },
  {
    method: 'put',
    path: `${S}/cases/{caseId}/owner`,
    summary: 'Assign the key worker (caseload caps checked)',
    tag: 'cases',
    body: {
      type: 'object',
      properties: {
        userId: { type: 'string' },
        confirmOverCapacity: { type: 'boolean' },
        version: { type: 'integer' },
      },
      required: ['userId'],
    },
    versioned: true,
    ok: { status: 200, description: 'Assigned' },
    errors: [400, 401, 403, 404, 409, 428],
  },
  {
    method: 'post',
    path: `${S}/cases/{caseId}/team`,
    summary:
      'Add someone to the case team: a colleague, or staff of another partner under the client’s consent to joint casework',
    tag: 'cases',
    body: {
      type: 'object',
      properties: { userId: { type: 'string' }, roleId: { type: 'string' } },
      required: ['userId', 'roleId'],
    },
    ok: { status: 201, description: 'Added' },
    errors: [400, 401, 403, 404],
  },
  {
    method: 'get',
    path: `${S}/cases/{caseId}/team/candidates`,
    summary:
      'Who may join the case team now: colleagues of the holding agency, and staff of partners the client consented to joint casework with',
    tag: 'cases',
    ok: { status: 200, description: 'Candidates (members with partner and admitting consent)' },
    errors: [401, 403, 404],
  },
  {
    method: 'delete',
    path: `${S}/cases/{caseId}/team/{userId}`,
    summary: 'Remove a colleague from the case team',
    tag: 'cases',
    ok: { status: 204, description: 'Removed' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: `${S}/work/tasks`,
    summary: "The caller's open tasks, earliest due first",
    tag: 'work',
    query: ['dueBefore', 'cursor', 'limit'],
    ok: { status: 200, schema: ref('TaskPage'), description: 'Tasks' },
    errors: [401, 404],
  },
  {
    method: 'get',
    path: `${S}/work/caseload`,
    summary: 'Caseload per worker (supervisors)',
    tag: 'work',
    ok: { status: 200, description: 'Workers' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: `${S}/work/colleagues`,
    summary: 'Colleagues at the caller’s agency',
    tag: 'work',
    ok: { status: 200, description: 'Members' },
    errors: [401, 404],
  },
  ...REFERRAL_OPERATIONS,
  ...KPI_OPERATIONS,
  ...ADMIN_OPERATIONS,
  ...CLIENT_UNIT_OPERATIONS,
  ...DIRECTORY_OPERATIONS,
  ...EMERGENCY_OPERATIONS,
];
