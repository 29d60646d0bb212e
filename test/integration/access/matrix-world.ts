/*
 * Makes the matrix's world at one site, through the API and the real operations: every user of
 * the site signed in, a colleague of the worker, and clients whose cases stand in each relationship
 * to somebody — the worker's own (with a team member), a colleague's, another agency's, and three
 * referred to a partner (running, consent withdrawn, closed) — and emergency access, running and
 * run out, of the roles that may break the glass (`matrix-grants.ts`). Made once per site and reused.
 */
import type { SiteUser } from '../../../platform/cases/authoring/account-store.js';
import { HARNESS_PASSWORD } from '../../support/platform-harness.js';
import { ok, startReferral, startReferralPlatform } from '../referrals/referral-kit.js';
import { withGrants } from './matrix-grants.js';
import type { MatrixSite } from './matrix-sites.js';
import type {
  MatrixActor,
  MatrixCase,
  MatrixReferral,
  MatrixWorld,
  ReferralFate,
} from './matrix-world-types.js';

type Draft = Omit<MatrixCase, 'key' | 'referral' | 'grants' | 'referralFormData'>;

/** Registers client `n` as `opener`, opens their case with the site's forms and records a consent. */
async function openClientCase(
  world: Pick<MatrixWorld, 'site' | 'bundle'>,
  opener: MatrixActor,
  n: number,
  withForms: boolean,
): Promise<Draft> {
  const { site, bundle } = world;
  const api = `/api/sites/${site.siteId}`;
  const registration = site.registration(n);
  const person = ok(
    await opener.client.request('POST', `${api}/persons`, { data: registration, confirmedNew: true }),
    201,
  ).person as { id: string };
  let view = ok(await opener.client.request('POST', `${api}/cases`, { personId: person.id }), 201).case as {
    case: { id: string; version: number };
  };
  const data: Record<string, Record<string, unknown>> = {
    [bundle.site.registration?.form.form ?? 'registration']: registration,
  };
  for (const [formId, formData] of withForms ? site.forms(n) : []) {
    const path = `${api}/cases/${view.case.id}/forms/${formId}`;
    const reply = await opener.client.request('POST', path, { data: formData, version: view.case.version });
    view = ok(reply, 201).case as typeof view;
    data[formId] = formData;
  }
  const consent = ok(
    await opener.client.request('POST', `${api}/persons/${person.id}/consents`, site.referral.consent),
    201,
  ).consent as { id: string };
  return {
    id: view.case.id,
    personId: person.id,
    agency: opener.partnerId,
    ownerUserId: opener.userId,
    teamUserIds: [],
    registeredBy: opener.userId,
    consentId: consent.id,
    data,
  };
}

/** Refers the worker's case under the site's protocol, then leaves the referral to its fate. */
async function referred(
  world: MatrixWorld,
  worker: MatrixActor,
  draft: Draft,
  n: number,
  fate: ReferralFate,
) {
  const { site, bundle } = world;
  const protocol = bundle.referrals[site.referral.protocol];
  if (protocol === undefined) throw new Error(`no protocol ${site.referral.protocol}`);
  const driver = await startReferral(worker.client, site.siteId, draft.id, {
    protocol: protocol.id,
    reason: site.referral.reason,
  });
  const form = site.referral.form(n);
  await driver.fill(worker.client, site.referral.formId, form);
  const sent = await driver.act(worker.client, { type: 'send' });
  const state = (sent.referral as { referral: { receiver: { partnerId: string } } }).referral;
  if (fate === 'consent_withdrawn') {
    const path = `/api/sites/${site.siteId}/persons/${draft.personId}/consents/${draft.consentId}/withdraw`;
    ok(await worker.client.request('POST', path, { by: 'client' }));
  }
  if (fate === 'closed') await driver.act(worker.client, { type: 'cancel', note: 'No longer needed' });
  const referral: MatrixReferral = {
    id: driver.id,
    protocolId: protocol.id,
    senderPartner: worker.partnerId,
    receiverPartner: state.receiver.partnerId,
    fate,
    formId: protocol.form?.form ?? null,
    feedbackFormId: protocol.feedbackForm?.form ?? null,
  };
  return { referral, referralFormData: form };
}

/** Every active member of the site, signed in, with the role the definitions give them. */
async function actorsOf(world: Pick<MatrixWorld, 'site' | 'bundle' | 'platform'>): Promise<MatrixActor[]> {
  const { site, bundle, platform } = world;
  const admin = await platform.signIn(site.admin);
  const api = `/api/sites/${site.siteId}/admin/users`;
  ok(
    await admin.request('POST', api, {
      username: `${site.prefix}.colleague`,
      displayName: 'Matrix colleague',
      password: HARNESS_PASSWORD,
      memberships: [site.colleague],
    }),
    201,
  );
  const users = ok(await admin.request('GET', api)).users as SiteUser[];
  const actors: MatrixActor[] = [];
  for (const user of users) {
    for (const m of user.memberships.filter((x) => x.active)) {
      const role = bundle.site.roles.find((r) => r.id === m.roleId);
      if (role === undefined) throw new Error(`no role ${m.roleId}`);
      const client = await platform.signIn(user.username);
      actors.push({
        username: user.username,
        userId: user.userId,
        partnerId: m.partnerId,
        roleId: m.roleId,
        role,
        client,
      });
    }
  }
  return actors.sort((a, b) => a.username.localeCompare(b.username));
}

function actorNamed(actors: readonly MatrixActor[], username: string): MatrixActor {
  const actor = actors.find((a) => a.username === username);
  if (actor === undefined) throw new Error(`no user ${username}`);
  return actor;
}

const plain = (key: string, draft: Draft): MatrixCase => ({
  ...draft,
  key,
  referral: null,
  grants: new Map(),
  referralFormData: null,
});

/** The world of one site (see the file comment); the platform is the caller's to close. */
export async function buildWorld(site: MatrixSite): Promise<MatrixWorld> {
  const platform = await startReferralPlatform([site.siteId]);
  const bundle = platform.bundles.get(site.siteId);
  if (bundle === undefined) throw new Error(`site ${site.siteId} not started`);
  const base = { site, bundle, platform };
  const actors = await actorsOf(base);
  const worker = actorNamed(actors, site.worker);
  const world: MatrixWorld = { ...base, actors, cases: [], exportFile: undefined };
  const cases: MatrixCase[] = [];
  const own = await openClientCase(world, worker, 1, true);
  if (site.teamMember !== undefined) {
    const member = actorNamed(actors, site.teamMember.username);
    const team = { userId: member.userId, roleId: site.teamMember.roleId };
    ok(await worker.client.request('POST', `/api/sites/${site.siteId}/cases/${own.id}/team`, team), 201);
    cases.push(plain('own, with a team member', { ...own, teamUserIds: [member.userId] }));
  } else cases.push(plain('own', own));
  const colleague = actorNamed(actors, `${site.prefix}.colleague`);
  cases.push(plain('a colleague’s', await openClientCase(world, colleague, 2, true)));
  if (site.otherAgencyWorker !== undefined) {
    const other = actorNamed(actors, site.otherAgencyWorker);
    cases.push(plain('another agency’s', await openClientCase(world, other, 3, false)));
  }
  const fates: ReferralFate[] = ['active', 'consent_withdrawn', 'closed'];
  for (const [i, fate] of fates.entries()) {
    const draft = await openClientCase(world, worker, 4 + i, true);
    const { referral, referralFormData } = await referred(world, worker, draft, 4 + i, fate);
    cases.push({ ...plain(`referred (${fate})`, draft), referral, referralFormData });
  }
  const admin = await platform.signIn(site.admin);
  const exportFile = ok(await admin.request('GET', `/api/sites/${site.siteId}/admin/export`));
  const granted = await withGrants({ ...world, cases }, cases);
  return { ...world, cases: granted, exportFile };
}
