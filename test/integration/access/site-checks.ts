/*
 * The matrix's operations on the whole site, once per actor: definitions, searches and lists
 * (whose content is checked against the oracle too), registering and opening, work queues, KPIs
 * and administration. None concerns one case, so a refusal is a 403.
 */
import type { Permission } from '../../../platform/definitions/definition-types.generated.js';
import { doesCaseWork, readsCase, receives, seesCase, seesPerson } from './access-oracle.js';
import { type Check, checkOf, NOBODY, OF_SITE, opKey, type SiteCheckSource } from './matrix-check.js';
import { can, type MatrixActor, type MatrixWorld } from './matrix-world-types.js';

const S = '/api/sites/{siteId}';
const A = `${S}/admin`;
type Method = 'get' | 'post' | 'put' | 'delete';

const site = (w: MatrixWorld) => ({ siteId: w.site.siteId });
const has = (permission: Permission) => (a: MatrixActor) => can(a, permission);
const anyone = () => true;
const ids = (key: string) => (body: Record<string, unknown>) =>
  ((body.items ?? []) as Record<string, unknown>[]).map((i) => String(i[key]));

/** A site operation allowed when `rule` holds for the actor. */
function siteOp(
  method: Method,
  path: string,
  rule: (a: MatrixActor, w: MatrixWorld) => boolean,
  extra: Partial<Pick<Check, 'body' | 'listed' | 'read'>> & {
    params?: (w: MatrixWorld) => Record<string, string>;
  } = {},
): [string, SiteCheckSource] {
  const { params = () => ({}), ...rest } = extra;
  return [
    opKey(method, path),
    (w, a) => [
      checkOf(
        method,
        path,
        { ...site(w), ...params(w) },
        { allowed: rule(a, w), refusals: OF_SITE, ...rest },
      ),
    ],
  ];
}

/** The case list, person search and referral list must hold exactly what the oracle lets the actor see. */
function listed(w: MatrixWorld, a: MatrixActor) {
  return {
    cases: w.cases.filter((c) => readsCase(a, c)).map((c) => c.id),
    persons: w.cases.filter((c) => seesPerson(a, c)).map((c) => c.personId),
    referrals: w.cases.flatMap((c) =>
      c.referral !== null && ((seesCase(a, c) && c.referral.senderPartner === a.partnerId) || receives(a, c))
        ? [c.referral.id]
        : [],
    ),
  };
}

const LISTS = {
  cases: { path: `${S}/cases`, allowed: has('case.read') },
  persons: { path: `${S}/persons`, allowed: has('person.read') },
  referrals: { path: `${S}/referrals`, allowed: doesCaseWork },
} as const;

function listCheck(list: keyof typeof LISTS): [string, SiteCheckSource] {
  const { path, allowed } = LISTS[list];
  return [
    opKey('get', path),
    (w, a) => [
      checkOf('get', path, site(w), {
        query: 'limit=200',
        allowed: allowed(a),
        refusals: OF_SITE,
        listed: { ids: ids('id'), expected: listed(w, a)[list] },
      }),
    ],
  ];
}

/** Who may create sites: an administrator (publishes definitions and manages users) of some site. */
const siteAdministrator = (a: MatrixActor) => can(a, 'definitions.publish') && can(a, 'users.manage');
const sopOf = (w: MatrixWorld) => Object.values(w.bundle.sops)[0];
const indicatorOf = (w: MatrixWorld) => Object.keys(w.bundle.indicators)[0] ?? 'none';

/** The site operations of the API, keyed by `<method> <path>`. */
export const SITE_CHECKS: Readonly<Record<string, SiteCheckSource>> = Object.fromEntries([
  siteOp('get', `${S}/definitions`, anyone),
  listCheck('cases'),
  listCheck('persons'),
  listCheck('referrals'),
  siteOp('post', `${S}/persons`, has('person.register'), { body: { data: 'not form data' } }),
  [
    opKey('post', `${S}/cases`),
    (w, a) => {
      const sop = sopOf(w);
      const opens =
        can(a, 'case.open') && (sop?.openedBy === undefined || sop.openedBy.includes(a.partnerId));
      return [
        checkOf('post', `${S}/cases`, site(w), {
          body: { personId: NOBODY, sopId: sop?.id },
          allowed: opens,
          refusals: OF_SITE,
        }),
      ];
    },
  ],
  siteOp('get', `${S}/work/tasks`, doesCaseWork),
  siteOp('get', `${S}/work/caseload`, has('case.assign')),
  siteOp('get', `${S}/work/colleagues`, anyone),
  // Emergency access: the lookup (by an id nobody has) for roles that may break the glass; the
  // supervisors' list holds the grants on cases in the actor's own scope, and their own.
  [
    opKey('get', `${S}/emergency-access/lookup`),
    (w, a) => [
      checkOf('get', `${S}/emergency-access/lookup`, site(w), {
        query: `caseId=${NOBODY}`,
        allowed: can(a, 'break_glass') && can(a, 'case.read'),
        refusals: OF_SITE,
      }),
    ],
  ],
  [
    opKey('get', `${S}/emergency-access`),
    (w, a) => [
      checkOf('get', `${S}/emergency-access`, site(w), {
        query: 'limit=200',
        allowed: can(a, 'case.read'),
        refusals: OF_SITE,
        listed: {
          ids: ids('caseId'),
          expected: w.cases.flatMap((c) =>
            [...c.grants.keys()].filter((user) => seesCase(a, c) || user === a.userId).map(() => c.id),
          ),
        },
      }),
    ],
  ],
  siteOp('get', `${S}/kpis`, has('kpi.read')),
  siteOp('get', `${S}/kpis.csv`, has('kpi.read')),
  [
    opKey('get', `${S}/kpis/{indicatorId}`),
    (w, a) => [
      checkOf(
        'get',
        `${S}/kpis/{indicatorId}`,
        { ...site(w), indicatorId: indicatorOf(w) },
        {
          allowed: can(a, 'kpi.read'),
          refusals: OF_SITE,
        },
      ),
    ],
  ],
  siteOp('post', `${S}/match-count`, has('definitions.read'), {
    body: { logic: { '==': [1, 1] }, subject: 'person' },
  }),
  // The service directory is the partnership's public offer: every member reads it.
  siteOp('get', `${S}/services`, anyone),
  siteOp('get', `${S}/services.hsds.json`, anyone),
  siteOp('get', `${S}/services/{serviceId}`, anyone, {
    params: (w) => ({ serviceId: Object.keys(w.bundle.services)[0] ?? 'none' }),
  }),
  ...adminOps(),
]);

/** Administration: each operation needs the permission its summary names; requests change nothing. */
function adminOps(): [string, SiteCheckSource][] {
  const read = has('definitions.read');
  const users = has('users.manage');
  return [
    siteOp('get', `${A}/definitions`, read),
    siteOp('get', `${A}/definitions/{kind}/{id}`, read, {
      params: (w) => ({ kind: 'site', id: w.site.siteId }),
    }),
    siteOp('put', `${A}/definitions/{kind}/{id}`, has('definitions.edit'), {
      params: () => ({ kind: 'form', id: 'Not-An-Id' }),
      body: { json: {} },
    }),
    siteOp('delete', `${A}/definitions/{kind}/{id}`, has('definitions.edit'), {
      params: () => ({ kind: 'form', id: 'no-such-draft' }),
    }),
    siteOp('delete', `${A}/drafts`, has('definitions.edit')),
    // A dry run (no `apply`) of an empty document: problems, nothing saved.
    siteOp('post', `${A}/services/import-hsds`, has('definitions.edit'), { body: {} }),
    siteOp('post', `${A}/check`, read),
    siteOp('post', `${A}/test`, read),
    siteOp('post', `${A}/simulate`, read, { body: { logic: { '==': [1, 1] }, facts: {} } }),
    siteOp('get', `${A}/diff`, read),
    // No drafts: publishing answers "nothing new"; there is no earlier version to roll back to.
    siteOp('post', `${A}/publish`, has('definitions.publish'), { body: {} }),
    siteOp('get', `${A}/versions`, read),
    siteOp('post', `${A}/rollback`, has('definitions.publish'), { body: {} }),
    siteOp('post', `${A}/migrations`, has('definitions.migrate'), {
      body: { fromVersionId: NOBODY, toVersionId: NOBODY, dryRun: true },
    }),
    siteOp('get', `${A}/migrations`, read),
    // No migration has run: the one asked for is not found, once the permission let the request in.
    siteOp('get', `${A}/migrations/{migrationId}`, read, {
      params: () => ({ migrationId: NOBODY }),
      read: false,
    }),
    siteOp('get', `${A}/export`, read),
    siteOp('get', `${A}/users`, users),
    siteOp('post', `${A}/users`, users, {
      body: { username: '!', displayName: 'Nobody', memberships: [] },
    }),
    siteOp('put', `${A}/users/{userId}/active`, users, {
      params: () => ({ userId: NOBODY }),
      body: { active: true },
    }),
    siteOp('post', `${A}/memberships`, users, {
      body: { username: 'nobody', partnerId: 'no-partner', roleId: 'no-role' },
    }),
    siteOp('delete', `${A}/memberships/{membershipId}`, users, { params: () => ({ membershipId: NOBODY }) }),
    siteOp('get', '/api/admin/templates', siteAdministrator),
    siteOp('post', '/api/admin/sites', siteAdministrator, { body: { dryRun: true, site: {} } }),
    [
      opKey('post', '/api/admin/import'),
      (w, a) => [
        checkOf(
          'post',
          '/api/admin/import',
          {},
          {
            body: { bundle: w.exportFile, apply: false },
            allowed: read(a),
            refusals: OF_SITE,
          },
        ),
      ],
    ],
  ];
}
