/*
 * The young person of the Paraćin (CSW → NES) referral tests, and the forms that bring their case
 * to joint planning: one source for the integration round trip and the browser journeys, which
 * check that the values the protocol does not share never reach the employment service.
 */

/** Values of fields the CSW → NES protocol does not share: street, needs, risks, a reception note. */
export const PARACIN_UNSHARED = [
  'Tajna ulica 42',
  'UNSHARED-NEEDS-8812',
  'UNSHARED-RISK-6604',
  'UNSHARED-NOTE-2207',
] as const;

/** The registration of Marko Petrović (another first name and JMBG make a second client). */
export function paracinYoungPerson(who: { firstName?: string; jmbg?: string } = {}): Record<string, unknown> {
  return {
    firstName: who.firstName ?? 'Marko',
    lastName: 'Petrović',
    sex: 'male',
    dateOfBirth: '2004-06-01',
    jmbg: who.jmbg ?? '0106004710011',
    address: { street: PARACIN_UNSHARED[0], municipality: 'paracin' },
    phone: '+381641234567',
    preferredLocale: 'sr-Latn',
    schoolCompleted: 'OŠ Paraćin',
  };
}

/** An activity of the joint plan, planned at NES. */
export const nesActivity = (service: string) => ({
  service,
  intensity: 'one_off',
  responsibleService: 'nes',
  status: 'planned',
});

/** Reception at the CSW (single door): a care leaver, rights explained, routine urgency. */
export function paracinReception(today: string, notes?: string): readonly [string, Record<string, unknown>] {
  return [
    'reception',
    {
      receptionDate: today,
      entryPoint: 'csw',
      targetGroups: ['leaving_care'],
      knownToCsw: true,
      registeredWithNes: false,
      rightsExplained: ['csw_services', 'ms_benefit', 'nes_registration', 'nes_programmes'],
      voluntaryParticipation: true,
      urgency: 'routine',
      lifeComplexity: 'medium',
      ...(notes === undefined ? {} : { notes }),
    },
  ];
}

/** The CSW initial assessment: in need of the service and motivated. */
export function paracinAssessment(
  today: string,
  found: { needs: string; risks: string },
): readonly [string, Record<string, unknown>] {
  return [
    'csw-initial-assessment',
    {
      assessmentDate: today,
      needs: found.needs,
      strengths: 'Good with tools',
      risks: found.risks,
      motivation: 'high',
      lifeComplexity: 'medium',
      directionalAssessment: ['none'],
      inNeedOfService: true,
      sufficientMotivation: true,
    },
  ];
}

/** The joint plan, the case manager as key worker, with an NES activity per service named. */
export function paracinJointPlan(
  today: string,
  services: readonly string[],
): readonly [string, Record<string, unknown>] {
  return [
    'joint-plan',
    {
      planDate: today,
      planType: 'joint',
      keyWorkerType: 'cm',
      keyWorkerName: 'Jelena Jovanović',
      progressionAim: 'A first job',
      targets: [{ target: 'Employability assessed', horizon: 'short_term' }],
      activities: services.map(nesActivity),
      monitoringAgreement: 'Monthly meeting',
      clientSigned: true,
    },
  ];
}
