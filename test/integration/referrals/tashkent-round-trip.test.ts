/*
 * A full referral round trip at the Tashkent pilot, through the API with the site's demo users:
 * the Inson Centre's case manager refers a client to the Employment Facilitation Centre (PES).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, Platform } from '../../support/platform-harness.js';
import {
  expectNoneOf,
  historyTypes,
  ok,
  type ReferralDriver,
  startReferral,
  startReferralPlatform,
  type View,
} from './referral-kit.js';

const SITE = 'uz-tashkent-icm';
const API = `/api/sites/${SITE}`;
const TODAY = '2025-03-03';
/** Values of fields the protocol to PES does not share: none may reach the PES. */
const UNSHARED = [
  'Mahalla-UNSHARED-5521',
  'Secret street 7781',
  'UNSHARED-HEALTH-4417',
  'UNSHARED-NOTE-3390',
];

let platform: Platform;
let cm: Client;
let outreach: Client;
let supervisor: Client;
let pes: Client;
let vet: Client;

beforeAll(async () => {
  platform = await startReferralPlatform([SITE]);
  const as = (role: string) => platform.signIn(`tashkent.${role}`);
  cm = await as('case_manager');
  outreach = await as('outreach_worker');
  supervisor = await as('supervisor');
  pes = await as('employment_counsellor');
  vet = await as('vet_coordinator');
});
afterAll(() => platform.close());

type CaseView = { case: { id: string; version: number; stage: string }; data: Record<string, unknown> };

/** The case page as the case manager's client sees it, kept current by every step. */
type Steps = {
  view: CaseView;
  submit(client: Client, formId: string, data: Record<string, unknown>): Promise<void>;
  act(client: Client, body: Record<string, unknown>): Promise<void>;
};

/** Registers the client and opens the case, with the outreach worker on its team. */
async function openedCase(): Promise<Steps> {
  const data = {
    lastName: 'Karimova',
    firstName: 'Aziza',
    patronymic: 'Rustamovna',
    jshshir: '41205901234567',
    birthDate: '1990-05-12',
    sex: 'female',
    preferredLanguage: 'uz',
    phone: '+998901234567',
    address: UNSHARED[1],
    district: 'almazar',
    mahalla: UNSHARED[0],
  };
  const person = ok(await cm.request('POST', `${API}/persons`, { data, confirmedNew: true }), 201);
  const personId = (person.person as { id: string }).id;
  const view = ok(await cm.request('POST', `${API}/cases`, { personId }), 201).case as CaseView;
  const members = ok(await cm.request('GET', `${API}/work/colleagues`)).members as Member[];
  const userId = members.find((m) => m.roleIds.includes('outreach_worker'))?.userId;
  const team = { userId, roleId: 'outreach_worker' };
  ok(await cm.request('POST', `${API}/cases/${view.case.id}/team`, team), 201);
  const steps: Steps = {
    view,
    async submit(client, formId, formData) {
      const path = `${API}/cases/${steps.view.case.id}/forms/${formId}`;
      const reply = await client.request('POST', path, { data: formData, version: steps.view.case.version });
      steps.view = ok(reply, 201).case as CaseView;
    },
    async act(client, body) {
      const path = `${API}/cases/${steps.view.case.id}/actions`;
      const reply = await client.request('POST', path, { ...body, version: steps.view.case.version });
      steps.view = ok(reply).case as CaseView;
    },
  };
  return steps;
}

type Member = { userId: string; roleIds: string[] };

/** Outreach (by the mahalla worker) and onboarding: the case reaches the needs assessment. */
async function intake(s: Steps): Promise<void> {
  await s.submit(outreach, 'outreach-contact', {
    contactDate: TODAY,
    mahalla: UNSHARED[0],
    district: 'almazar',
    person: { fullName: 'Karimova Aziza', dob: '1990-05-12', sex: 'female' },
    disabilityStatus: 'II',
    presentingNeeds: ['employment'],
    consentToContact: true,
    handoverToCaseManagerDate: TODAY,
  });
  expect(s.view.case.stage).toBe('onboarding');
  await s.submit(cm, 'onboarding-consent', {
    onboardingDate: TODAY,
    registrationChannel: 'digital',
    servicesOfAllPartnersExplained: true,
    freedomOfChoiceExplained: true,
    participates: true,
    participationConsent: 'verbal',
    consentGivenBy: 'client',
    infoSharingConsent: [{ partner: 'pes-mirzo-ulugbek', scope: 'specific' }],
    accessibilityNeeds: ['step_free_access'],
  });
  await s.act(cm, { type: 'advance', to: 'needs-assessment' });
}

/** Needs assessment (a DA decision on file) and profiling: the case reaches planning. */
async function assessment(s: Steps): Promise<void> {
  await s.submit(cm, 'needs-assessment', {
    assessmentDate: TODAY,
    problems: [UNSHARED[2]],
    interests: ['sewing'],
    competencies: ['sewing', 'bookkeeping'],
    jobInterests: ['tailor'],
    education: 'vocational',
    workExperienceMonths: 24,
    daDecisionOnFile: true,
    da: { decision: 'employable', group: 'II', decisionDate: '2025-01-15', trainingRecommended: false },
    workCapacityAssessment: 'done',
  });
  await s.act(cm, { type: 'advance', to: 'profiling' });
  await s.submit(cm, 'profiling', {
    profilingDate: TODAY,
    employabilityProfile: 'needs_support',
    barriers: ['transport'],
    jointWithPes: false,
    notes: UNSHARED[3],
  });
  await s.act(cm, { type: 'advance', to: 'planning' });
}

/** The action plan with one step at the PES, approved by the supervisor: the case reaches referral. */
async function approvedPlan(s: Steps): Promise<void> {
  await s.submit(cm, 'action-plan', {
    planDate: TODAY,
    goals: [{ text: 'Find work as a tailor', horizon: 'short_term' }],
    steps: [
      {
        sequenceNo: 1,
        measure: 'pes_job_matching',
        responsiblePartner: 'pes-mirzo-ulugbek',
        status: 'planned',
      },
    ],
    sharedWithInstitutions: ['pes-mirzo-ulugbek'],
    signatures: { client: 'A. Karimova', caseManager: 'Case manager', signedOn: TODAY },
    nextFollowUpDate: '2025-03-24',
  });
  await s.act(cm, { type: 'request_approval', approval: 'iap-approval' });
  await s.act(supervisor, { type: 'approve', approval: 'iap-approval' });
  await s.act(cm, { type: 'advance', to: 'referral' });
}

/** Drives one case through outreach, onboarding, assessment, profiling and an approved plan. */
async function caseReadyForReferral(): Promise<CaseView> {
  const steps = await openedCase();
  await intake(steps);
  await assessment(steps);
  await approvedPlan(steps);
  expect(steps.view.case.stage).toBe('referral');
  return steps.view;
}

const REFERRAL_FORM = {
  dateSent: TODAY,
  fromPartner: 'inson-almazar',
  toPartner: 'pes-mirzo-ulugbek',
  reason: 'Job matching for a tailor',
  requestedMeasure: 'pes_job_matching',
  iapStepNo: 1,
  clientSigned: true,
  clientSignature: 'A. Karimova',
};

describe('Tashkent: Inson Centre → Employment Facilitation Centre, round trip', () => {
  let caseView: CaseView;
  let referral: ReferralDriver;

  it('refuses to send without the client’s written consent, with a readable reason', async () => {
    caseView = await caseReadyForReferral();
    referral = await startReferral(cm, SITE, caseView.case.id, {
      protocol: 'cm-to-pes',
      reason: 'job_matching',
      planStep: 0,
    });
    await referral.fill(cm, 'referral-form', REFERRAL_FORM);
    const refused = await referral.act(cm, { type: 'send' }, 422);
    expect(refused.blockedBy).toEqual(['consent_missing']);
    expect(String(refused.detail)).toMatch(/rozilik/);
  });

  it('sends once consent is recorded: the PES inbox shows only the shared fields', async () => {
    const personId = (
      ok(await cm.request('GET', `${API}/cases/${caseView.case.id}`)).person as { id: string }
    ).id;
    ok(
      await cm.request('POST', `${API}/persons/${personId}/consents`, {
        purpose: 'share-pes',
        givenBy: 'client',
        mode: 'written',
        evidence: 'Consent form F-2, scan 17',
      }),
      201,
    );
    await referral.act(cm, { type: 'send' });
    // The SOP's task "send the referrals of the plan" is done; services start when PES accepts.
    const current = ok(await cm.request('GET', `${API}/cases/${caseView.case.id}`)) as unknown as CaseView;
    ok(
      await cm.request('POST', `${API}/cases/${caseView.case.id}/actions`, {
        type: 'complete_task',
        task: 'send-referrals',
        version: current.case.version,
      }),
    );
    const inbox = ok(await pes.request('GET', `${API}/referrals?box=incoming`));
    const items = inbox.items as { id: string; status: string; side: string; caseId: string | null }[];
    expect(items.map((i) => [i.id, i.status, i.side, i.caseId])).toEqual([
      [referral.id, 'requested', 'receiver', null],
    ]);
    expectNoneOf(inbox, UNSHARED);
    expect(JSON.stringify(inbox)).toContain('Karimova');
    const detail = await referral.view(pes);
    expect(detail.side).toBe('receiver');
    for (const internal of ['planStep', 'consentId', 'caseId', 'personId'])
      expect(detail.referral).not.toHaveProperty(internal);
    expect(detail.shared?.data['needs-assessment']).toMatchObject({
      da: { group: 'II', decision: 'employable' },
    });
    expectNoneOf(detail, UNSHARED);
    expect((await pes.request('GET', `${API}/cases/${caseView.case.id}`)).status).toBe(404);
    expect((await vet.request('GET', `${API}/referrals/${referral.id}`)).status).toBe(404);
    expect((ok(await vet.request('GET', `${API}/referrals?box=incoming`)).items as unknown[]).length).toBe(0);
  });

  it('is received and accepted by the PES; the plan step starts and the SOP moves to service delivery', async () => {
    await referral.act(pes, { type: 'receive' });
    const stale = await pes.request('POST', `${API}/referrals/${referral.id}/actions`, {
      type: 'accept',
      version: referral.version - 1,
    });
    expect([stale.status, stale.body.code]).toEqual([409, 'stale_version']);
    const accepted = await referral.act(pes, { type: 'accept' });
    expectNoneOf(accepted, UNSHARED);
    const after = ok(await cm.request('GET', `${API}/cases/${caseView.case.id}`)) as unknown as CaseView;
    expect((after.data['action-plan'] as { steps: { status: string }[] }).steps[0]?.status).toBe('started');
    expect(after.case.stage).toBe('service-delivery');
  });

  it('delivers, reports back with the counter-referral and completes: the plan step is completed', async () => {
    await referral.act(pes, { type: 'start' });
    const early = await referral.act(pes, { type: 'complete' }, 422);
    expect(early.blockedBy).toEqual(['form_missing:counter-referral']);
    await referral.fill(pes, 'counter-referral', {
      feedbackDate: TODAY,
      fromPartner: 'pes-mirzo-ulugbek',
      feedbackType: 'placement',
      outcome: 'completed',
      employment: { employerName: 'Tikuvchi LLC', jobTitle: 'Tailor', jobStartDate: TODAY },
      clientInformed: true,
    });
    const done = await referral.act(pes, { type: 'complete' });
    expect((done.referral as View).referral.status).toBe('completed');
    const after = ok(await cm.request('GET', `${API}/cases/${caseView.case.id}`)) as unknown as CaseView;
    const plan = after.data['action-plan'] as { steps: { status: string }[]; stepsCompleted: number };
    expect([plan.steps[0]?.status, plan.stepsCompleted]).toEqual(['completed', 1]);
    const senderView = await referral.view(cm);
    expect(senderView.forms['counter-referral']?.data.outcome).toBe('completed');
  });

  it('keeps both histories: the case’s events for the sender, the referral’s timeline for the receiver', async () => {
    const types = await historyTypes(cm, SITE, caseView.case.id);
    expect(types.filter((t) => t.startsWith('referral.'))).toEqual([
      'referral.create',
      'referral.form_submitted',
      'referral.send',
      'referral.receive',
      'referral.accept',
      'referral.start',
      'referral.form_submitted',
      'referral.complete',
    ]);
    const timeline = (await referral.view(pes)).referral.history.map((h) => `${h.event}:${h.to}`);
    expect(timeline).toEqual([
      'create:draft',
      'send:requested',
      'receive:received',
      'accept:accepted',
      'start:in_progress',
      'complete:completed',
    ]);
    expect((await pes.request('GET', `${API}/cases/${caseView.case.id}/history`)).status).toBe(404);
  });

  it('shows the client what was shared, in their language', async () => {
    const personId = (
      ok(await cm.request('GET', `${API}/cases/${caseView.case.id}`)).person as { id: string }
    ).id;
    const log = ok(await cm.request('GET', `${API}/persons/${personId}/disclosures`));
    expect(log.locale).toBe('uz');
    const report = log.report as { text: string }[];
    expect(report).toHaveLength(1);
    expect(report[0]?.text).toMatch(/bandlikka ko'maklashish markazi/);
  });
});
