/**
 * Test support: form and lookup definitions added to the fixture site `fx-site` for the forms
 * engine's tests (see form-fixture-bundle.ts).
 */
export const t = (en: string, fr: string) => ({ en, fr });
const opt = (value: string, en: string, fr: string, deprecated?: boolean) => ({
  value,
  label: t(en, fr),
  ...(deprecated ? { deprecated } : {}),
});
const v = (path: string) => ({ var: path });

const INTAKE_FIELDS = {
  type: 'object',
  properties: {
    fullName: {
      type: 'string',
      title: t('Full name', 'Nom complet'),
      description: t('As on the identity document', "Comme sur la pièce d'identité"),
      minLength: 1,
      maxLength: 40,
    },
    nationalId: {
      type: 'string',
      title: t('National id', 'Identifiant national'),
      pattern: '^[0-9]{8}$',
      patternMessage: t('Eight digits, as on the ID card.', 'Huit chiffres, comme sur la carte.'),
    },
    birthDate: { type: 'string', format: 'date', title: t('Date of birth', 'Date de naissance') },
    age: { type: 'integer', title: t('Age', 'Âge'), readOnly: true },
    locked: { type: 'boolean', title: t('Identity verified', 'Identité vérifiée') },
    employment: {
      type: 'string',
      title: t('Employment', 'Emploi'),
      options: { lookup: 'employment-status' },
    },
    region: {
      type: 'string',
      title: t('Region', 'Région'),
      options: [opt('north', 'North', 'Nord'), opt('south', 'South', 'Sud')],
    },
    sector: {
      type: 'string',
      title: t('Sector', 'Secteur'),
      options: [
        opt('agriculture', 'Agriculture', 'Agriculture'),
        opt('industry', 'Industry', 'Industrie'),
        opt('services', 'Services', 'Services'),
        opt('public', 'Public sector', 'Secteur public'),
      ],
    },
    income: { type: 'number', minimum: 0, title: t('Monthly income', 'Revenu mensuel') },
    incomeSource: { type: 'string', title: t('Source of income', 'Source du revenu') },
    // Options on the items: the checker lets `filter_options` act on these.
    languages: {
      type: 'array',
      title: t('Languages', 'Langues'),
      items: {
        type: 'string',
        options: [
          opt('uz', 'Uzbek', 'Ouzbek'),
          opt('ru', 'Russian', 'Russe'),
          opt('en', 'English', 'Anglais'),
        ],
      },
    },
    // Options on the array itself: the other way to declare a multi-select.
    needs: {
      type: 'array',
      title: t('Needs', 'Besoins'),
      options: [opt('housing', 'Housing', 'Logement'), opt('work', 'Work', 'Travail')],
    },
    household: {
      type: 'array',
      title: t('Household', 'Ménage'),
      maxItems: 8,
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', title: t('Name', 'Nom') },
          relation: {
            type: 'string',
            title: t('Relation', 'Lien'),
            options: [
              opt('parent', 'Parent', 'Parent'),
              opt('child', 'Child', 'Enfant'),
              opt('partner', 'Partner', 'Conjoint'),
              opt('other', 'Other', 'Autre'),
            ],
          },
          age: { type: 'integer', minimum: 0, maximum: 120, title: t('Age', 'Âge') },
          disabled: { type: 'boolean', title: t('Has a disability', 'A un handicap') },
          supportNeeds: { type: 'string', title: t('Support needs', "Besoins d'aide") },
        },
        required: ['name'],
      },
    },
    householdSize: { type: 'integer', title: t('Household size', 'Taille du ménage') },
    disabledMembers: { type: 'integer', title: t('Members with a disability', 'Membres handicapés') },
    adults: { type: 'integer', title: t('Adults', 'Adultes') },
    incomePerAdult: { type: 'number', title: t('Income per adult', 'Revenu par adulte') },
    contact: {
      type: 'object',
      title: t('Contact', 'Contact'),
      properties: {
        email: { type: 'string', format: 'email', title: t('E-mail', 'Courriel') },
        city: { type: 'string', title: t('City', 'Ville') },
        callAt: { type: 'string', format: 'time', title: t('Best time to call', 'Heure d’appel') },
      },
    },
    notes: { type: 'string', maxLength: 500, title: t('Notes', 'Notes') },
  },
  required: ['fullName', 'birthDate'],
};

const msg = (en: string, fr: string) => ({ message: t(en, fr) });

const INTAKE_RULES = [
  // Out of order on purpose: it reads `adults`, which a later rule calculates (a second pass settles it).
  {
    id: 'per-adult',
    effect: 'calculate',
    field: 'incomePerAdult',
    value: { '/': [v('income'), v('adults')] },
  },
  { id: 'age', effect: 'calculate', field: 'age', value: { age_years: [v('birthDate'), v('today')] } },
  {
    id: 'sector-if-employed',
    effect: 'show',
    field: 'sector',
    when: { '===': [v('employment'), 'employed'] },
  },
  {
    id: 'north-sectors',
    effect: 'filter_options',
    field: 'sector',
    allow: {
      if: [
        { '===': [v('region'), 'north'] },
        ['agriculture', 'industry'],
        ['agriculture', 'industry', 'services', 'public'],
      ],
    },
  },
  { id: 'source-if-income', effect: 'require', field: 'incomeSource', when: { '>': [v('income'), 0] } },
  { id: 'lock-name', effect: 'readonly', field: 'fullName', when: { '===': [v('locked'), true] } },
  {
    id: 'born-in-past',
    effect: 'error',
    field: 'birthDate',
    when: { after: [v('birthDate'), v('today')] },
    ...msg(
      'The date of birth cannot be in the future.',
      'La date de naissance ne peut pas être dans le futur.',
    ),
  },
  {
    id: 'income-unemployed',
    effect: 'error',
    when: { and: [{ '===': [v('employment'), 'unemployed'] }, { '>': [v('income'), 100000] }] },
    ...msg(
      'Income is too high for an unemployed person.',
      'Revenu trop élevé pour une personne sans emploi.',
    ),
  },
  {
    id: 'needs-if-disabled',
    effect: 'show',
    field: 'household[].supportNeeds',
    when: { '===': [v('household[].disabled'), true] },
  },
  {
    id: 'child-age',
    effect: 'require',
    field: 'household[].age',
    when: { '===': [v('household[].relation'), 'child'] },
  },
  {
    id: 'child-under-18',
    effect: 'error',
    field: 'household[].age',
    when: { and: [{ '===': [v('household[].relation'), 'child'] }, { '>=': [v('household[].age'), 18] }] },
    ...msg('A child must be under 18.', 'Un enfant doit avoir moins de 18 ans.'),
  },
  {
    id: 'adult-relations',
    effect: 'filter_options',
    field: 'household[].relation',
    allow: {
      if: [
        { '>=': [v('household[].age'), 18] },
        ['parent', 'partner', 'other'],
        ['parent', 'child', 'partner', 'other'],
      ],
    },
  },
  { id: 'lock-members', effect: 'readonly', field: 'household[].name', when: { '===': [v('locked'), true] } },
  { id: 'size', effect: 'calculate', field: 'householdSize', value: { count_if: [v('household')] } },
  {
    id: 'disabled-count',
    effect: 'calculate',
    field: 'disabledMembers',
    value: { count_if: [v('household'), { '===': [v('disabled'), true] }] },
  },
  {
    id: 'adults',
    effect: 'calculate',
    field: 'adults',
    value: { count_if: [v('household'), { '>=': [v('age'), 18] }] },
  },
  { id: 'city-in-north', effect: 'show', field: 'contact.city', when: { '===': [v('region'), 'north'] } },
  {
    id: 'north-languages',
    effect: 'filter_options',
    field: 'languages',
    allow: { if: [{ '===': [v('region'), 'north'] }, ['uz', 'ru'], ['uz', 'ru', 'en']] },
  },
  {
    id: 'large-household',
    effect: 'warning',
    when: { '>': [v('householdSize'), v('settings.max_household')] },
    ...msg(
      'A large household: consider a joint assessment.',
      'Ménage nombreux : envisagez une évaluation conjointe.',
    ),
  },
];

export const INTAKE = {
  kind: 'form',
  id: 'intake',
  title: t('Intake', 'Accueil'),
  description: t('First meeting with the client.', 'Premier entretien avec la personne.'),
  purpose: 'intake',
  fields: INTAKE_FIELDS,
  layout: {
    sections: [
      {
        id: 'identity',
        title: t('Identity', 'Identité'),
        fields: ['fullName', 'nationalId', 'birthDate', 'age', 'locked'],
      },
      {
        id: 'situation',
        title: t('Situation', 'Situation'),
        description: t('Work and income.', 'Travail et revenu.'),
        fields: ['employment', 'region', 'sector', 'income', 'incomeSource', 'languages'],
      },
    ],
    widgets: { notes: 'textarea', 'household[].relation': 'radio', locked: 'checkbox', income: 'number' },
    placeholders: {
      notes: t('Anything else to note', 'Autre chose à noter'),
      'household[].name': t('First name', 'Prénom'),
    },
  },
  rules: INTAKE_RULES,
};

export const CYCLIC = {
  kind: 'form',
  id: 'cyclic',
  title: t('Cyclic', 'Cyclique'),
  fields: {
    type: 'object',
    properties: { a: { type: 'number', title: t('A', 'A') }, b: { type: 'number', title: t('B', 'B') } },
  },
  rules: [
    { effect: 'calculate', field: 'a', value: { '+': [{ coalesce: [v('b'), 0] }, 1] } },
    { effect: 'calculate', field: 'b', value: { '+': [{ coalesce: [v('a'), 0] }, 1] } },
  ],
};

/** A calculated field that a later rule hides: calculated, then dropped, in every pass. */
export const TRIAGE = {
  kind: 'form',
  id: 'triage',
  title: t('Triage', 'Tri'),
  fields: {
    type: 'object',
    properties: {
      urgent: { type: 'boolean', title: t('Urgent', 'Urgent') },
      score: { type: 'number', title: t('Score', 'Score') },
    },
  },
  rules: [
    { effect: 'calculate', field: 'score', value: { if: [v('urgent'), 5, 1] } },
    { effect: 'show', field: 'score', when: { '===': [v('urgent'), true] } },
  ],
};

export const EMPLOYMENT = {
  kind: 'lookup',
  id: 'employment-status',
  name: t('Employment status', "Situation d'emploi"),
  options: [
    opt('employed', 'Employed', 'En emploi'),
    opt('unemployed', 'Unemployed', 'Sans emploi'),
    opt('student', 'Student', 'Étudiant'),
    opt('homemaker', 'Homemaker', 'Au foyer', true),
  ],
};

/** Nested repeat groups: actions inside goals, with rules reading both levels and a named rule. */
export const GOALS = {
  kind: 'form',
  id: 'goals',
  title: t('Goals', 'Objectifs'),
  fields: {
    type: 'object',
    properties: {
      goals: {
        type: 'array',
        title: t('Goals', 'Objectifs'),
        items: {
          type: 'object',
          properties: {
            title: { type: 'string', title: t('Goal', 'Objectif') },
            kind: {
              type: 'string',
              title: t('Kind', 'Type'),
              options: [opt('job', 'Job', 'Emploi'), opt('home', 'Home', 'Logement')],
            },
            actionCount: { type: 'integer', title: t('Actions', 'Actions') },
            actions: {
              type: 'array',
              title: t('Actions', 'Actions'),
              items: {
                type: 'object',
                properties: {
                  what: { type: 'string', title: t('What', 'Quoi') },
                  done: { type: 'boolean', title: t('Done', 'Fait') },
                  note: { type: 'string', title: t('Note', 'Note') },
                },
              },
            },
          },
          required: ['title'],
        },
      },
    },
  },
  rules: [
    { id: 'note-when-done', effect: 'show', field: 'goals[].actions[].note', when: { rule: 'action-done' } },
    {
      id: 'what-for-jobs',
      effect: 'require',
      field: 'goals[].actions[].what',
      when: { '===': [v('goals[].kind'), 'job'] },
    },
    {
      id: 'no-todo',
      effect: 'error',
      field: 'goals[].actions[].what',
      when: { '===': [v('goals[].actions[].what'), 'todo'] },
      message: t('Say what will be done.', 'Dites ce qui sera fait.'),
    },
    {
      id: 'count',
      effect: 'calculate',
      field: 'goals[].actionCount',
      value: { count_if: [v('goals[].actions')] },
    },
  ],
};

/** A named rule about the `goals` form, read inside a per-item rule: it sees the same item. */
export const ACTION_DONE = {
  kind: 'rule',
  id: 'action-done',
  name: t('Action done', 'Action faite'),
  purpose: 'condition',
  subject: { form: 'goals' },
  returns: 'boolean',
  logic: { '===': [v('goals[].actions[].done'), true] },
  tests: [
    { name: 'done', facts: { 'goals[]': { 'actions[]': { done: true } } }, expect: true },
    { name: 'not done', facts: { 'goals[]': { 'actions[]': { done: false } } }, expect: false },
  ],
};
