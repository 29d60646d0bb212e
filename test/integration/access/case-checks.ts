/*
 * The matrix's operations on one case: reading it, its forms and history, acting on it, filling
 * its forms, assigning it, its team, its referrals and eligible services.
 */
import { COMMON_SCHEMAS } from '../../../platform/http/openapi/common-schemas.js';
import { ACTION_PERMISSION, emergencyReads, formAtLeast, readsCase, seesCase } from './access-oracle.js';
import { type CheckSource, checkOf, NOBODY, OF_RECORD, STALE } from './matrix-check.js';
import { can, type MatrixCase, type MatrixWorld } from './matrix-world-types.js';

const C = '/api/sites/{siteId}/cases/{caseId}';
const params = (world: MatrixWorld, c: MatrixCase) => ({ siteId: world.site.siteId, caseId: c.id });

/** The forms filled in on cases (not the registration form, nor a referral's own forms). */
export function caseForms(world: MatrixWorld): string[] {
  return Object.values(world.bundle.forms)
    .filter((f) => (f.subject ?? 'case') === 'case')
    .map((f) => f.id);
}

/** Every action type the API documents (a new one the oracle does not know fails the matrix). */
export function caseActionTypes(): string[] {
  const schema = COMMON_SCHEMAS.CaseAction as { properties: { type: { enum: string[] } } };
  return schema.properties.type.enum;
}

/** What each action needs besides its type (placeholders: the engine refuses them, or the version does). */
const ACTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  advance: ['to'],
  complete_task: ['task'],
  skip_task: ['task', 'reason'],
  add_task: ['task'],
  request_approval: ['approval'],
  approve: ['approval'],
  return: ['approval', 'reason'],
  close: ['reason'],
  adjust_review: ['review', 'date'],
};

const actionChecks: CheckSource = (world, actor, c) =>
  caseActionTypes().map((type) => {
    const permission = ACTION_PERMISSION[type];
    if (permission === undefined) throw new Error(`the matrix does not classify the case action "${type}"`);
    const fields = Object.fromEntries((ACTION_FIELDS[type] ?? []).map((f) => [f, 'matrix-placeholder']));
    return checkOf('post', `${C}/actions`, params(world, c), {
      variant: type,
      body: { type, ...fields, version: STALE },
      allowed: seesCase(actor, c) && can(actor, permission),
      refusals: OF_RECORD,
    });
  });

/** One check per case form: `read` needs the role's read access, the others write access. */
function formChecks(method: 'get' | 'post' | 'put'): CheckSource {
  const path = method === 'put' ? `${C}/drafts/{formId}` : `${C}/forms/{formId}`;
  return (world, actor, c) =>
    caseForms(world).map((formId) => {
      const reads = seesCase(actor, c) || emergencyReads(actor, c);
      const allowed =
        method === 'get'
          ? reads && formAtLeast(actor, formId, 'read')
          : seesCase(actor, c) && formAtLeast(actor, formId, 'write');
      const body = method === 'get' ? undefined : { data: 'not form data', version: STALE };
      return checkOf(
        method,
        path,
        { ...params(world, c), formId },
        {
          variant: formId,
          allowed,
          refusals: OF_RECORD,
          ...(body ? { body } : {}),
        },
      );
    });
}

/** The case operations of the API, keyed by `<method> <path>`. */
export const CASE_CHECKS: Readonly<Record<string, CheckSource>> = {
  [`get ${C}`]: (w, a, c) => [
    checkOf('get', C, params(w, c), {
      allowed: seesCase(a, c) || emergencyReads(a, c),
      refusals: OF_RECORD,
    }),
  ],
  [`post ${C}/actions`]: actionChecks,
  [`post ${C}/forms/{formId}`]: formChecks('post'),
  [`get ${C}/forms/{formId}`]: formChecks('get'),
  [`put ${C}/drafts/{formId}`]: formChecks('put'),
  [`get ${C}/history`]: (w, a, c) => [
    checkOf('get', `${C}/history`, params(w, c), {
      allowed: seesCase(a, c) || emergencyReads(a, c),
      refusals: OF_RECORD,
    }),
  ],
  [`put ${C}/owner`]: (w, a, c) => [
    checkOf('put', `${C}/owner`, params(w, c), {
      body: { userId: NOBODY, version: STALE },
      allowed: seesCase(a, c) && can(a, 'case.assign'),
      refusals: OF_RECORD,
    }),
  ],
  [`post ${C}/team`]: (w, a, c) => [
    checkOf('post', `${C}/team`, params(w, c), {
      body: { userId: NOBODY, roleId: 'matrix-placeholder' },
      allowed: seesCase(a, c) && can(a, 'case.team'),
      refusals: OF_RECORD,
    }),
  ],
  [`get ${C}/team/candidates`]: (w, a, c) => [
    checkOf('get', `${C}/team/candidates`, params(w, c), {
      allowed: seesCase(a, c) && can(a, 'case.team'),
      refusals: OF_RECORD,
    }),
  ],
  [`delete ${C}/team/{userId}`]: (w, a, c) => [
    checkOf(
      'delete',
      `${C}/team/{userId}`,
      { ...params(w, c), userId: NOBODY },
      { allowed: seesCase(a, c) && can(a, 'case.team'), refusals: OF_RECORD },
    ),
  ],
  [`get ${C}/referrals`]: (w, a, c) => [
    checkOf('get', `${C}/referrals`, params(w, c), { allowed: readsCase(a, c), refusals: OF_RECORD }),
  ],
  [`post ${C}/referrals`]: (w, a, c) => [
    checkOf('post', `${C}/referrals`, params(w, c), {
      body: { protocol: 'matrix-placeholder' },
      allowed: seesCase(a, c) && can(a, 'referral.send') && c.agency === a.partnerId,
      refusals: OF_RECORD,
    }),
  ],
  [`get ${C}/eligible-services`]: (w, a, c) => [
    checkOf('get', `${C}/eligible-services`, params(w, c), { allowed: readsCase(a, c), refusals: OF_RECORD }),
  ],
  // A reason too short: a role that may break the glass gets past access (422), nothing is granted.
  [`post ${C}/emergency-access`]: (w, a, c) => [
    checkOf('post', `${C}/emergency-access`, params(w, c), {
      body: { reason: 'short' },
      allowed: can(a, 'break_glass') && can(a, 'case.read'),
      refusals: OF_RECORD,
    }),
  ],
};
