import { ApiSession } from './support/api-session.js';
import { describeRoundTrip } from './support/referral-round-trip.js';

const SITE = 'uz-tashkent-icm';
const API = `/api/sites/${SITE}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const TODAY = day(0);
/** Values the Inson centre → employment facilitation centre protocol does not share. */
const UNSHARED = [
  'Mahalla-UNSHARED-5521',
  'Secret street 7781',
  'UNSHARED-HEALTH-4417',
  'UNSHARED-NOTE-3390',
];

type CaseView = { case: { id: string; version: number; stage: string } };

/**
 * A client of the Inson centre taken through outreach, onboarding, the needs assessment with a DA
 * decision, profiling and an action plan with a step at the employment facilitation centre,
 * approved by the supervisor (through the API, as the integration test does): the case is at its
 * referral stage.
 */
async function caseAtReferral(base: string): Promise<{ caseId: string }> {
  const [cm, outreach, supervisor] = (await Promise.all(
    ['case_manager', 'outreach_worker', 'supervisor'].map((role) =>
      ApiSession.signIn(base, `tashkent.${role}`),
    ),
  )) as [ApiSession, ApiSession, ApiSession];
  const { person } = await cm.call<{ person: { id: string } }>('POST', `${API}/persons`, {
    data: {
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
    },
    confirmedNew: true,
  });
  let view = (await cm.call<{ case: CaseView }>('POST', `${API}/cases`, { personId: person.id })).case;
  const caseApi = `${API}/cases/${view.case.id}`;
  const { members } = await cm.call<{ members: { userId: string; roleIds: string[] }[] }>(
    'GET',
    `${API}/work/colleagues`,
  );
  const userId = members.find((m) => m.roleIds.includes('outreach_worker'))?.userId;
  await cm.call('POST', `${caseApi}/team`, { userId, roleId: 'outreach_worker' });
  const submit = async (who: ApiSession, formId: string, data: Record<string, unknown>) => {
    view = (
      await who.call<{ case: CaseView }>('POST', `${caseApi}/forms/${formId}`, {
        data,
        version: view.case.version,
      })
    ).case;
  };
  const act = async (who: ApiSession, body: Record<string, unknown>) => {
    view = (
      await who.call<{ case: CaseView }>('POST', `${caseApi}/actions`, {
        ...body,
        version: view.case.version,
      })
    ).case;
  };
  await submit(outreach, 'outreach-contact', {
    contactDate: TODAY,
    mahalla: UNSHARED[0],
    district: 'almazar',
    person: { fullName: 'Karimova Aziza', dob: '1990-05-12', sex: 'female' },
    disabilityStatus: 'II',
    presentingNeeds: ['employment'],
    consentToContact: true,
    handoverToCaseManagerDate: TODAY,
  });
  await submit(cm, 'onboarding-consent', {
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
  await act(cm, { type: 'advance', to: 'needs-assessment' });
  await submit(cm, 'needs-assessment', {
    assessmentDate: TODAY,
    problems: [UNSHARED[2]],
    interests: ['sewing'],
    competencies: ['sewing', 'bookkeeping'],
    jobInterests: ['tailor'],
    education: 'vocational',
    workExperienceMonths: 24,
    daDecisionOnFile: true,
    da: { decision: 'employable', group: 'II', decisionDate: day(-60), trainingRecommended: false },
    workCapacityAssessment: 'done',
  });
  await act(cm, { type: 'advance', to: 'profiling' });
  await submit(cm, 'profiling', {
    profilingDate: TODAY,
    employabilityProfile: 'needs_support',
    barriers: ['transport'],
    jointWithPes: false,
    notes: UNSHARED[3],
  });
  await act(cm, { type: 'advance', to: 'planning' });
  await submit(cm, 'action-plan', {
    planDate: TODAY,
    goals: [{ text: 'Tikuvchi bo‘lib ishga joylashish', horizon: 'short_term' }],
    steps: [
      {
        sequenceNo: 1,
        measure: 'pes_job_matching',
        responsiblePartner: 'pes-mirzo-ulugbek',
        status: 'planned',
      },
    ],
    sharedWithInstitutions: ['pes-mirzo-ulugbek'],
    signatures: { client: 'A. Karimova', caseManager: 'Keys menejeri', signedOn: TODAY },
    nextFollowUpDate: day(21),
  });
  await act(cm, { type: 'request_approval', approval: 'iap-approval' });
  await act(supervisor, { type: 'approve', approval: 'iap-approval' });
  await act(cm, { type: 'advance', to: 'referral' });
  if (view.case.stage !== 'referral') throw new Error(`the case is at ${view.case.stage}, not referral`);
  return { caseId: view.case.id };
}

/**
 * Tashkent, in Uzbek, on a tablet: the Inson centre's case manager refers a client with a DA
 * decision to the employment facilitation centre from the case's Referrals tab, records the
 * client's written consent from the draft and sends; the employment counsellor finds the referral
 * in My work and the inbox, sees only the shared fields, receives, accepts, starts, reports the
 * placement back with the counter-referral and completes; the case manager reads the outcome.
 */
describeRoundTrip('referral round trip at Tashkent (Uzbek, tablet)', {
  site: SITE,
  locale: 'uz',
  folder: `${SITE}-referral-round-trip`,
  sender: 'tashkent.case_manager',
  receiver: 'tashkent.employment_counsellor',
  setUp: caseAtReferral,
  protocol: 'cm-to-pes',
  reason: 'job_matching',
  consentPurpose: 'share-pes',
  consent: { mode: 'written', evidence: 'Rozilik shakli F-2, skan 17' },
  referralForm: {
    dateSent: TODAY,
    fromPartner: 'inson-almazar',
    toPartner: 'pes-mirzo-ulugbek',
    reason: 'Tikuvchi sifatida ishga joylashtirish',
    requestedMeasure: 'pes_job_matching',
    iapStepNo: 1,
    clientSigned: true,
    clientSignature: 'A. Karimova',
  },
  clientName: 'Karimova Aziza Rustamovna',
  sharedValue: '41205901234567',
  unshared: UNSHARED,
  counterReferral: {
    feedbackDate: TODAY,
    fromPartner: 'pes-mirzo-ulugbek',
    feedbackType: 'placement',
    outcome: 'completed',
    employment: { employerName: 'Tikuvchi MChJ', jobTitle: 'Tikuvchi', jobStartDate: TODAY },
    clientInformed: true,
  },
  counterValue: 'Tikuvchi MChJ',
});
