/*
 * Joint casework at the Serbian pilot (Paraćin): the Centre for Social Work holds the young
 * person's case and the National Employment Service's counsellor works on it as a team member —
 * only under the client's consent to CSW–NES exchange, which admits joint casework. Withdrawn or
 * expired, the counsellor is off the case at once; a renewed consent keeps them on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Platform } from '../../support/platform-harness.js';
import { ok, openCaseWith, startReferralPlatform } from '../referrals/referral-kit.js';

const SITE = 'rs-youth-nes-csw';
const API = `/api/sites/${SITE}`;
const CONSENT = { purpose: 'csw-nes-exchange', givenBy: 'client', mode: 'written', evidence: 'Obrazac S-1' };

let platform: Platform;
let csw: Client;
let nes: Client;
let nesManager: Client;
let nesUserId: string;
let personId: string;
let caseId: string;

type Candidate = { userId: string; partnerId: string; roleIds: string[]; consent: { id: string } | null };

async function candidates(): Promise<Candidate[]> {
  return ok(await csw.request('GET', `${API}/cases/${caseId}/team/candidates`)).members as Candidate[];
}

async function caseStatusFor(client: Client): Promise<number> {
  return (await client.request('GET', `${API}/cases/${caseId}`)).status;
}

async function inCaseList(client: Client): Promise<boolean> {
  const list = ok(await client.request('GET', `${API}/cases`)) as { items: { id: string }[] };
  return list.items.some((c) => c.id === caseId);
}

beforeAll(async () => {
  platform = await startReferralPlatform([SITE]);
  csw = await platform.signIn('paracin.csw_case_manager');
  nes = await platform.signIn('paracin.nes_employment_counsellor');
  nesManager = await platform.signIn('paracin.nes_branch_manager');
  nesUserId = (ok(await nes.request('GET', '/api/auth/me')).user as { id: string }).id;
  ({ personId, caseId } = await openCaseWith(
    csw,
    SITE,
    {
      firstName: 'Jelena',
      lastName: 'Zajednička',
      sex: 'female',
      dateOfBirth: '2003-02-11',
      jmbg: '1102003715012',
      address: { street: 'Kneza Miloša 3', municipality: 'paracin' },
    },
    [],
  ));
});
afterAll(() => platform.close());

describe('joint casework between CSW and NES', () => {
  it('without the client’s consent, NES staff are not candidates and cannot be added (422 at /userId)', async () => {
    expect((await candidates()).some((m) => m.partnerId === 'nes-paracin')).toBe(false);
    const reply = await csw.request('POST', `${API}/cases/${caseId}/team`, {
      userId: nesUserId,
      roleId: 'nes_employment_counsellor',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      expect.objectContaining({ pointer: '/userId', code: 'consent_required' }),
    ]);
    expect(await caseStatusFor(nes)).toBe(404);
  });

  it('with it, the counsellor joins in their own role, and sees and works on the case', async () => {
    const consent = ok(await csw.request('POST', `${API}/persons/${personId}/consents`, CONSENT), 201);
    const consentId = (consent.consent as { id: string }).id;
    const counsellor = (await candidates()).find((m) => m.userId === nesUserId);
    expect(counsellor).toMatchObject({ partnerId: 'nes-paracin', consent: { id: consentId } });
    const wrongRole = await csw.request('POST', `${API}/cases/${caseId}/team`, {
      userId: nesUserId,
      roleId: 'csw_case_manager',
    });
    expect([wrongRole.status, (wrongRole.body.errors as { pointer: string }[])[0]?.pointer]).toEqual([
      400,
      '/roleId',
    ]);
    ok(
      await csw.request('POST', `${API}/cases/${caseId}/team`, {
        userId: nesUserId,
        roleId: 'nes_employment_counsellor',
      }),
      201,
    );
    expect(await caseStatusFor(nes)).toBe(200);
    expect(await inCaseList(nes)).toBe(true);
    expect((await nes.request('GET', `${API}/persons/${personId}`)).status).toBe(200);
    // Within their role's form access: the NES assessment yes, the CSW assessment never.
    const view = ok(await nes.request('GET', `${API}/cases/${caseId}`)) as { case: { version: number } };
    const assessment = await nes.request(
      'POST',
      `${API}/cases/${caseId}/forms/nes-employability-assessment`,
      {
        data: {},
        version: view.case.version,
        draft: true,
      },
    );
    expect(assessment.status).not.toBe(403);
    expect(assessment.status).not.toBe(404);
    const cswForm = await nes.request('POST', `${API}/cases/${caseId}/forms/csw-initial-assessment`, {
      data: {},
      version: view.case.version,
      draft: true,
    });
    expect(cswForm.status).toBe(403);
    // Their branch manager (agency scope) does not reach the CSW's case through them.
    expect(await caseStatusFor(nesManager)).toBe(404);
  });

  it('a withdrawal takes them off the case at once; a renewed consent brings the membership back', async () => {
    const consents = ok(await csw.request('GET', `${API}/persons/${personId}/consents`)).items as {
      id: string;
      state: string;
    }[];
    const active = consents.find((c) => c.state === 'active');
    ok(
      await csw.request('POST', `${API}/persons/${personId}/consents/${active?.id}/withdraw`, {
        by: 'client',
      }),
    );
    expect(await caseStatusFor(nes)).toBe(404);
    expect(await inCaseList(nes)).toBe(false);
    expect((await nes.request('GET', `${API}/persons/${personId}`)).status).toBe(404);
    expect((await candidates()).some((m) => m.partnerId === 'nes-paracin')).toBe(false);
    ok(await csw.request('POST', `${API}/persons/${personId}/consents`, CONSENT), 201);
    expect(await caseStatusFor(nes)).toBe(200);
  });

  it('an expired consent takes them off the case, as the clock moves past its end', async () => {
    expect(await caseStatusFor(nes)).toBe(200);
    platform.clock.advance(400 * 24 * 3600 * 1000);
    nes = await platform.signIn('paracin.nes_employment_counsellor');
    expect(await caseStatusFor(nes)).toBe(404);
    expect(await inCaseList(nes)).toBe(false);
  });
});
