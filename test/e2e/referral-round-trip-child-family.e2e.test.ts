import { ApiSession, type CaseForm, openCaseThroughApi } from './support/api-session.js';
import { describeRoundTrip } from './support/referral-round-trip.js';

const SITE = 'child-family-cm';
const TODAY = new Date().toISOString().slice(0, 10);
const IN_A_MONTH = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
/** Values the lead agency → kinship care protocol does not share. */
const UNSHARED = [
  'UNSHARED-OTHERNAME-4471',
  'UNSHARED-CONCERN-7310',
  'UNSHARED-HEALTH-5150',
  'UNSHARED-PRIORITY-1288',
];

/** A child identified, assessed and planned for by the lead agency (through the API). */
async function plannedCase(base: string): Promise<{ caseId: string }> {
  const worker = await ApiSession.signIn(base, 'child.social_service_worker');
  const registration = {
    firstName: 'Awa',
    lastName: 'Koné',
    otherNames: UNSHARED[0],
    dateOfBirth: '2015-09-10',
    sex: 'female',
    language: 'fr',
    community: 'Yopougon',
    caregiverName: 'Mariam Koné',
    caregiverPhone: '+225 07 00 00 00',
  };
  const forms: CaseForm[] = [
    [
      'identification',
      {
        identifiedOn: TODAY,
        identifiedBy: 'teacher',
        clientUnit: [{ name: 'Awa Koné', age: 9, relation: 'child', isPrimaryClient: true }],
        presentingConcern: UNSHARED[1],
        urgentSafetyConcern: false,
      },
    ],
    [
      'child-assessment',
      {
        assessmentDate: TODAY,
        assessmentType: 'initial',
        memberAssessments: [
          {
            memberName: 'Awa Koné',
            isPrimaryClient: true,
            safety: { level: 'some_concern' },
            health: { level: 'some_concern', notes: UNSHARED[2] },
            care_and_family: { level: 'serious_concern', notes: 'Grand-mère prête à l’accueillir' },
            strengths: 'Va à l’école',
          },
        ],
        riskLevel: 'medium',
        priorityNeeds: UNSHARED[3],
      },
    ],
    [
      'case-plan',
      {
        planDate: TODAY,
        goals: [{ goal: 'Vivre en sécurité en famille', horizon: 'short_term' }],
        actions: [
          {
            action: 'Accueil chez la grand-mère',
            goalNumber: 1,
            who: 'Programme de prise en charge familiale',
            byWhen: IN_A_MONTH,
            status: 'planned',
          },
        ],
        strengthsUsed: 'La grand-mère',
        closureStatement: 'Awa vit en sécurité avec sa famille',
        childViewsIncluded: true,
        clientAgreed: true,
      },
    ],
  ];
  return openCaseThroughApi(worker, SITE, registration, forms);
}

/**
 * Child and family case management, in French, on a tablet: the lead agency's social service
 * worker refers a child to the kinship care programme (on the system) with the guardian's verbal
 * consent; the programme's caseworker receives, accepts, places the child, reports back with the
 * counter-referral and completes; the social service worker reads the outcome.
 */
describeRoundTrip('referral round trip at the child and family site (French, tablet)', {
  site: SITE,
  locale: 'fr',
  folder: `${SITE}-referral-round-trip`,
  sender: 'child.social_service_worker',
  receiver: 'child.partner_caseworker.kinship-care-programme',
  setUp: plannedCase,
  protocol: 'to-kinship-care',
  reason: 'kinship_placement',
  consentPurpose: 'share-with-kinship-care',
  consent: { givenBy: 'parent_or_guardian', mode: 'verbal' },
  referralForm: {
    reasonDetails: 'Accueil chez la grand-mère',
    urgency: 'urgent',
    requestedService: 'Évaluation de l’accueil familial',
    informationExplained: true,
    familySigned: true,
  },
  clientName: 'Awa Koné',
  sharedValue: 'Grand-mère prête à l’accueillir',
  unshared: UNSHARED,
  counterReferral: {
    feedbackDate: TODAY,
    recordedBy: 'provider',
    serviceAccessed: 'yes',
    outcome: 'completed',
    servicesProvided: 'Placée chez sa grand-mère, visite à domicile faite',
  },
  counterValue: 'Placée chez sa grand-mère, visite à domicile faite',
});
