import type { ApiOperation } from './api-operations.js';

const A = '/api/sites/{siteId}/admin';
const json = { type: 'object' };
const common = [401, 403, 404] as const;

const op = (
  method: ApiOperation['method'],
  path: string,
  summary: string,
  extra: Partial<ApiOperation> = {},
): ApiOperation => ({
  method,
  path,
  summary,
  tag: 'admin',
  ok: { status: 200, description: summary },
  errors: [...common],
  ...extra,
});

/** Authoring, publishing, migration, site and user administration (`platform/http/routes/admin-*.ts`). */
export const ADMIN_OPERATIONS: readonly ApiOperation[] = [
  op('get', `${A}/definitions`, "The site's definitions with their draft status"),
  op('get', `${A}/definitions/{kind}/{id}`, 'One definition: published and draft'),
  op('put', `${A}/definitions/{kind}/{id}`, 'Save a draft of a definition (or mark it deleted)', {
    body: {
      type: 'object',
      properties: { json, deleted: { type: 'boolean' }, version: { type: 'integer' } },
    },
    versioned: true,
    errors: [400, ...common, 409, 422],
  }),
  op('delete', `${A}/definitions/{kind}/{id}`, 'Discard the draft of a definition', {
    ok: { status: 204, description: 'Discarded' },
  }),
  op('delete', `${A}/drafts`, 'Discard every draft'),
  op('post', `${A}/check`, 'Check the draft definitions (problems with file and JSON pointer)'),
  op('post', `${A}/test`, 'Run the definition tests of the drafts (rule tests with coverage, SOP scenarios)'),
  op('post', `${A}/simulate`, 'Evaluate a rule on facts or a real case, with the explanation', {
    body: {
      type: 'object',
      properties: { ruleId: { type: 'string' }, logic: {}, facts: json, caseId: { type: 'string' } },
    },
    errors: [400, ...common, 422],
  }),
  op('get', `${A}/diff`, 'Semantic diff of drafts (or two versions) with impact counts on open cases', {
    query: ['from', 'to'],
  }),
  op('post', `${A}/publish`, 'Publish the drafts as a new immutable version', {
    body: { type: 'object', properties: { note: { type: 'string' } } },
    ok: { status: 201, description: 'Published' },
    errors: [400, ...common, 409, 422],
  }),
  op('get', `${A}/versions`, 'Published versions with their open cases'),
  op('post', `${A}/rollback`, 'Make an earlier version active again (optionally migrating cases back)', {
    body: json,
    ok: { status: 201, description: 'Rolled back' },
    errors: [400, ...common, 409, 422],
  }),
  op('post', `${A}/migrations`, 'Migrate open cases between versions (dry run first)', {
    body: {
      type: 'object',
      properties: {
        fromVersionId: { type: 'string' },
        toVersionId: { type: 'string' },
        mappings: json,
        dryRun: { type: 'boolean' },
      },
      required: ['fromVersionId', 'toVersionId'],
    },
    ok: { status: 201, description: 'Finished or dry run' },
    errors: [400, ...common, 409, 422],
  }),
  op('get', `${A}/migrations`, 'Migration runs'),
  op('get', `${A}/migrations/{migrationId}`, 'A migration run and its progress'),
  op('get', `${A}/export`, 'The site as one bundle file'),
  op('get', `${A}/users`, 'Users with memberships at the site'),
  op('post', `${A}/users`, 'Create a user with memberships', {
    body: json,
    ok: { status: 201, description: 'Created' },
    errors: [400, ...common, 409, 422],
  }),
  op('put', `${A}/users/{userId}/active`, 'Deactivate or reactivate a user', {
    body: { type: 'object', properties: { active: { type: 'boolean' } }, required: ['active'] },
    errors: [400, ...common, 409],
  }),
  op('post', `${A}/memberships`, 'Give a user a role at an agency of the site', {
    body: json,
    ok: { status: 201, description: 'Added' },
    errors: [400, ...common, 422],
  }),
  op('delete', `${A}/memberships/{membershipId}`, 'End a membership', {
    ok: { status: 204, description: 'Ended' },
  }),
  op('get', '/api/admin/templates', 'Templates a new site can extend, named in the user’s language', {
    errors: [401, 403],
  }),
  op('post', '/api/admin/sites', 'Create a site from a template, without files', {
    body: json,
    ok: { status: 201, description: 'Created' },
    errors: [400, 401, 403, 409, 422],
  }),
  op('post', '/api/admin/import', 'Import a site bundle (dry run shows the diff; apply publishes)', {
    body: json,
    errors: [400, 401, 403, 409, 422],
  }),
];

/** Client units (households) of persons. */
export const CLIENT_UNIT_OPERATIONS: readonly ApiOperation[] = [
  op(
    'get',
    '/api/sites/{siteId}/persons/{personId}/client-unit',
    "Members of a person's client unit (household)",
    { tag: 'persons' },
  ),
  op(
    'post',
    '/api/sites/{siteId}/persons/{personId}/client-unit',
    'Link a registered person as a member of the client unit',
    {
      tag: 'persons',
      body: {
        type: 'object',
        properties: { relatedPersonId: { type: 'string' }, relation: { type: 'string' } },
        required: ['relatedPersonId', 'relation'],
      },
      ok: { status: 201, description: 'Linked' },
      errors: [400, ...common],
    },
  ),
  op(
    'delete',
    '/api/sites/{siteId}/persons/{personId}/client-unit/{relatedPersonId}',
    'Remove a member from the client unit',
    { tag: 'persons' },
  ),
];
