/*
 * Unexpected allows the authorization matrix found, each fixed and pinned here at the Tashkent
 * pilot: a client's consent registry and disclosure log were open to any role with the permission
 * (not only to those who work with the client), and roles without case work (boards, M&E) got
 * empty work queues and referral lists instead of a refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Platform } from '../../support/platform-harness.js';
import { HARNESS_PASSWORD } from '../../support/platform-harness.js';
import { ok, openCaseWith, startReferralPlatform } from '../referrals/referral-kit.js';

const SITE = 'uz-tashkent-icm';
const API = `/api/sites/${SITE}`;

let platform: Platform;
let worker: Client;
let colleague: Client;
let supervisor: Client;
let counsellor: Client;
let board: Client;
let personId: string;
let consentId: string;

beforeAll(async () => {
  platform = await startReferralPlatform([SITE]);
  const admin = await platform.signIn('tashkent.site_admin.inson-almazar');
  ok(
    await admin.request('POST', `${API}/admin/users`, {
      username: 'tashkent.second_case_manager',
      displayName: 'Second case manager',
      password: HARNESS_PASSWORD,
      memberships: [{ partnerId: 'inson-almazar', roleId: 'case_manager' }],
    }),
    201,
  );
  worker = await platform.signIn('tashkent.case_manager');
  colleague = await platform.signIn('tashkent.second_case_manager');
  supervisor = await platform.signIn('tashkent.supervisor');
  counsellor = await platform.signIn('tashkent.employment_counsellor');
  board = await platform.signIn('tashkent.board_member.nasp');
  ({ personId } = await openCaseWith(
    worker,
    SITE,
    { lastName: 'Scope', firstName: 'Aziza', birthDate: '1990-05-12', sex: 'female', district: 'almazar' },
    [],
  ));
  const consent = { purpose: 'share-pes', givenBy: 'client', mode: 'written', evidence: 'Form F-2' };
  consentId = (
    ok(await worker.request('POST', `${API}/persons/${personId}/consents`, consent), 201).consent as {
      id: string;
    }
  ).id;
});
afterAll(() => platform.close());

describe('a client’s consents and disclosure log', () => {
  it('are read by those who work with the client, "not found" for anyone else with the permission', async () => {
    for (const path of ['consents', 'disclosures']) {
      expect((await worker.request('GET', `${API}/persons/${personId}/${path}`)).status).toBe(200);
      expect((await supervisor.request('GET', `${API}/persons/${personId}/${path}`)).status).toBe(200);
      expect((await colleague.request('GET', `${API}/persons/${personId}/${path}`)).status).toBe(404);
    }
    // The employment service reads persons, but this client was never referred to it.
    expect((await counsellor.request('GET', `${API}/persons/${personId}/consents`)).status).toBe(404);
  });

  it('take consents and withdrawals only from those who work with the client', async () => {
    const consent = { purpose: 'share-monocentre', givenBy: 'client', mode: 'written', evidence: 'Form F-3' };
    const recorded = await colleague.request('POST', `${API}/persons/${personId}/consents`, consent);
    expect([recorded.status, recorded.body.code]).toEqual([404, 'not_found']);
    const withdraw = `${API}/persons/${personId}/consents/${consentId}/withdraw`;
    expect((await colleague.request('POST', withdraw, { by: 'client' })).status).toBe(404);
    expect((await worker.request('POST', withdraw, { by: 'client' })).status).toBe(200);
  });
});

describe('roles without case work', () => {
  it('are refused work queues and referrals (403), and keep their indicators', async () => {
    for (const path of ['work/tasks', 'referrals', 'referrals/00000000-0000-7000-8000-000000000000']) {
      const reply = await board.request('GET', `${API}/${path}`);
      expect([path, reply.status]).toEqual([path, 403]);
    }
    expect((await board.request('GET', `${API}/kpis`)).status).toBe(200);
    expect((await counsellor.request('GET', `${API}/referrals`)).status).toBe(200);
  });
});
