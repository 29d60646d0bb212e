/*
 * The edges of the referral API on the fixture site: who sees a draft, ids of another site,
 * versions, malformed input, eligibility refusals with their explanation, consent validation and
 * keyset pages of the inbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Platform } from '../../support/platform-harness.js';
import {
  ok,
  openCaseWith,
  type ReferralDriver,
  startReferral,
  startReferralPlatform,
} from './referral-kit.js';

const SITE = 'fx-site';
const API = `/api/sites/${SITE}`;

let platform: Platform;
let worker: Client;
let counsellor: Client;

const screening = (disabilityGroup: string) => ({
  screenedOn: '2025-03-03',
  severity: 'low',
  hasDisability: true,
  disabilityGroup,
});

async function clientCase(nationalId: string, birthDate = '1990-04-12') {
  const opened = await openCaseWith(
    worker,
    SITE,
    { firstName: 'Aziza', lastName: `K${nationalId}`, birthDate, sex: 'f', nationalId },
    [['screening', screening('II')]],
  );
  ok(
    await worker.request('POST', `${API}/persons/${opened.personId}/consents`, {
      purpose: 'employment-referral',
      givenBy: 'client',
      mode: 'verbal',
    }),
    201,
  );
  return opened;
}

async function draft(caseId: string): Promise<ReferralDriver> {
  const referral = await startReferral(worker, SITE, caseId, {
    protocol: 'to-employment',
    reason: 'job_search',
  });
  await referral.fill(worker, 'referral-request', { reason: 'Job search', clientSigned: true });
  return referral;
}

beforeAll(async () => {
  platform = await startReferralPlatform([SITE, 'uz-tashkent-icm']);
  worker = await platform.signIn('fixture.case_manager');
  counsellor = await platform.signIn('fixture.counsellor');
});
afterAll(() => platform.close());

describe('the referral API', () => {
  it('keeps a draft to its sender: the receiver neither lists nor reads it', async () => {
    const { caseId } = await clientCase('70000001');
    const referral = await draft(caseId);
    expect((await counsellor.request('GET', `${API}/referrals/${referral.id}`)).status).toBe(404);
    expect(ok(await counsellor.request('GET', `${API}/referrals?box=incoming`)).items).toEqual([]);
    const ofCase = ok(await worker.request('GET', `${API}/cases/${caseId}/referrals`)).items as {
      id: string;
    }[];
    expect(ofCase.map((r) => r.id)).toEqual([referral.id]);
    const write = await counsellor.request('POST', `${API}/referrals/${referral.id}/forms/feedback`, {
      data: {},
    });
    expect(write.status).toBe(404);
  });

  it('needs a version to act (428), refuses unknown actions and boxes (400)', async () => {
    const { caseId } = await clientCase('70000002');
    const referral = await draft(caseId);
    const path = `${API}/referrals/${referral.id}/actions`;
    expect((await worker.request('POST', path, { type: 'send' })).status).toBe(428);
    expect((await worker.request('POST', path, { type: 'teleport', version: 1 })).status).toBe(400);
    expect((await worker.request('GET', `${API}/referrals?box=sideways`)).status).toBe(400);
    expect((await worker.request('GET', `${API}/referrals?status=lost`)).status).toBe(400);
  });

  it('explains why a client who is not eligible cannot be referred', async () => {
    const { caseId } = await clientCase('70000003', '2012-01-01');
    const referral = await draft(caseId);
    const refused = await referral.act(worker, { type: 'send' }, 422);
    expect(refused.blockedBy).toEqual(['not_eligible']);
    const [reason] = refused.reasons as string[];
    expect(reason).toMatch(
      /^The client does not meet the conditions of “Hub → employment service”\. \(.+\)$/,
    );
    const services = ok(await worker.request('GET', `${API}/cases/${caseId}/eligible-services`)).services as {
      service: string;
      eligible: boolean;
    }[];
    expect(services).toEqual([expect.objectContaining({ service: 'job-club', eligible: false })]);
  });

  it('pages the inbox by keyset, newest changes first', async () => {
    const sent: string[] = [];
    for (const id of ['70000004', '70000005', '70000006']) {
      const referral = await draft((await clientCase(id)).caseId);
      await referral.act(worker, { type: 'send' });
      sent.push(referral.id);
      platform.clock.advance(60_000);
    }
    const first = ok(await counsellor.request('GET', `${API}/referrals?box=incoming&limit=2`));
    const next = String(first.next);
    const second = ok(
      await counsellor.request('GET', `${API}/referrals?box=incoming&limit=2&cursor=${next}`),
    );
    const ids = [...(first.items as { id: string }[]), ...(second.items as { id: string }[])].map(
      (r) => r.id,
    );
    expect(ids).toEqual([...sent].reverse());
    expect(second.next).toBeNull();
    const outgoing = ok(await worker.request('GET', `${API}/referrals?box=outgoing&status=requested`));
    expect((outgoing.items as { side: string }[]).every((r) => r.side === 'sender')).toBe(true);
  });

  it('reads an id of another site as not found', async () => {
    const tashkent = await platform.signIn('tashkent.case_manager');
    const { caseId } = await openCaseWith(
      tashkent,
      'uz-tashkent-icm',
      { lastName: 'Other', firstName: 'Site', birthDate: '1990-01-01', sex: 'male', district: 'almazar' },
      [],
    );
    const other = await startReferral(tashkent, 'uz-tashkent-icm', caseId, {
      protocol: 'cm-to-pes',
      reason: 'profiling',
    });
    expect((await worker.request('GET', `${API}/referrals/${other.id}`)).status).toBe(404);
    const act = await worker.request('POST', `${API}/referrals/${other.id}/actions`, {
      type: 'cancel',
      version: 1,
    });
    expect(act.status).toBe(404);
  });

  it('validates consents with pointers and refuses a withdrawal without the permission', async () => {
    const { personId } = await clientCase('70000007');
    const invalid = await worker.request('POST', `${API}/persons/${personId}/consents`, {
      purpose: 'unknown-purpose',
      givenBy: 'client',
      mode: 'verbal',
    });
    expect(invalid.status).toBe(422);
    expect((invalid.body.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual(['/purpose']);
    const [consent] = ok(await worker.request('GET', `${API}/persons/${personId}/consents`)).items as {
      id: string;
      state: string;
    }[];
    expect(consent?.state).toBe('active');
    const withdraw = await worker.request(
      'POST',
      `${API}/persons/${personId}/consents/${consent?.id}/withdraw`,
      {
        by: 'client',
      },
    );
    expect(withdraw.status).toBe(403);
  });
});
