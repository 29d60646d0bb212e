/*
 * The matrix's operations on a case's client (record, client unit, consents, disclosure log) and
 * on its referral (view, current shared data, forms, actions, letter).
 */
import {
  currentShared,
  formAtLeast,
  readsPerson,
  seesCase,
  seesPerson,
  seesReferral,
} from './access-oracle.js';
import { type Check, type CheckSource, checkOf, NOBODY, OF_RECORD, STALE } from './matrix-check.js';
import { can, type MatrixActor, type MatrixCase, type MatrixWorld } from './matrix-world-types.js';

const P = '/api/sites/{siteId}/persons/{personId}';
const R = '/api/sites/{siteId}/referrals/{referralId}';

const person = (w: MatrixWorld, c: MatrixCase) => ({ siteId: w.site.siteId, personId: c.personId });

function personCheck(
  method: 'get' | 'post' | 'put' | 'delete',
  path: string,
  allowed: (a: MatrixActor, c: MatrixCase) => boolean,
  body?: (c: MatrixCase) => unknown,
  extra: (c: MatrixCase) => Record<string, string> = () => ({}),
): CheckSource {
  return (w, a, c) => [
    checkOf(
      method,
      path,
      { ...person(w, c), ...extra(c) },
      {
        allowed: allowed(a, c),
        refusals: OF_RECORD,
        ...(body ? { body: body(c) } : {}),
      },
    ),
  ];
}

const seesAnd = (permission: Parameters<typeof can>[1]) => (a: MatrixActor, c: MatrixCase) =>
  seesPerson(a, c) && can(a, permission);

/** The person operations of the API (about each case's client), keyed by `<method> <path>`. */
export const PERSON_CHECKS: Readonly<Record<string, CheckSource>> = {
  [`get ${P}`]: personCheck('get', P, readsPerson),
  [`put ${P}`]: personCheck('put', P, seesAnd('person.update'), () => ({ data: 'x', version: STALE })),
  [`get ${P}/client-unit`]: personCheck('get', `${P}/client-unit`, seesPerson),
  [`post ${P}/client-unit`]: personCheck('post', `${P}/client-unit`, seesAnd('person.update'), (c) => ({
    relatedPersonId: c.personId,
    relation: 'matrix-placeholder',
  })),
  [`delete ${P}/client-unit/{relatedPersonId}`]: personCheck(
    'delete',
    `${P}/client-unit/{relatedPersonId}`,
    seesAnd('person.update'),
    undefined,
    () => ({ relatedPersonId: NOBODY }),
  ),
  [`get ${P}/consents`]: personCheck('get', `${P}/consents`, seesPerson),
  [`post ${P}/consents`]: personCheck('post', `${P}/consents`, seesAnd('consent.record'), () => ({
    purpose: 'matrix-placeholder',
    givenBy: 'client',
    mode: 'verbal',
  })),
  [`post ${P}/consents/{consentId}/withdraw`]: personCheck(
    'post',
    `${P}/consents/{consentId}/withdraw`,
    seesAnd('consent.withdraw'),
    () => ({ by: 'client', version: STALE }),
    (c) => ({ consentId: c.consentId }),
  ),
  [`get ${P}/disclosures`]: personCheck('get', `${P}/disclosures`, seesAnd('disclosure.read')),
};

/** Checks about the case's referral; none when it has none. */
function referralCheck(
  build: (w: MatrixWorld, a: MatrixActor, c: MatrixCase, id: string) => Check[],
): CheckSource {
  return (w, a, c) => (c.referral === null ? [] : build(w, a, c, c.referral.id));
}

const referral = (w: MatrixWorld, id: string) => ({ siteId: w.site.siteId, referralId: id });

/** Who may fill a referral's own form: the sending agency its referral form, the receiving one the counter-referral. */
function fills(a: MatrixActor, c: MatrixCase, formId: string): boolean {
  const r = c.referral;
  if (r === null || !seesReferral(a, c) || !formAtLeast(a, formId, 'write')) return false;
  if (formId === r.formId) return a.partnerId === r.senderPartner && can(a, 'referral.send');
  const receiver = can(a, 'referral.respond') || can(a, 'referral.deliver');
  return formId === r.feedbackFormId && a.partnerId === r.receiverPartner && receiver;
}

/** The referral operations of the API (about each case's referral), keyed by `<method> <path>`. */
export const REFERRAL_CHECKS: Readonly<Record<string, CheckSource>> = {
  [`get ${R}`]: referralCheck((w, a, c, id) => [
    checkOf('get', R, referral(w, id), { allowed: seesReferral(a, c), refusals: OF_RECORD }),
    checkOf('get', R, referral(w, id), {
      variant: 'current shared data',
      query: 'current=true',
      allowed: seesCase(a, c) || currentShared(a, c),
      // A receiver refused the current data (consent withdrawn, referral over) gets a readable 422.
      refusals: [...OF_RECORD, 422],
    }),
  ]),
  [`post ${R}/forms/{formId}`]: referralCheck((w, a, c, id) =>
    [c.referral?.formId, c.referral?.feedbackFormId].flatMap((formId) =>
      formId == null
        ? []
        : [
            checkOf(
              'post',
              `${R}/forms/{formId}`,
              { ...referral(w, id), formId },
              {
                variant: formId,
                body: { data: 'not form data' },
                allowed: fills(a, c, formId),
                refusals: OF_RECORD,
              },
            ),
          ],
    ),
  ),
  [`post ${R}/actions`]: referralCheck((w, a, c, id) => [
    checkOf('post', `${R}/actions`, referral(w, id), {
      body: { type: 'receive', version: STALE },
      allowed: seesReferral(a, c),
      refusals: OF_RECORD,
    }),
  ]),
  [`get ${R}/letter`]: referralCheck((w, a, c, id) => [
    checkOf('get', `${R}/letter`, referral(w, id), { allowed: seesReferral(a, c), refusals: OF_RECORD }),
  ]),
};
