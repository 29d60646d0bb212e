/*
 * Referrals at the Serbian pilot (Paraćin), through the API with the site's demo users: the
 * Centre for Social Work refers a young person to the National Employment Service — a full round
 * trip, a consent withdrawn while a referral runs, and a referral declined with a reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Platform } from '../../support/platform-harness.js';
import {
  PARACIN_UNSHARED,
  paracinAssessment,
  paracinJointPlan,
  paracinReception,
  paracinYoungPerson,
} from '../../support/site-clients/paracin-young-person.js';
import {
  expectNoneOf,
  historyTypes,
  ok,
  openCaseWith,
  type ReferralDriver,
  startReferral,
  startReferralPlatform,
} from './referral-kit.js';

const SITE = 'rs-youth-nes-csw';
const API = `/api/sites/${SITE}`;
const TODAY = '2025-03-03';
/** Values of fields the CSW → NES protocol does not share. */
const UNSHARED = PARACIN_UNSHARED;

let platform: Platform;
let csw: Client;
let nes: Client;
let personId: string;
let caseId: string;

beforeAll(async () => {
  platform = await startReferralPlatform([SITE]);
  csw = await platform.signIn('paracin.csw_case_manager');
  nes = await platform.signIn('paracin.nes_employment_counsellor');
  ({ personId, caseId } = await openCaseWith(csw, SITE, paracinYoungPerson(), [
    paracinReception(TODAY, UNSHARED[3]),
    paracinAssessment(TODAY, { needs: UNSHARED[1], risks: UNSHARED[2] }),
    paracinJointPlan(TODAY, ['Employability assessment', 'Second assessment']),
  ]));
});
afterAll(() => platform.close());

const REFERRAL_FORM = {
  direction: 'csw_to_nes',
  referralDate: TODAY,
  firstName: 'Marko',
  lastName: 'Petrović',
  dateOfBirth: '2004-06-01',
  reasonForReferral: 'Total employability assessment',
  clientReadAndSigned: true,
};

async function recordConsent(): Promise<string> {
  const reply = await csw.request('POST', `${API}/persons/${personId}/consents`, {
    purpose: 'csw-nes-exchange',
    givenBy: 'client',
    mode: 'written',
    evidence: 'Saglasnost br. 12/2025',
  });
  return (ok(reply, 201).consent as { id: string }).id;
}

async function sentReferral(planStep: number): Promise<ReferralDriver> {
  const referral = await startReferral(csw, SITE, caseId, {
    protocol: 'csw-to-nes-employability',
    reason: 'employability_assessment',
    planStep,
  });
  await referral.fill(csw, 'referral-csw-nes', REFERRAL_FORM);
  await referral.act(csw, { type: 'send' });
  return referral;
}

async function planStatuses(): Promise<string[]> {
  const view = ok(await csw.request('GET', `${API}/cases/${caseId}`));
  const plan = (view.data as Record<string, { activities: { status: string }[] }>)['joint-plan'];
  return plan?.activities.map((a) => a.status) ?? [];
}

describe('Paraćin: CSW → NES', () => {
  let first: ReferralDriver;
  let consentId: string;

  it('sends under written consent; the NES inbox holds only the shared fields', async () => {
    consentId = await recordConsent();
    first = await sentReferral(0);
    expect(await planStatuses()).toEqual(['referred', 'planned']);
    const inbox = ok(await nes.request('GET', `${API}/referrals?box=incoming&status=requested`));
    expect((inbox.items as { id: string }[]).map((i) => i.id)).toEqual([first.id]);
    expectNoneOf(inbox, UNSHARED);
    const view = await first.view(nes);
    expect(view.shared?.data.registration).toEqual({
      firstName: 'Marko',
      lastName: 'Petrović',
      dateOfBirth: '2004-06-01',
      jmbg: '0106004710011',
      phone: '+381641234567',
      sex: 'male',
      address: { municipality: 'paracin' },
      schoolCompleted: 'OŠ Paraćin',
    });
    expect(view.forms['referral-csw-nes']?.data.reasonForReferral).toBe('Total employability assessment');
    expectNoneOf(view, UNSHARED);
    expect((await nes.request('GET', `${API}/cases/${caseId}`)).status).toBe(404);
    await first.act(nes, { type: 'receive' });
    await first.act(nes, { type: 'accept' });
    expect(await planStatuses()).toEqual(['referred', 'planned']);
  });

  it('lets the receiver open current data while consent holds, and logs it', async () => {
    const view = await first.view(nes, '?current=true');
    expect(view.current).not.toBeNull();
    expectNoneOf(view, UNSHARED);
  });

  it('after the client withdraws consent: the referral continues, new sharing is refused, readably', async () => {
    const withdrawn = await csw.request('POST', `${API}/persons/${personId}/consents/${consentId}/withdraw`, {
      by: 'client',
    });
    expect((ok(withdrawn).consent as { state: string }).state).toBe('withdrawn');
    await first.act(nes, { type: 'start' });
    const refused = await nes.request('GET', `${API}/referrals/${first.id}?current=true`);
    expect([refused.status, refused.body.blockedBy]).toEqual([422, ['consent_withdrawn']]);
    expect(String(refused.body.detail)).toContain('повукао сагласност');
    expect((await first.view(nes)).shared?.data.registration).toMatchObject({ firstName: 'Marko' });
    const second = await startReferral(csw, SITE, caseId, {
      protocol: 'csw-to-nes-employability',
      reason: 'employability_assessment',
      planStep: 1,
    });
    await second.fill(csw, 'referral-csw-nes', REFERRAL_FORM);
    const blocked = await second.act(csw, { type: 'send' }, 422);
    expect(blocked.blockedBy).toEqual(['consent_withdrawn']);
    expect(blocked.reasons).toEqual([
      'Корисник је повукао сагласност за „Размена података између ЦСР и НСЗ“: подаци се више не смеју делити.',
    ]);
    await second.act(csw, { type: 'cancel' });
  });

  it('completes with the counter-referral: the plan activity is completed', async () => {
    await first.fill(nes, 'counter-referral', {
      feedbackDate: TODAY,
      serviceProvided: 'completed',
      result: 'Assessed: ready for a programme',
    });
    await first.act(nes, { type: 'complete' });
    expect(await planStatuses()).toEqual(['completed', 'planned']);
  });

  it('a referral declined with a reason drops the plan activity; both sides see why', async () => {
    await recordConsent();
    const third = await sentReferral(1);
    const unknown = await third.act(nes, { type: 'decline', reason: 'busy' }, 422);
    expect(unknown.blockedBy).toEqual(['unknown_reason']);
    await third.act(nes, { type: 'decline', reason: 'no_capacity', note: 'No places until June' });
    expect(await planStatuses()).toEqual(['completed', 'dropped']);
    const sender = await third.view(csw);
    expect([sender.referral.status, sender.referral.declineReason]).toEqual(['rejected', 'no_capacity']);
    const receiver = await third.view(nes);
    expect(receiver.referral.history.at(-1)).toMatchObject({
      event: 'decline',
      note: 'No places until June',
    });
  });

  it('keeps the history and the disclosure log, shown to the client in Serbian', async () => {
    const types = await historyTypes(csw, SITE, caseId);
    expect(types.filter((t) => t === 'referral.send')).toHaveLength(2);
    expect(types).toContain('referral.access');
    expect(types).toContain('referral.decline');
    const log = ok(await csw.request('GET', `${API}/persons/${personId}/disclosures`));
    expect(log.locale).toBe('sr-Latn');
    const report = (log.report as { text: string }[]).map((l) => l.text);
    expect(report).toHaveLength(3);
    expect(report[0]).toMatch(/vaši podaci su dostavljeni primaocu „Nacionalna služba za zapošljavanje/);
    expect(report[1]).toMatch(/uvid u vaše podatke/);
    const cyrillic = ok(await csw.request('GET', `${API}/persons/${personId}/disclosures?locale=sr-Cyrl`));
    expect((cyrillic.report as { text: string }[])[0]?.text).toMatch(/Национална служба за запошљавање/);
  });
});
