import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, TEST_SCRYPT_PARAMS } from '../../../platform/http/auth/password-hash.js';
import { createMembership, createUser } from '../../../platform/storage/accounts.js';
import { edit, fixtureResolver } from '../../support/fixture-sites.js';
import {
  type Client,
  HARNESS_PASSWORD,
  type Platform,
  startPlatform,
} from '../../support/platform-harness.js';

const SITE = '/api/sites/fx-site';
const HOUR = 3_600_000;
let platform: Platform;
let worker: Client;
let duty: Client;
let supervisor: Client;
let personId: string;
let caseId: string;

type Problem = { code: string; detail: string; errors?: { pointer: string; code: string }[] };

beforeAll(async () => {
  // Case managers may break the glass and read disclosure logs; emergency access lasts 4 hours here.
  const resolve = fixtureResolver((files) => {
    edit<{ roles: { id: string; permissions: string[] }[] }>(files, 'fx-base/fx-base.site.json', (site) => {
      site.roles.find((r) => r.id === 'case_manager')?.permissions.push('break_glass', 'disclosure.read');
    });
    edit<{ settings: Record<string, unknown> }>(files, 'fx-site/fx-site.site.json', (site) => {
      site.settings.break_glass_hours = {
        value: 4,
        unit: 'hours',
        label: { en: 'Emergency access', fr: 'Accès d’urgence' },
        source: 'assumption',
      };
    });
  });
  platform = await startPlatform(['fx-site'], resolve);
  const user = await createUser(platform.db.db, {
    username: 'fixture.duty_worker',
    displayName: 'Duty worker',
    passwordHash: await hashPassword(HARNESS_PASSWORD, TEST_SCRYPT_PARAMS),
    active: true,
  });
  await createMembership(platform.db.db, {
    userId: user.id,
    siteId: 'fx-site',
    partnerId: 'hub',
    roleId: 'case_manager',
  });
  worker = await platform.signIn('fixture.case_manager');
  duty = await platform.signIn('fixture.duty_worker');
  supervisor = await platform.signIn('fixture.supervisor');
  const person = await worker.request('POST', `${SITE}/persons`, {
    data: {
      firstName: 'Dilnoza',
      lastName: 'Karimova',
      birthDate: '2012-03-04',
      sex: 'f',
      nationalId: '81000001',
    },
  });
  personId = (person.body.person as { id: string }).id;
  const opened = await worker.request('POST', `${SITE}/cases`, { personId });
  caseId = (opened.body.case as { case: { id: string } }).case.id;
});
afterAll(() => platform.close());

const grantPath = () => `${SITE}/cases/${caseId}/emergency-access`;
const REASON = 'Police called at night: child found alone, need the safety plan';

describe('break-the-glass access to a case', () => {
  it('is out of reach before: the duty worker does not see the case', async () => {
    expect((await duty.request('GET', `${SITE}/cases/${caseId}`)).status).toBe(404);
    expect((await duty.request('GET', `${SITE}/persons/${personId}`)).status).toBe(404);
  });

  it('finds the case by the exact identifier, showing only who holds it and where it stands', async () => {
    const found = await duty.request('GET', `${SITE}/emergency-access/lookup?identifier=81000001`);
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([
      {
        caseId,
        agency: 'hub',
        sopId: expect.any(String),
        stage: expect.any(String),
        status: 'open',
        openedAt: expect.any(String),
        access: 'none',
        expiresAt: null,
      },
    ]);
    expect(JSON.stringify(found.body)).not.toMatch(/Dilnoza|Karimova|2012-03-04/);
    expect(
      (await duty.request('GET', `${SITE}/emergency-access/lookup?identifier=8100000`)).body.items,
    ).toEqual([]);
    expect((await duty.request('GET', `${SITE}/emergency-access/lookup`)).status).toBe(400);
    expect(
      (await supervisor.request('GET', `${SITE}/emergency-access/lookup?identifier=81000001`)).status,
    ).toBe(403);
  });

  it('is refused without break_glass (403), without a reason (422 at /reason), for an unknown case (404)', async () => {
    expect((await supervisor.request('POST', grantPath(), { reason: REASON })).status).toBe(403);
    for (const body of [{}, { reason: 'urgent' }, { reason: 42 }]) {
      const refused = await duty.request('POST', grantPath(), body);
      expect(refused.status).toBe(422);
      expect((refused.body as Problem).errors?.[0]?.pointer).toBe('/reason');
    }
    const unknown = '01900000-0000-7000-8000-000000000000';
    expect(
      (await duty.request('POST', `${SITE}/cases/${unknown}/emergency-access`, { reason: REASON })).status,
    ).toBe(404);
    expect(
      (await duty.request('POST', `${SITE}/cases/nope/emergency-access`, { reason: REASON })).status,
    ).toBe(404);
    expect(
      (
        await duty.request('POST', `/api/sites/fx-referrals/cases/${caseId}/emergency-access`, {
          reason: REASON,
        })
      ).status,
    ).toBe(404);
  });

  it('is not for a case one already works on (409)', async () => {
    expect((await worker.request('POST', grantPath(), { reason: REASON })).status).toBe(409);
  });

  it('grants read-only access for the site’s hours, recorded in the history', async () => {
    const granted = await duty.request('POST', grantPath(), { reason: `  ${REASON} ` });
    expect(granted.status).toBe(201);
    const grant = granted.body.emergencyAccess as Record<string, string>;
    expect(grant).toMatchObject({ caseId, reason: REASON, grantedAt: '2025-01-06T09:00:00.000Z' });
    expect(grant.expiresAt).toBe('2025-01-06T13:00:00.000Z');
    expect((await duty.request('POST', grantPath(), { reason: REASON })).status).toBe(409);

    const view = await duty.request('GET', `${SITE}/cases/${caseId}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      access: 'emergency',
      emergency: { expiresAt: grant.expiresAt, reason: REASON },
    });
    expect(view.body.actions).toEqual([]);
    expect((view.body.forms as { access: string }[]).every((f) => f.access !== 'write')).toBe(true);
    expect((await worker.request('GET', `${SITE}/cases/${caseId}`)).body.access).toBe('staff');

    const history = await duty.request('GET', `${SITE}/cases/${caseId}/history`);
    const event = (history.body.items as { type: string; payload: Record<string, unknown> }[]).find(
      (e) => e.type === 'case.emergency_access',
    );
    expect(event?.payload).toMatchObject({ reason: REASON, expiresAt: grant.expiresAt });

    const list = await duty.request('GET', `${SITE}/cases`);
    expect((list.body.items as { id: string }[]).map((c) => c.id)).toContain(caseId);
    expect((await duty.request('GET', `${SITE}/persons/${personId}`)).status).toBe(200);
    const found = await duty.request('GET', `${SITE}/emergency-access/lookup?caseId=${caseId}`);
    expect(found.body.items).toMatchObject([{ access: 'emergency', expiresAt: grant.expiresAt }]);
  });

  it('refuses every change through emergency access (403, read-only)', async () => {
    const version = (
      (await worker.request('GET', `${SITE}/cases/${caseId}`)).body.case as { version: number }
    ).version;
    const writes: [string, string, unknown][] = [
      ['POST', `${SITE}/cases/${caseId}/actions`, { type: 'set_passive', version }],
      ['POST', `${SITE}/cases/${caseId}/actions`, { type: 'close', reason: 'done', version }],
      ['POST', `${SITE}/cases/${caseId}/forms/screening`, { data: {}, version }],
      ['PUT', `${SITE}/cases/${caseId}/drafts/screening`, { data: {} }],
      ['PUT', `${SITE}/persons/${personId}`, { data: { firstName: 'X' }, version: 1 }],
      ['POST', `${SITE}/cases/${caseId}/referrals`, { protocol: 'to-employment' }],
    ];
    for (const [method, path, body] of writes) {
      const refused = await duty.request(method, path, body);
      expect(refused.status, `${method} ${path}`).toBe(403);
    }
    const refused = await duty.request('POST', `${SITE}/cases/${caseId}/actions`, {
      type: 'set_passive',
      version,
    });
    expect((refused.body as Problem).detail).toMatch(/read-only/);
  });

  it('tells the client: a break_glass entry in their disclosure log and report', async () => {
    const log = await worker.request('GET', `${SITE}/persons/${personId}/disclosures`);
    expect(log.status).toBe(200);
    const entries = log.body.entries as { reason: string; recipientUser?: string; fields: string[] }[];
    const entry = entries.find((e) => e.reason === 'break_glass');
    expect(entry?.fields).toEqual(
      expect.arrayContaining(['registration/firstName', 'registration/lastName']),
    );
    const report = (log.body.report as { text: string }[]).map((r) => r.text).join('\n');
    expect(report).toMatch(/Duty worker/);
    expect(report).toMatch(/emergency/i);
  });

  it('shows supervisors who broke the glass on their agency’s cases', async () => {
    const list = await supervisor.request('GET', `${SITE}/emergency-access`);
    expect(list.status).toBe(200);
    expect(list.body.items).toMatchObject([
      { caseId, userName: 'Duty worker', reason: REASON, active: true },
    ]);
    expect((await duty.request('GET', `${SITE}/emergency-access`)).body.items).toHaveLength(1);
  });

  it('runs out: afterwards the case is "not found" again', async () => {
    platform.clock.advance(4 * HOUR - 1);
    expect((await duty.request('GET', `${SITE}/cases/${caseId}`)).status).toBe(200);
    platform.clock.advance(1);
    expect((await duty.request('GET', `${SITE}/cases/${caseId}`)).status).toBe(404);
    expect((await duty.request('GET', `${SITE}/cases/${caseId}/history`)).status).toBe(404);
    expect((await duty.request('GET', `${SITE}/persons/${personId}`)).status).toBe(404);
    const list = await duty.request('GET', `${SITE}/cases`);
    expect((list.body.items as { id: string }[]).map((c) => c.id)).not.toContain(caseId);
    const supervised = await supervisor.request('GET', `${SITE}/emergency-access`);
    expect(supervised.body.items).toMatchObject([{ caseId, active: false }]);
  });
});
