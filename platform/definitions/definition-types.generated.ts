/* Generated from definitions/schema/*.schema.json by `npm run definitions:types`. Do not edit:
 * change the schemas and regenerate. A test fails when this file drifts from the schemas. */

import type {JsonValue} from '../kernel/json.js';

/**
 * Any definition file of a site.
 */
export type Definition =
  | SiteDefinition
  | FormDefinition
  | LookupDefinition
  | RuleDefinition
  | SopDefinition
  | ReferralDefinition
  | ServiceDefinition
  | IndicatorDefinition;
/**
 * An identifier: lower-case letters and digits, words joined by single hyphens or underscores (`needs-assessment`, `case_manager`). Unique within its kind in a site.
 */
export type Id = string;
/**
 * A BCP 47 language tag: a language subtag with optional script or region subtags (`uz`, `ru`, `en`, `sr-Cyrl`, `sr-Latn`, `fr`).
 */
export type Locale = string;
/**
 * An action of the platform that a role may be granted. `break_glass` (with `case.read`): emergency access — read-only, for the hours of the site setting `break_glass_hours` (8 when not set), with a reason, recorded in the case history and the client's disclosure log — to a case outside the role's scope.
 */
export type Permission =
  | 'identification.submit'
  | 'person.register'
  | 'person.read'
  | 'person.update'
  | 'case.open'
  | 'case.read'
  | 'case.assign'
  | 'case.team'
  | 'case.note'
  | 'case.close'
  | 'case.reopen'
  | 'case.passive'
  | 'case.advance'
  | 'task.complete'
  | 'task.add'
  | 'task.reassign'
  | 'approval.request'
  | 'approval.decide'
  | 'review.schedule'
  | 'referral.send'
  | 'referral.respond'
  | 'referral.deliver'
  | 'consent.record'
  | 'consent.withdraw'
  | 'disclosure.read'
  | 'service.manage'
  | 'kpi.read'
  | 'definitions.read'
  | 'definitions.edit'
  | 'definitions.publish'
  | 'definitions.migrate'
  | 'users.manage'
  | 'break_glass';
/**
 * `none` hides the form; `read` shows submitted data; `write` also allows drafts and submissions.
 */
export type AccessLevel = 'none' | 'read' | 'write';
/**
 * A calendar date, `YYYY-MM-DD`.
 */
export type IsoDate = string;
/**
 * A JSON Logic expression (https://jsonlogic.com) extended with Pathway's documented operators (dates, repeat groups, lookups, `rule`). The checker verifies operators, arity, `var` paths against the declared fields, and result types.
 */
export type Expression = JsonValue;
/**
 * A path to a field of a form's data, written like a JSON Logic `var`: names joined by dots (`da.group`). `name[]` steps into each item of a repeat group (`steps[].status`).
 */
export type FieldPath = string;
/**
 * An option set: either listed inline, or a reference to a shared lookup.
 */
export type Options = [Option, ...Option[]] | LookupRef;
/**
 * Set in a site that `extends` a template when this file redefines a definition of the template with the same kind and id: `replace` swaps it whole, `merge` applies this file as a merge patch (objects merge; arrays of objects with an `id` merge by id, an item `{ "id": …, "$remove": true }` removes one; other arrays are replaced). Redefining without saying so is an error, and so is an override of a definition the template does not have.
 */
export type OverrideMode = 'replace' | 'merge';
/**
 * A field name: a letter, then letters, digits or underscores (`dateOfBirth`, `da_group`).
 */
export type FieldName = string;
/**
 * What a deadline counts from: entry into the stage, case opening, completion of another task, or a date field of a submitted form.
 */
export type DeadlineAnchor =
  | {
      /**
       * A case event.
       */
      event: 'stage_entered' | 'case_opened' | 'case_reopened' | 'task_created';
    }
  | {
      task: Id;
    }
  | {
      form: Id;
      field: FieldPath;
    };
/**
 * What is counted. Each has its facts: `cases` — `case.*`, `person.*`, `forms.*`; `persons` — `person.*`; `referrals` — `referral.*` and the referring case's; `tasks` — `task.*` and the case's; `submissions` — `submission.*`, `data.*` (submitted forms only: drafts and superseded versions never count).
 */
export type IndicatorEntity = 'cases' | 'persons' | 'referrals' | 'tasks' | 'submissions';

/**
 * A site: one partnership running one case model. The file `<id>.site.json` at the top of the site folder names the partners, roles and their permissions, locales, working calendar, caseload settings, consent purposes and named settings. A site that `extends` a template inherits every definition of the template and overlays this file on the template's site file (objects merge, arrays of objects merge by `id`).
 */
export interface SiteDefinition {
  /**
   * Always `site`.
   */
  kind: 'site';
  id: Id;
  name: LocalizedText;
  description?: LocalizedText;
  extends?: Id;
  /**
   * A template holds shared building blocks for other sites; it is checked but not served to caseworkers.
   */
  template?: boolean;
  /**
   * ISO 3166-1 alpha-2 country code.
   */
  country?: string;
  /**
   * IANA time zone of the site (`Asia/Tashkent`); dates of deadlines are computed in it.
   */
  timeZone?: string;
  /**
   * Every locale the site works in. Every localized text of the site must have all of them.
   *
   * @minItems 1
   */
  locales: [Locale, ...Locale[]];
  defaultLocale: Locale;
  /**
   * The agencies and organisations of the partnership.
   */
  partners: Partner[];
  /**
   * The roles users hold, with their permissions.
   */
  roles: Role[];
  /**
   * Purposes for which a client may consent to sharing their data.
   */
  consentPurposes?: ConsentPurpose[];
  calendar?: Calendar;
  caseload?: CaseloadSettings;
  registration?: RegistrationSettings;
  /**
   * Named settings: numbers and choices the definitions use by name (`{"setting": "review_interval_weeks"}` in durations, `{"var": "settings.min_age"}` in expressions), each documented with its source. Assumptions not given by regulation are kept here, clearly marked. The platform itself reads `break_glass_hours` (unit `hours`): how long emergency access lasts (8 hours when not set).
   */
  settings?: {
    [k: string]: Setting;
  };
  /**
   * Partnership agreements, memoranda and protocols that mandate the SOPs.
   */
  agreements?: Agreement[];
  /**
   * Boards and committees overseeing the partnership.
   */
  governance?: GovernanceBody[];
  profile?: SiteProfile;
}
/**
 * A user-visible string in each of the site's locales, keyed by locale: `{ "en": "Needs assessment", "uz": "Ehtiyojlarni baholash" }`. The checker reports locales of the site that are missing.
 */
export interface LocalizedText {
  [k: string]: string;
}
/**
 * An agency or organisation of the partnership.
 */
export interface Partner {
  id: Id;
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * What kind of organisation it is.
   */
  type:
    | 'social_services'
    | 'employment_service'
    | 'training_centre'
    | 'ngo'
    | 'health'
    | 'education'
    | 'justice'
    | 'local_government'
    | 'ministry'
    | 'international'
    | 'employer'
    | 'assessment_body'
    | 'other';
  /**
   * Whether the partner's staff use Pathway. Referrals to partners not on the system produce a printable letter and the sender records the answer. Default true.
   */
  onSystem?: boolean;
  /**
   * Whether this partner is the hub (single point of contact, lead agency) of the site.
   */
  hub?: boolean;
  contact?: Contact;
  /**
   * Districts or territories the partner serves.
   */
  districts?: string[];
}
/**
 * How to reach an organisation or service.
 */
export interface Contact {
  /**
   * Telephone number.
   */
  phone?: string;
  /**
   * E-mail address.
   */
  email?: string;
  /**
   * Web site.
   */
  url?: string;
  address?: LocalizedText;
}
/**
 * A role a user holds in one partner agency, with what it may do and see.
 */
export interface Role {
  id: Id;
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * Partner ids whose staff may hold this role; empty or absent means any partner.
   */
  partners?: Id[];
  /**
   * Which cases the role reaches: `own` — cases where the user is owner or team member (plus referrals to the agency); `agency` — every case of the user's agency; `site` — every case of the site; `aggregate` — counts only, never persons.
   */
  scope: 'own' | 'agency' | 'site' | 'aggregate';
  /**
   * Actions the role may take.
   */
  permissions: Permission[];
  formAccess?: FormAccess;
  /**
   * Role ids this role supervises (sees their caseloads, approves their work, reassigns their cases).
   */
  supervises?: Id[];
  /**
   * Para-professional staff work under supervision: their plans and closures always need a supervisor's approval.
   */
  paraProfessional?: boolean;
}
/**
 * What the role may do with form data: a default for all forms and exceptions per form id.
 */
export interface FormAccess {
  default: AccessLevel;
  /**
   * Access per form, keyed by form id.
   */
  forms?: {
    [k: string]: AccessLevel;
  };
}
/**
 * A purpose for which a client may consent to data sharing (e.g. referral to the employment service).
 */
export interface ConsentPurpose {
  id: Id;
  name: LocalizedText;
  description: LocalizedText;
  /**
   * Partner ids that may receive data under this purpose by default.
   */
  recipients?: Id[];
  validity?: Duration;
  /**
   * Whether only written consent (with evidence) is accepted.
   */
  writtenRequired?: boolean;
  /**
   * Whether this consent also admits joint casework: staff of a recipient partner may be added to the team of the client's case held by another partner, and then see and work on it within their role's form access — for as long as this consent is neither withdrawn nor expired (a renewed consent keeps them on). Default false: recipients only receive what referrals share.
   */
  jointCasework?: boolean;
}
/**
 * A length of time: an amount (a number or a named setting) and a unit. Working days follow the site's working calendar.
 */
export interface Duration {
  /**
   * How many units; a number, or a reference to a numeric site setting.
   */
  amount: number | SettingRef;
  /**
   * The unit of the amount.
   */
  unit: 'hours' | 'days' | 'working_days' | 'weeks' | 'months' | 'years';
}
/**
 * A reference to a named setting of the site (`settings` in the site definition), used where a number is a local choice or an assumption.
 */
export interface SettingRef {
  setting: Id;
}
/**
 * The working calendar used for deadlines in working days.
 */
export interface Calendar {
  /**
   * ISO weekdays that are not working days (1 = Monday … 7 = Sunday). Default `[6, 7]`.
   *
   * @maxItems 6
   */
  weekend?:
    | []
    | [number]
    | [number, number]
    | [number, number, number]
    | [number, number, number, number]
    | [number, number, number, number, number]
    | [number, number, number, number, number, number];
  /**
   * Public holidays on fixed dates of given years.
   */
  holidays?: {
    date: IsoDate;
    name?: LocalizedText;
  }[];
  /**
   * Holidays on the same day every year.
   */
  annualHolidays?: {
    /**
     * Month and day, `MM-DD`.
     */
    monthDay: string;
    name?: LocalizedText;
  }[];
}
/**
 * How case allocation is limited: weights per case and caps per role.
 */
export interface CaseloadSettings {
  /**
   * What allocation does when the worker would go over their cap.
   */
  onOverCapacity?: 'warn' | 'refuse';
  /**
   * Weight of a case no weight rule matches. Default 1.
   */
  defaultWeight?: number;
  /**
   * Weight rules in order; the first whose condition holds gives the case's weight.
   */
  weights?: {
    when: Expression;
    /**
     * The case's weight when the condition holds.
     */
    weight: number;
    label?: LocalizedText;
  }[];
  /**
   * Caps per role.
   */
  caps?: {
    role: Id;
    /**
     * Maximum sum of weights of the worker's open cases.
     */
    maxWeightedLoad?: number | SettingRef;
    /**
     * Maximum number of open cases, whatever their weight.
     */
    maxCases?: number | SettingRef;
  }[];
}
/**
 * How persons are registered and recognised: the registration form and which of its fields identify a person.
 */
export interface RegistrationSettings {
  form: FormRef;
  /**
   * Fields holding official identifiers (national id, social security number). The same identifier on two persons flags a duplicate.
   */
  identifiers?: {
    field: FieldPath;
    type: Id;
  }[];
  /**
   * Fields that together make the person's display name, in order.
   *
   * @minItems 1
   */
  nameFields: [FieldPath, ...FieldPath[]];
  birthDateField?: FieldPath;
  sexField?: FieldPath;
  languageField?: FieldPath;
  relations?: Options;
}
/**
 * A reference to a form definition of the same site, by id.
 */
export interface FormRef {
  form: Id;
}
/**
 * One choice of an option set: a stored value and its localized label.
 */
export interface Option {
  /**
   * The value stored in data when this option is chosen. Never change it once cases use it; deprecate instead.
   */
  value: string | number | boolean;
  label: LocalizedText;
  description?: LocalizedText;
  /**
   * For hierarchical option sets: the value of the parent option.
   */
  parent?: string | number | boolean;
  /**
   * Deprecated options stay valid for existing data but are not offered for new entries.
   */
  deprecated?: boolean;
}
/**
 * A reference to a lookup (shared option set) of the same site, by id.
 */
export interface LookupRef {
  lookup: Id;
}
/**
 * A named value used by the definitions.
 */
export interface Setting {
  /**
   * The value.
   */
  value: number | string | boolean;
  /**
   * What the number counts.
   */
  unit?:
    | 'count'
    | 'days'
    | 'working_days'
    | 'weeks'
    | 'months'
    | 'years'
    | 'hours'
    | 'percent'
    | 'currency'
    | 'text'
    | 'flag';
  label: LocalizedText;
  description?: LocalizedText;
  /**
   * Where the value comes from; `assumption` marks a local choice to be confirmed.
   */
  source: 'regulation' | 'seed' | 'seed_derived' | 'assumption';
  /**
   * Citation of the source (document and location).
   */
  reference?: string;
}
/**
 * A partnership agreement, memorandum of understanding or protocol.
 */
export interface Agreement {
  id: Id;
  name: LocalizedText;
  /**
   * Kind of agreement.
   */
  type: 'partnership_agreement' | 'mou' | 'protocol' | 'roof_protocol' | 'cooperation_agreement';
  /**
   * Partner ids that signed it.
   *
   * @minItems 1
   */
  parties: [Id, ...Id[]];
  /**
   * The agreement's term.
   */
  timeframe?: 'semi_annual' | 'annual' | 'multi_annual' | 'open_ended';
  validFrom?: IsoDate;
  validTo?: IsoDate;
  description?: LocalizedText;
}
/**
 * A board or committee overseeing the partnership.
 */
export interface GovernanceBody {
  id: Id;
  name: LocalizedText;
  /**
   * Partner ids represented.
   */
  members: Id[];
  meetsEvery?: Duration;
  description?: LocalizedText;
}
/**
 * Facts about the site used for reporting and roll-out planning.
 */
export interface SiteProfile {
  /**
   * Position on the integration ladder (1 fragmentation … 8 integration of ministries).
   */
  integrationLevel?: {
    /**
     * Level today.
     */
    current?: number;
    /**
     * Level aimed for.
     */
    target?: number;
  };
  /**
   * Districts or territories the site covers.
   */
  districts?: string[];
  notes?: LocalizedText;
}
/**
 * A form: its data fields (a JSON Schema subset with localized titles and option sets), its layout, and its form rules (show/hide, require, calculate, errors and warnings, option filters). The forms engine turns it into the JSON Schema and ui schema a browser renders and the server validates, with the same rules on both sides.
 */
export interface FormDefinition {
  /**
   * Always `form`.
   */
  kind: 'form';
  id: Id;
  override?: OverrideMode;
  title: LocalizedText;
  description?: LocalizedText;
  /**
   * The form's place in the case lifecycle; used to group forms in the UI and in reports.
   */
  purpose?:
    | 'registration'
    | 'identification'
    | 'intake'
    | 'consent'
    | 'screening'
    | 'assessment'
    | 'profiling'
    | 'plan'
    | 'follow_up'
    | 'review'
    | 'case_conference'
    | 'referral'
    | 'counter_referral'
    | 'closure'
    | 'aftercare'
    | 'supervision'
    | 'payment'
    | 'note'
    | 'other';
  /**
   * What a submission belongs to: a person (registration data), a case (most forms) or a referral (referral and counter-referral forms). Default `case`.
   */
  subject?: 'person' | 'case' | 'referral';
  /**
   * Whether a case may hold many submissions of this form (follow-up contacts, case conferences). Otherwise there is one current submission, and earlier ones are kept as history.
   */
  repeatable?: boolean;
  /**
   * Whether a client copy can be printed (action plan, referral letter).
   */
  printable?: boolean;
  /**
   * `special_category` (health, disability, violence, child protection) narrows default visibility to the case team.
   */
  sensitivity?: 'normal' | 'special_category';
  fields: ObjectField;
  layout?: FormLayout;
  /**
   * Form rules, applied in order on every change, in the browser and again on the server.
   */
  rules?: FormRule[];
}
/**
 * The root field of a form: an object with named fields.
 */
export interface ObjectField {
  /**
   * Always `object`.
   */
  type: 'object';
  /**
   * The form's fields.
   */
  properties: {
    [k: string]: Field;
  };
  /**
   * Fields that must always be filled.
   */
  required?: FieldName[];
}
/**
 * One field of a form.
 */
export interface Field {
  /**
   * The JSON type of the value.
   */
  type: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  title?: LocalizedText;
  description?: LocalizedText;
  /**
   * For strings: a standard format that is validated and gets a suitable input.
   */
  format?: 'date' | 'date-time' | 'time' | 'email' | 'uri';
  options?: Options;
  /**
   * Smallest allowed number.
   */
  minimum?: number;
  /**
   * Largest allowed number.
   */
  maximum?: number;
  /**
   * Shortest allowed string.
   */
  minLength?: number;
  /**
   * Longest allowed string.
   */
  maxLength?: number;
  /**
   * Regular expression a string must match (for identifiers).
   */
  pattern?: string;
  patternMessage?: LocalizedText;
  /**
   * Fewest items of an array.
   */
  minItems?: number;
  /**
   * Most items of an array (e.g. at most 6 objectives).
   */
  maxItems?: number;
  /**
   * Whether array items must differ.
   */
  uniqueItems?: boolean;
  /**
   * For objects: the nested fields.
   */
  properties?: {
    [k: string]: Field;
  };
  /**
   * For objects: fields that must always be filled (conditional requirements are form rules).
   */
  required?: FieldName[];
  items?: Field;
  /**
   * The initial value.
   */
  default?: JsonValue;
  /**
   * Shown but not editable (calculated fields).
   */
  readOnly?: boolean;
  /**
   * Special-category data: never shared by a referral unless listed explicitly, and masked in lists.
   */
  sensitive?:
    'health' | 'disability' | 'criminal_record' | 'domestic_violence' | 'child_protection' | 'financial' | 'identity';
}
/**
 * How the form is laid out: sections of top-level fields, and the widget of particular fields.
 */
export interface FormLayout {
  /**
   * Sections in display order; each lists top-level field names. Fields not listed are appended at the end.
   */
  sections?: {
    id: Id;
    title: LocalizedText;
    description?: LocalizedText;
    /**
     * Top-level fields in this section, in order.
     *
     * @minItems 1
     */
    fields: [FieldName, ...FieldName[]];
  }[];
  /**
   * The input used for particular fields, keyed by field path.
   */
  widgets?: {
    [k: string]:
      | 'text'
      | 'textarea'
      | 'select'
      | 'radio'
      | 'checkboxes'
      | 'checkbox'
      | 'date'
      | 'number'
      | 'likert'
      | 'signature'
      | 'hidden';
  };
  /**
   * Placeholder text inside inputs, keyed by field path.
   */
  placeholders?: {
    [k: string]: LocalizedText;
  };
}
/**
 * A form rule. `show`: the field exists only while `when` holds (its data is dropped otherwise). `require`: the field must be filled while `when` holds. `calculate`: the field's value is `value`. `error`/`warning`: `message` is shown (beside `field`, or at the top) while `when` holds; errors block submission, warnings do not. `filter_options`: only option values in the list `allow` returns are offered. Expressions read the form's data by field path; rules on a field inside a repeat group (`steps[].x`) are applied to each item, and `steps[].y` in their expressions means the same item's `y`.
 */
export interface FormRule {
  id?: Id;
  /**
   * What the rule does.
   */
  effect: 'show' | 'require' | 'calculate' | 'error' | 'warning' | 'filter_options' | 'readonly';
  field?: FieldPath;
  when?: Expression;
  value?: Expression;
  allow?: Expression;
  message?: LocalizedText;
  description?: LocalizedText;
}
/**
 * A lookup: a shared, localized option set used by form fields (`{"lookup": "closure-reasons"}`), rules (`in_lookup`) and reports.
 */
export interface LookupDefinition {
  /**
   * Always `lookup`.
   */
  kind: 'lookup';
  id: Id;
  override?: OverrideMode;
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * The options, in display order. Values are unique.
   *
   * @minItems 1
   */
  options: [Option, ...Option[]];
}
/**
 * A named rule (eligibility, triage, risk score, routing, calculation) as a JSON Logic expression over the facts of its subject, with the test cases that define its intended behaviour in the same file. Other expressions reuse it with the `rule` operator (`{"rule": "in-target-group"}`).
 */
export interface RuleDefinition {
  /**
   * Always `rule`.
   */
  kind: 'rule';
  id: Id;
  override?: OverrideMode;
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * What the rule is for.
   */
  purpose: 'eligibility' | 'triage' | 'risk_score' | 'routing' | 'calculation' | 'condition';
  /**
   * Which facts the rule reads. `person`: `person.*` (registration data), `settings.*`, `today`. `case`: also `case.*`, `forms.<form-id>.*` (latest submitted data per form), `tasks.<task-id>.*`, `referrals.<protocol-id>.*`. `{"form": id}`: that form's fields at the top level, plus `settings.*` and `today`.
   */
  subject: ('person' | 'case') | FormRef;
  /**
   * The type of the rule's value; the checker verifies the logic can produce it.
   */
  returns: 'boolean' | 'number' | 'string' | 'date' | 'array';
  /**
   * For rules returning strings (routing, triage): every possible value with its label.
   */
  outcomes?: Option[];
  logic: Expression;
  /**
   * Test cases: facts and the value the rule must return. `npm run definitions:test` runs them, publishing requires them to pass, and they must reach every branch of the logic.
   */
  tests?: RuleTest[];
}
/**
 * One test case of a rule.
 */
export interface RuleTest {
  /**
   * What the case shows (`17-year-old is not eligible`).
   */
  name: string;
  /**
   * The facts, shaped like the rule's subject (settings come from the site unless given here).
   */
  facts: {
    [k: string]: unknown;
  };
  today?: IsoDate;
  /**
   * The value the rule must return.
   */
  expect: JsonValue;
}
/**
 * A standard operating procedure: the case workflow as data. Stages with entry and exit conditions, required forms, transitions with guards and approval gates, tasks with responsible roles and deadlines, discretionary tasks, milestones, recurring reviews, closure with reasons, passive status, re-opening, and scenario tests that walk a case through it.
 */
export interface SopDefinition {
  /**
   * Always `sop`.
   */
  kind: 'sop';
  id: Id;
  override?: OverrideMode;
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * Partner ids whose staff may open cases under this SOP; absent means any partner with `case.open`.
   */
  openedBy?: Id[];
  initialStage: Id;
  /**
   * The stages, in their usual order.
   *
   * @minItems 1
   */
  stages: [Stage, ...Stage[]];
  /**
   * Approvals used as gates by transitions and closure.
   */
  approvals?: Approval[];
  /**
   * Recurring reviews.
   */
  reviews?: Review[];
  /**
   * Optional tasks a caseworker may add to a case from this list.
   */
  discretionaryTasks?: Task[];
  /**
   * Milestones reached when their condition first holds (recorded in the case history, used in indicators).
   */
  milestones?: Milestone[];
  priority?: PrioritySettings;
  closure: Closure;
  passive?: PassiveStatus;
  reopen?: Reopen;
  /**
   * Scenario tests: sequences of events with the expected stage, status, tasks and blocked reasons.
   */
  scenarios?: Scenario[];
}
/**
 * A stage of the case.
 */
export interface Stage {
  id: Id;
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * Its place in the common case-management lifecycle, so sites with different stages can be compared.
   */
  category?:
    | 'identification'
    | 'intake'
    | 'screening'
    | 'allocation'
    | 'assessment'
    | 'planning'
    | 'implementation'
    | 'review'
    | 'closure'
    | 'aftercare';
  /**
   * Forms that must be submitted before the case leaves the stage.
   */
  requiredForms?: FormRef[];
  /**
   * Further forms offered in this stage.
   */
  optionalForms?: FormRef[];
  entry?: Expression;
  exit?: Expression;
  /**
   * Where the case may go from here.
   */
  transitions?: Transition[];
  /**
   * Tasks created when the case enters the stage.
   */
  tasks?: Task[];
}
/**
 * A move from the stage to another one, or out of the procedure (closure of an ineligible case).
 */
export interface Transition {
  id: Id;
  to?: Id;
  name: LocalizedText;
  when?: Expression;
  /**
   * Forms that must be submitted for this transition, in addition to the stage's.
   */
  requiredForms?: FormRef[];
  approval?: Id;
  /**
   * Taken by the engine as soon as every guard holds (after a form submission, task completion or approval).
   */
  automatic?: boolean;
  /**
   * Instead of moving, close the case with this closure reason (ineligible exit, no action required).
   */
  closeWith?: string;
}
/**
 * A task: something a role must do by a deadline, optionally by filling a form (it completes when the form is submitted).
 */
export interface Task {
  id: Id;
  name: LocalizedText;
  description?: LocalizedText;
  role: Id;
  form?: FormRef;
  due?: Due;
  /**
   * Required tasks must be completed (or skipped with a reason) before the case leaves the stage.
   */
  required?: boolean;
  when?: Expression;
}
/**
 * A deadline: a duration after an anchor.
 */
export interface Due {
  in: Duration;
  from?: DeadlineAnchor;
}
/**
 * An approval: someone in `role` approves, or returns with a comment, what the case worker submitted.
 */
export interface Approval {
  id: Id;
  name: LocalizedText;
  role: Id;
  form?: FormRef;
  due?: Due;
}
/**
 * A recurring review: while the case is in one of `during`, a review task is due every `every`; the caseworker may move the next date within `adjustable`.
 */
export interface Review {
  id: Id;
  name: LocalizedText;
  every: Duration;
  /**
   * Stage ids during which reviews recur.
   *
   * @minItems 1
   */
  during: [Id, ...Id[]];
  role: Id;
  form: FormRef;
  when?: Expression;
  /**
   * Bounds within which the next review date may be moved for one case.
   */
  adjustable?: {
    min?: Duration;
    max?: Duration;
  };
}
/**
 * A milestone of the case.
 */
export interface Milestone {
  id: Id;
  name: LocalizedText;
  when: Expression;
}
/**
 * How a case's priority is set.
 */
export interface PrioritySettings {
  options: Options;
  rule?: Expression;
}
/**
 * How cases close: the reasons, the closure form, an optional approval, and follow-up after closure.
 */
export interface Closure {
  reasons: Options;
  form?: FormRef;
  approval?: Id;
  /**
   * Stage ids from which a case may be closed; absent means any.
   */
  fromStages?: Id[];
  /**
   * Follow-up contacts after closure (aftercare, post-placement).
   */
  followUps?: {
    /**
     * When each follow-up is due, counted from closure.
     *
     * @minItems 1
     */
    after: [Duration, ...Duration[]];
    role: Id;
    form: FormRef;
    when?: Expression;
  };
}
/**
 * Open/passive ("hibernation"): the case stays open without active work and is brought back to attention after an interval.
 */
export interface PassiveStatus {
  /**
   * Stage ids from which a case may become passive.
   *
   * @minItems 1
   */
  fromStages: [Id, ...Id[]];
  reviewAfter: Duration;
  reasons?: Options;
}
/**
 * How a closed case is re-opened.
 */
export interface Reopen {
  stage: Id;
  /**
   * Forms that must be submitted again after re-opening before the case can leave that stage (re-assessment).
   */
  requiresForms?: FormRef[];
  within?: Duration;
}
/**
 * A scenario test: events applied in order from a fresh case, each with optional expectations.
 */
export interface Scenario {
  /**
   * What the scenario shows.
   */
  name: string;
  /**
   * The instant the case is opened. Default 2025-01-06T09:00:00Z (a Monday).
   */
  start?: string;
  /**
   * Registration data of the client.
   */
  person?: {
    [k: string]: unknown;
  };
  /**
   * The steps.
   *
   * @minItems 1
   */
  steps: [ScenarioStep, ...ScenarioStep[]];
}
/**
 * One event and what must hold after it.
 */
export interface ScenarioStep {
  after?: Duration;
  event?: ScenarioEvent;
  expect?: ScenarioExpectation;
}
/**
 * A case event. `submit`: a form submission. `advance`: a request to move to a stage. `complete_task`/`skip_task`: a task done or skipped. `add_task`: a discretionary task added. `request_approval`/`approve`/`return`: an approval request and its decision. `close`, `reopen`, `set_passive`, `resume`: status changes. `tick`: only time passes.
 */
export interface ScenarioEvent {
  /**
   * The event type.
   */
  type:
    | 'submit'
    | 'advance'
    | 'complete_task'
    | 'skip_task'
    | 'add_task'
    | 'request_approval'
    | 'approve'
    | 'return'
    | 'close'
    | 'reopen'
    | 'set_passive'
    | 'resume'
    | 'tick';
  form?: Id;
  /**
   * For submit: the submitted data.
   */
  data?: {
    [k: string]: unknown;
  };
  to?: Id;
  task?: Id;
  approval?: Id;
  /**
   * For close and set_passive: the reason value; for skip_task and return: the comment.
   */
  reason?: string;
  role?: Id;
}
/**
 * What must hold after a step.
 */
export interface ScenarioExpectation {
  stage?: Id;
  /**
   * The case's status.
   */
  status?: 'open' | 'passive' | 'closed';
  /**
   * Exactly the open tasks (by task or review id), in any order.
   */
  openTasks?: Id[];
  /**
   * Exactly the overdue tasks.
   */
  overdueTasks?: Id[];
  /**
   * The event must be refused (a blocked transition).
   */
  rejected?: boolean;
  /**
   * Codes of the reasons the event was refused (`form_missing:needs-assessment`, `approval_pending:plan-approval`, `guard_failed`, `task_open:…`).
   */
  blockedBy?: string[];
  /**
   * Milestones reached so far.
   */
  milestones?: Id[];
  /**
   * The closure reason of a closed case.
   */
  closureReason?: string;
}
/**
 * A referral protocol between partners: who may refer, to whom, for which reasons, under which eligibility rule and consent purpose, exactly which data is shared, the response deadline, the answers the receiver may give, the counter-referral, and who is responsible for the client meanwhile.
 */
export interface ReferralDefinition {
  /**
   * Always `referral`.
   */
  kind: 'referral';
  id: Id;
  override?: OverrideMode;
  name: LocalizedText;
  description?: LocalizedText;
  /**
   * Who may send referrals under this protocol.
   */
  from: {
    /**
     * Sending partner ids.
     *
     * @minItems 1
     */
    partners: [Id, ...Id[]];
    /**
     * Roles allowed to send; absent means any role with `referral.send`.
     */
    roles?: Id[];
  };
  /**
   * The receiver: a partner, or a service of the directory (whose provider receives).
   */
  to:
    | {
        partner: Id;
      }
    | ServiceRef;
  reasons?: Options;
  eligibility?: Expression;
  consentPurpose?: Id;
  /**
   * Exactly the data the receiver sees (data minimisation): fields of named forms. Everything else of the case stays invisible to the receiver.
   */
  shared?: {
    form: Id;
    /**
     * Field paths shared from that form.
     *
     * @minItems 1
     */
    fields: [FieldPath, ...FieldPath[]];
  }[];
  form?: FormRef;
  responseDeadline: Duration;
  completionDeadline?: Duration;
  declineReasons?: Options;
  feedbackForm?: FormRef;
  /**
   * The sender's responsibility: kept until the receiver accepts (then shared), always kept (the sender stays the key contact), or transferred to the receiver on acceptance.
   */
  responsibility: 'kept_until_accepted' | 'kept' | 'transferred_on_accept';
  /**
   * How the referral updates the sender's action plan: the plan form's repeat group and the fields that hold the referral's protocol and status.
   */
  planLink?: {
    form: Id;
    items: FieldPath;
    statusField: FieldName;
    /**
     * Step status to set when the referral reaches each state.
     */
    statusOn: {
      /**
       * Status when sent.
       */
      requested?: string;
      /**
       * Status when accepted.
       */
      accepted?: string;
      /**
       * Status when declined.
       */
      rejected?: string;
      /**
       * Status when completed with counter-referral.
       */
      completed?: string;
      /**
       * Status when the service failed or the client did not show.
       */
      failed?: string;
    };
  };
  /**
   * The printable referral letter (used for receivers not on the system, and as the client's copy).
   */
  letter?: {
    title: LocalizedText;
    body: LocalizedText;
  };
}
/**
 * A reference to a service-directory entry of the same site, by id.
 */
export interface ServiceRef {
  service: Id;
}
/**
 * An entry of the service directory (aligned with Open Referral HSDS 3.0: service, organization, eligibility, capacity, location, language, contact), with a machine-evaluable eligibility condition so screening can list the services a client qualifies for.
 */
export interface ServiceDefinition {
  /**
   * Always `service`.
   */
  kind: 'service';
  id: Id;
  override?: OverrideMode;
  name: LocalizedText;
  description: LocalizedText;
  /**
   * Who provides it: a partner of the site, or an organisation outside the partnership.
   */
  provider:
    | {
        partner: Id;
      }
    | {
        /**
         * An organisation outside the partnership.
         */
        organization: {
          name: LocalizedText;
          contact?: Contact;
        };
      };
  /**
   * Classification codes (`active_labour_market`, `vocational_training`, `counselling`, `social_service`, `health`, `legal_aid`, `cash_transfer`, `advice`).
   */
  categories?: Id[];
  eligibility?: Expression;
  eligibilityText?: LocalizedText;
  /**
   * How many clients the service can take.
   */
  capacity?: {
    /**
     * Places per period.
     */
    places?: number;
    /**
     * The period places refer to.
     */
    period?: 'ongoing' | 'month' | 'quarter' | 'year' | 'cohort';
    /**
     * Typical wait before starting, in days.
     */
    waitingDays?: number;
  };
  duration?: Duration;
  /**
   * Where the service is delivered.
   */
  locations?: {
    name: LocalizedText;
    address?: LocalizedText;
    city?: LocalizedText;
    /**
     * The postal code (HSDS `postal_code`).
     */
    postalCode?: string;
    /**
     * District or territory (HSDS `region`).
     */
    district?: string;
    /**
     * The country, as an ISO 3166-1 alpha-2 code (HSDS `country`).
     */
    country?: string;
    /**
     * Accessibility features.
     */
    accessibility?: ('step_free' | 'accessible_toilet' | 'sign_language' | 'hearing_loop' | 'braille' | 'easy_read')[];
  }[];
  /**
   * Languages the service is delivered in.
   */
  languages?: Locale[];
  contact?: Contact;
  schedule?: LocalizedText;
  fees?: LocalizedText;
  referral?: ReferralRef;
  /**
   * `gap` marks a service the partnership needs but nobody provides yet (raised to the board).
   */
  status?: 'active' | 'inactive' | 'gap';
}
/**
 * A reference to a referral protocol of the same site, by id.
 */
export interface ReferralRef {
  referral: Id;
}
/**
 * A KPI as a declarative aggregate over cases, persons, referrals, tasks or submissions: a count, a ratio, a sum or average, or a median or mean duration between two dates, with a filter, a period and group-by dimensions. Computed in SQL.
 */
export interface IndicatorDefinition {
  /**
   * Always `indicator`.
   */
  kind: 'indicator';
  id: Id;
  override?: OverrideMode;
  name: LocalizedText;
  description?: LocalizedText;
  measure: Measure;
  /**
   * Default reporting period.
   */
  period?: 'week' | 'month' | 'quarter' | 'year';
  /**
   * Dimensions the board may break the indicator down by.
   */
  groupBy?: Dimension[];
  /**
   * The unit of the value.
   */
  unit: 'count' | 'percent' | 'days' | 'number';
  /**
   * The target, if the partnership agreed one.
   */
  target?: {
    /**
     * The target value per period.
     */
    value: number;
    /**
     * Whether the value should reach at least or stay at most the target.
     */
    direction: 'at_least' | 'at_most';
  };
}
/**
 * How the value is computed.
 */
export interface Measure {
  /**
   * `count` of `population`; `ratio` = count of `numerator` / count of `population` (as percent); `sum`/`average` of `value` over `population`; durations in days from `from` to `to`.
   */
  type: 'count' | 'ratio' | 'sum' | 'average' | 'median_duration' | 'mean_duration';
  population: Population;
  numerator?: Expression;
  value?: Expression;
  /**
   * For durations: fact path of the start date.
   */
  from?: string;
  /**
   * For durations: fact path of the end date.
   */
  to?: string;
}
/**
 * A set of records: an entity, an optional filter, and the date that places each record in a period.
 */
export interface Population {
  of: IndicatorEntity;
  where?: Expression;
  /**
   * The fact path of the date placing a record in a period (`case.openedAt`, `referral.sentAt`). Default: the record's creation.
   */
  date?: string;
  form?: Id;
}
/**
 * A group-by dimension: a fact path of the entity (`case.stage`, `case.agency`, `referral.toPartner`, `forms.screening.severity`) with its label.
 */
export interface Dimension {
  /**
   * The fact path.
   */
  path: string;
  label: LocalizedText;
}
