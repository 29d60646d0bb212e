/*
 * The three example sites as the authorization matrix sets them up: who opens cases, which forms
 * they fill (every free text a value of its own, so a leak is recognisable), which referral
 * protocol carries a client to which agency, and under which consent. Nothing here says who may
 * see what: the oracle derives that from the site definitions.
 */

type FormData = Record<string, unknown>;

/** How one site's world is made through its API. */
export type MatrixSite = {
  readonly siteId: string;
  /** Username prefix of the site's demo users (`<prefix>.<role>[.<partner>]`). */
  readonly prefix: string;
  /** A demo user who manages users (makes the colleague below). */
  readonly admin: string;
  /** The caseworker whose cases are "own" and who sends the referrals. */
  readonly worker: string;
  /** A second caseworker made for the matrix at the worker's agency: "same agency, not own". */
  readonly colleague: { readonly roleId: string; readonly partnerId: string };
  /** A colleague the worker puts on the team of their own case (role id at the worker's agency). */
  readonly teamMember?: { readonly username: string; readonly roleId: string };
  /** A caseworker of another agency who opens a case of their own, when the site has one. */
  readonly otherAgencyWorker?: string;
  /** Registration data of the n-th client (n from 1, unique names and identifiers). */
  registration(n: number): FormData;
  /** Case forms the opener fills in, in order (n as above). */
  forms(n: number): readonly (readonly [string, FormData])[];
  readonly referral: {
    readonly protocol: string;
    readonly reason: string;
    readonly formId: string;
    form(n: number): FormData;
    readonly consent: FormData;
  };
};

const TODAY = '2025-03-03';

const tashkent: MatrixSite = {
  siteId: 'uz-tashkent-icm',
  prefix: 'tashkent',
  admin: 'tashkent.site_admin.inson-almazar',
  worker: 'tashkent.case_manager',
  colleague: { roleId: 'case_manager', partnerId: 'inson-almazar' },
  teamMember: { username: 'tashkent.outreach_worker', roleId: 'outreach_worker' },
  registration: (n) => ({
    lastName: `Matrixova${n}`,
    firstName: 'Aziza',
    patronymic: 'Rustamovna',
    jshshir: `4120590123${String(4000 + n)}`,
    birthDate: '1990-05-12',
    sex: 'female',
    preferredLanguage: 'uz',
    phone: `+99890123${String(4500 + n)}`,
    address: `Unshared street ${n}01 apt ${n}`,
    district: 'almazar',
    mahalla: `Unshared mahalla ${n}02`,
  }),
  forms: (n) => [
    [
      'needs-assessment',
      {
        assessmentDate: TODAY,
        problems: [`Unshared health problem ${n}03`],
        interests: [`Unshared interest ${n}04`],
        competencies: [`Shared competency ${n}05`],
        jobInterests: [`Shared job interest ${n}06`],
        education: 'vocational',
        workExperienceMonths: 24,
        daDecisionOnFile: true,
        da: { decision: 'employable', group: 'II', decisionDate: '2025-01-15', trainingRecommended: false },
        workCapacityAssessment: 'done',
      },
    ],
    [
      'profiling',
      {
        profilingDate: TODAY,
        employabilityProfile: 'needs_support',
        barriers: ['transport'],
        jointWithPes: false,
        counsellorName: `Unshared counsellor ${n}07`,
        notes: `Unshared profiling note ${n}08`,
      },
    ],
  ],
  referral: {
    protocol: 'cm-to-pes',
    reason: 'profiling',
    formId: 'referral-form',
    form: (n) => ({
      dateSent: TODAY,
      fromPartner: 'inson-almazar',
      toPartner: 'pes-mirzo-ulugbek',
      reason: `Referral reason ${n}09`,
      requestedMeasure: 'pes_job_matching',
      clientSigned: true,
      clientSignature: `A. Matrixova${n}`,
    }),
    consent: { purpose: 'share-pes', givenBy: 'client', mode: 'written', evidence: 'Consent form F-2' },
  },
};

const paracin: MatrixSite = {
  siteId: 'rs-youth-nes-csw',
  prefix: 'paracin',
  admin: 'paracin.site_admin',
  worker: 'paracin.csw_case_manager',
  colleague: { roleId: 'csw_case_manager', partnerId: 'csw-paracin' },
  teamMember: { username: 'paracin.mentor', roleId: 'mentor' },
  otherAgencyWorker: 'paracin.nes_employment_counsellor',
  registration: (n) => ({
    firstName: 'Marko',
    lastName: `Matrixović${n}`,
    sex: 'male',
    dateOfBirth: '2004-06-01',
    jmbg: `01060047${String(10000 + n)}`,
    address: { street: `Unshared ulica ${n}01`, municipality: 'paracin' },
    phone: `+3816412${String(34000 + n)}`,
    preferredLocale: 'sr-Latn',
    schoolCompleted: `Shared school ${n}02`,
  }),
  forms: (n) => [
    [
      'reception',
      {
        receptionDate: TODAY,
        entryPoint: 'csw',
        targetGroups: ['leaving_care'],
        knownToCsw: true,
        registeredWithNes: false,
        rightsExplained: ['csw_services', 'nes_registration'],
        voluntaryParticipation: true,
        presentingNeeds: `Unshared presenting needs ${n}03`,
        urgency: 'routine',
        lifeComplexity: 'medium',
        notes: `Unshared reception note ${n}04`,
      },
    ],
    [
      'csw-initial-assessment',
      {
        assessmentDate: TODAY,
        needs: `Unshared needs ${n}05`,
        strengths: `Shared strengths ${n}06`,
        risks: `Unshared risks ${n}07`,
        motivation: 'high',
        lifeComplexity: 'medium',
        directionalAssessment: ['none'],
        inNeedOfService: true,
        sufficientMotivation: true,
      },
    ],
  ],
  referral: {
    protocol: 'csw-to-nes-employability',
    reason: 'employability_assessment',
    formId: 'referral-csw-nes',
    form: (n) => ({
      direction: 'csw_to_nes',
      referralDate: TODAY,
      firstName: 'Marko',
      lastName: `Matrixović${n}`,
      dateOfBirth: '2004-06-01',
      reasonForReferral: `Referral reason ${n}08`,
      clientReadAndSigned: true,
    }),
    consent: { purpose: 'csw-nes-exchange', givenBy: 'client', mode: 'written', evidence: 'Saglasnost 12' },
  },
};

const childFamily: MatrixSite = {
  siteId: 'child-family-cm',
  prefix: 'child',
  admin: 'child.site_admin',
  worker: 'child.social_service_worker',
  colleague: { roleId: 'social_service_worker', partnerId: 'lead-agency' },
  teamMember: { username: 'child.para_professional', roleId: 'para_professional' },
  registration: (n) => ({
    firstName: 'Awa',
    lastName: `Matrixé${n}`,
    otherNames: `Unshared other name ${n}01`,
    dateOfBirth: '2015-09-10',
    sex: 'female',
    language: 'fr',
    community: `Shared community ${n}02`,
    caregiverName: `Shared caregiver ${n}03`,
    caregiverPhone: `+225 07 00 ${String(1000 + n)}`,
  }),
  forms: (n) => [
    [
      'identification',
      {
        identifiedOn: TODAY,
        identifiedBy: 'teacher',
        clientUnit: [{ name: `Awa Matrixé${n}`, age: 9, relation: 'child', isPrimaryClient: true }],
        presentingConcern: `Unshared concern ${n}04`,
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
            memberName: `Awa Matrixé${n}`,
            isPrimaryClient: true,
            safety: { level: 'some_concern' },
            health: { level: 'some_concern', notes: `Unshared health note ${n}05` },
            care_and_family: { level: 'serious_concern', notes: `Shared care note ${n}06` },
            strengths: `Shared strengths ${n}07`,
          },
        ],
        riskLevel: 'medium',
        priorityNeeds: `Unshared priority needs ${n}08`,
      },
    ],
  ],
  referral: {
    protocol: 'to-kinship-care',
    reason: 'kinship_placement',
    formId: 'referral-request',
    form: (n) => ({
      reasonDetails: `Referral reason ${n}09`,
      urgency: 'urgent',
      requestedService: 'Kinship care assessment',
      informationExplained: true,
      familySigned: true,
    }),
    consent: { purpose: 'share-with-kinship-care', givenBy: 'parent_or_guardian', mode: 'verbal' },
  },
};

/** The example sites of `definitions/sites` the matrix runs on. */
export const MATRIX_SITES = { tashkent, paracin, childFamily } as const;
