import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyEvents } from '../../../platform/storage/verify-events.js';
import { fixtureResolver } from '../../support/fixture-sites.js';
import { type Client, type Platform, startPlatform } from '../../support/platform-harness.js';

const SITE = '/api/sites/fx-site';
const adult = {
  firstName: 'Aziza',
  lastName: 'Karimova',
  birthDate: '1990-04-12',
  sex: 'f',
  nationalId: '12345678',
};

let platform: Platform;
let worker: Client;
let supervisor: Client;

beforeAll(async () => {
  platform = await startPlatform(['fx-site'], fixtureResolver());
  worker = await platform.signIn('fixture.case_manager');
  supervisor = await platform.signIn('fixture.supervisor');
});
afterAll(() => platform.close());

async function register(data: Record<string, unknown>, confirmedNew = false) {
  return worker.request('POST', `${SITE}/persons`, { data, confirmedNew });
}

async function openCaseFor(data: Record<string, unknown>) {
  const person = await register(data, true);
  expect(person.status).toBe(201);
  const opened = await worker.request('POST', `${SITE}/cases`, {
    personId: (person.body.person as { id: string }).id,
  });
  expect(opened.status).toBe(201);
  return opened.body.case as {
    case: { id: string; version: number; stage: string };
    state: { tasks: { defId: string; status: string }[] };
  };
}

describe('persons', () => {
  it('rejects invalid registration data with a pointer to each field', async () => {
    const reply = await register({ firstName: '', birthDate: '1990-13-01', nationalId: 'abc' });
    expect(reply.status).toBe(422);
    expect(reply.headers.get('content-type')).toContain('application/problem+json');
    const pointers = (reply.body.errors as { pointer: string }[]).map((e) => e.pointer).sort();
    expect(pointers).toEqual(
      expect.arrayContaining(['/data/birthDate', '/data/lastName', '/data/nationalId']),
    );
  });

  it('registers a person, then reports the same identifier and a similar name with the same birth date as duplicates', async () => {
    const first = await register(adult);
    expect(first.status).toBe(201);
    const again = await register({
      ...adult,
      firstName: 'Aziza',
      lastName: 'Karimowa',
      nationalId: '87654321',
    });
    expect(again.status).toBe(409);
    const candidates = again.body.candidates as { id: string; reasons: string[] }[];
    expect(candidates.flatMap((c) => c.reasons)).toContain('name_and_birth_date');
    const sameId = await register({
      ...adult,
      firstName: 'Someone',
      lastName: 'Else',
      birthDate: '1970-01-01',
    });
    expect((sameId.body.candidates as { reasons: string[] }[])[0]?.reasons).toEqual([
      'identifier:national_id',
    ]);
    const confirmed = await register(
      { ...adult, firstName: 'Aziza', lastName: 'Karimowa', nationalId: '87654321' },
      true,
    );
    expect(confirmed.status).toBe(201);
  });

  it('finds persons by a misspelt name in another script', async () => {
    const found = await worker.request('GET', `${SITE}/persons?q=${encodeURIComponent('Карімова')}`);
    expect(found.status).toBe(200);
    expect((found.body.items as { displayName: string }[]).map((p) => p.displayName)).toContain(
      'Aziza Karimova',
    );
  });
});

describe('cases', () => {
  it('opens a case in the first stage with its tasks, and exposes what can happen next', async () => {
    const view = await openCaseFor({ ...adult, nationalId: '11112222' });
    expect(view.case.stage).toBe('intake');
    expect(view.state.tasks.map((t) => `${t.defId}:${t.status}`)).toEqual(['screen:open']);
  });

  it('validates submissions on the server and applies them to the SOP', async () => {
    const view = await openCaseFor({
      firstName: 'Bobur',
      lastName: 'Aliyev',
      birthDate: '1985-02-03',
      sex: 'm',
      nationalId: '22223333',
    });
    const path = `${SITE}/cases/${view.case.id}/forms/screening`;
    const invalid = await worker.request('POST', path, {
      data: { severity: 'extreme', hasDisability: true },
      version: view.case.version,
    });
    expect(invalid.status).toBe(422);
    const pointers = (invalid.body.errors as { pointer: string }[]).map((e) => e.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining(['/data/severity', '/data/screenedOn', '/data/disabilityGroup']),
    );
    const ok = await worker.request('POST', path, {
      data: {
        screenedOn: '2025-01-06',
        severity: 'high',
        hasDisability: true,
        disabilityGroup: 'II',
        consent: true,
      },
      version: view.case.version,
    });
    expect(ok.status).toBe(201);
    const after = ok.body.case as {
      case: { version: number; weight: number };
      state: { tasks: { defId: string; status: string }[] };
    };
    expect(after.case.version).toBe(view.case.version + 1);
    expect(after.case.weight).toBe(2);
    expect(after.state.tasks.find((t) => t.defId === 'screen')?.status).toBe('done');
  });

  it('refuses a stale write with 409 and loses nothing', async () => {
    const view = await openCaseFor({
      firstName: 'Dilnoza',
      lastName: 'Umarova',
      birthDate: '1992-07-08',
      sex: 'f',
      nationalId: '33334444',
    });
    const path = `${SITE}/cases/${view.case.id}/forms/screening`;
    const data = { screenedOn: '2025-01-06', severity: 'low', hasDisability: false };
    expect((await worker.request('POST', path, { data, version: view.case.version })).status).toBe(201);
    const stale = await worker.request('POST', path, {
      data: { ...data, severity: 'high' },
      version: view.case.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('stale_version');
    const current = await worker.request('GET', `${SITE}/cases/${view.case.id}`);
    expect((current.body.data as Record<string, { severity: string }>).screening?.severity).toBe('low');
    expect(current.headers.get('etag')).toBe(`"${view.case.version + 1}"`);
  });

  it("keeps a worker's draft until they submit the form", async () => {
    const view = await openCaseFor({
      firstName: 'Iroda',
      lastName: 'Draft',
      birthDate: '1993-03-03',
      sex: 'f',
      nationalId: '88889999',
    });
    const base = `${SITE}/cases/${view.case.id}`;
    expect(
      (await worker.request('PUT', `${base}/drafts/screening`, { data: { severity: 'low' } })).status,
    ).toBe(200);
    expect(
      ((await worker.request('GET', `${base}/forms/screening`)).body.draft as { data: unknown }).data,
    ).toEqual({ severity: 'low' });
    await worker.request('POST', `${base}/forms/screening`, {
      data: { screenedOn: '2025-01-06', severity: 'low', hasDisability: false },
      version: view.case.version,
    });
    const after = await worker.request('GET', `${base}/forms/screening`);
    expect(after.body.draft).toBeNull();
    expect((after.body.submissions as { createdByName: string }[])[0]?.createdByName).toBeTruthy();
  });

  it('requires a version for writes (428)', async () => {
    const view = await openCaseFor({
      firstName: 'Erkin',
      lastName: 'Tosh',
      birthDate: '1980-01-01',
      sex: 'm',
      nationalId: '44445555',
    });
    const reply = await worker.request('POST', `${SITE}/cases/${view.case.id}/actions`, {
      type: 'advance',
      to: 'assessment',
    });
    expect(reply.status).toBe(428);
  });

  it('explains a blocked transition', async () => {
    const view = await openCaseFor({
      firstName: 'Farrux',
      lastName: 'Young',
      birthDate: '2010-05-05',
      sex: 'm',
      nationalId: '55556666',
    });
    const submitted = await worker.request('POST', `${SITE}/cases/${view.case.id}/forms/screening`, {
      data: { screenedOn: '2025-01-06', severity: 'low', hasDisability: true, disabilityGroup: 'I' },
      version: view.case.version,
    });
    const version = (submitted.body.case as { case: { version: number } }).case.version;
    const blocked = await worker.request(
      'POST',
      `${SITE}/cases/${view.case.id}/actions`,
      { type: 'advance', to: 'assessment' },
      { 'if-match': `"${version}"` },
    );
    expect(blocked.status).toBe(422);
    expect(blocked.body.code).toBe('guard_failed');
    expect(blocked.body.blockedBy).toEqual(['guard_failed']);
    expect(String(blocked.body.detail)).toMatch(/Start assessment/);
    expect(blocked.body.reasons).toHaveLength(1);
  });

  it("hides cases of other sites and outside the actor's scope as 404", async () => {
    const view = await openCaseFor({
      firstName: 'Gulnora',
      lastName: 'Saidova',
      birthDate: '1991-09-09',
      sex: 'f',
      nationalId: '66667777',
    });
    expect((await worker.request('GET', `/api/sites/other-site/cases/${view.case.id}`)).status).toBe(404);
    const counsellor = await platform.signIn('fixture.counsellor');
    expect((await counsellor.request('GET', `${SITE}/cases/${view.case.id}`)).status).toBe(404);
    expect((await supervisor.request('GET', `${SITE}/cases/${view.case.id}`)).status).toBe(200);
  });

  it('keeps a hash-chained history of every change', async () => {
    const view = await openCaseFor({
      firstName: 'Hamid',
      lastName: 'Nazarov',
      birthDate: '1979-03-03',
      sex: 'm',
      nationalId: '77778888',
    });
    await worker.request('POST', `${SITE}/cases/${view.case.id}/forms/screening`, {
      data: { screenedOn: '2025-01-06', severity: 'low', hasDisability: false },
      version: view.case.version,
    });
    const history = await worker.request('GET', `${SITE}/cases/${view.case.id}/history`);
    expect((history.body.items as { type: string }[]).map((e) => e.type)).toEqual([
      'case.open',
      'case.submit',
    ]);
    const verified = await verifyEvents(platform.db.db, { streamId: view.case.id });
    expect(verified.broken).toEqual([]);
    expect(verified.events).toBe(2);
  });
});
