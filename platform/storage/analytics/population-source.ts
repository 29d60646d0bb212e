/**
 * The record sets indicators and match counts run over, as SQL: each entity's FROM clause, its
 * site (and agency, form) filter, its creation instant, and its facts (`indicator-facts.ts`).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { IndicatorEntity } from '../../definitions/definition-types.generated.js';
import type { SqlVarTarget } from '../../rules/index.js';
import { caseFact, type FactJoins, factLaterals, localDay, personFact, siteFact } from './case-fact-sql.js';

/** Which records of the site: an agency's only, one form's submissions only, open cases only. */
export type PopulationFilter = {
  readonly siteId: string;
  readonly agency?: string | undefined;
  readonly form?: string | undefined;
  readonly openCasesOnly?: boolean;
};

/** One entity's records as SQL: how to select them and read their facts. */
export type PopulationSource = {
  readonly entity: IndicatorEntity | 'open-cases';
  /** The record's primary key, for keyset pages. */
  readonly key: string;
  /** The instant the record was created: its default date. */
  readonly created: string;
  /** A fact path as SQL; undefined when SQL cannot read it. */
  resolve(path: string, joins: FactJoins): SqlVarTarget | undefined;
  /** `FROM k CROSS JOIN … WHERE …`, with the joins the resolved paths need. */
  from(joins: FactJoins, filter: PopulationFilter): SQL;
};

const raw = (text: string) => sql.raw(text);

const PERSON_JOIN = ' JOIN persons p ON p.site_id = c.site_id AND p.id = c.person_id';

function caseAgency(filter: PopulationFilter): SQL {
  return filter.agency === undefined ? sql`` : sql` AND c.agency = ${filter.agency}`;
}

const persons: PopulationSource = {
  entity: 'persons',
  key: 'p.id',
  created: 'p.created_at',
  resolve(path) {
    const [head = '', ...keys] = path.split('.');
    return head === 'person' ? personFact(keys) : siteFact(head, keys);
  },
  from(_joins, filter) {
    // A person belongs to an agency through a case the agency holds.
    const agency =
      filter.agency === undefined
        ? sql``
        : sql` AND EXISTS (SELECT 1 FROM cases ca WHERE ca.site_id = p.site_id AND ca.person_id = p.id AND ca.agency = ${filter.agency})`;
    return sql`FROM k CROSS JOIN persons p WHERE p.site_id = ${filter.siteId}${agency}`;
  },
};

function casesSource(entity: 'cases' | 'open-cases'): PopulationSource {
  return {
    entity,
    key: 'c.id',
    created: 'c.opened_at',
    resolve: caseFact,
    from(joins, filter) {
      const person = joins.person ? PERSON_JOIN : '';
      const open = entity === 'open-cases' ? sql` AND c.status <> 'closed'` : sql``;
      return sql`FROM k CROSS JOIN cases c${raw(person)}${factLaterals(joins, filter.siteId)} WHERE c.site_id = ${filter.siteId}${open}${caseAgency(filter)}`;
    },
  };
}

const TASK_FACTS = new Map<string, SqlVarTarget>([
  ['id', { sql: 't.id::text', type: 'text' }],
  ['definition', { sql: 't.definition_id', type: 'text' }],
  ['kind', { sql: 't.kind', type: 'text' }],
  ['role', { sql: 't.role_id', type: 'text' }],
  ['status', { sql: 't.status', type: 'text' }],
  ['dueAt', localDay('t.due_at')],
  ['completedAt', localDay('t.completed_at')],
  ['overdue', { sql: 't.overdue', type: 'boolean' }],
]);

const tasks: PopulationSource = {
  entity: 'tasks',
  key: 't.id',
  created: 't.created_at',
  resolve(path, joins) {
    const [head, key, ...rest] = path.split('.');
    if (head !== 'task') return caseFact(path, joins);
    return rest.length === 0 && key !== undefined ? TASK_FACTS.get(key) : undefined;
  },
  from(joins, filter) {
    const person = joins.person ? PERSON_JOIN : '';
    const agency = filter.agency === undefined ? sql`` : sql` AND t.agency = ${filter.agency}`;
    return sql`FROM k CROSS JOIN tasks t JOIN cases c ON c.site_id = t.site_id AND c.id = t.case_id${raw(person)}${factLaterals(joins, filter.siteId)} WHERE t.site_id = ${filter.siteId}${agency}`;
  },
};

const SUBMISSION_FACTS = new Map<string, SqlVarTarget>([
  ['id', { sql: 's.id::text', type: 'text' }],
  ['form', { sql: 's.form_id', type: 'text' }],
  ['status', { sql: 's.status', type: 'text' }],
  ['submittedAt', localDay('s.submitted_at')],
]);

/** `data.*`: the submission's data, whose form facts also carry `settings` and `today`. */
function submissionData(keys: readonly string[]): SqlVarTarget | undefined {
  const [first, ...rest] = keys;
  if (first === undefined)
    return { sql: "(s.data || jsonb_build_object('settings', k.settings, 'today', k.today))", type: 'jsonb' };
  if (first === 'settings' || first === 'today') return siteFact(first, rest);
  return { sql: 's.data', jsonPath: keys };
}

const submissions: PopulationSource = {
  entity: 'submissions',
  key: 's.id',
  created: 's.created_at',
  resolve(path, joins) {
    const [head, ...keys] = path.split('.');
    if (head === 'data') return submissionData(keys);
    if (head !== 'submission') return caseFact(path, joins);
    return keys.length === 1 ? SUBMISSION_FACTS.get(keys[0] ?? '') : undefined;
  },
  // Only submitted forms count: drafts are not yet said, superseded versions were said again.
  from(joins, filter) {
    // Forms about a person alone have no case: their case facts are missing.
    const person = joins.person
      ? ' LEFT JOIN persons p ON p.site_id = s.site_id AND p.id = COALESCE(c.person_id, s.person_id)'
      : '';
    const form = filter.form === undefined ? sql`` : sql` AND s.form_id = ${filter.form}`;
    return sql`FROM k CROSS JOIN submissions s LEFT JOIN cases c ON c.site_id = s.site_id AND c.id = s.case_id${raw(person)}${factLaterals(joins, filter.siteId)} WHERE s.site_id = ${filter.siteId} AND s.status = 'submitted'${form}${caseAgency(filter)}`;
  },
};

const refDay = (key: string) => localDay(`(rf.state ->> '${key}')::timestamptz`);

const REFERRAL_FACTS = new Map<string, SqlVarTarget>([
  ['id', { sql: 'rf.id::text', type: 'text' }],
  ['protocol', { sql: 'rf.protocol_id', type: 'text' }],
  ['status', { sql: 'rf.status', type: 'text' }],
  ['fromPartner', { sql: 'rf.sender_partner', type: 'text' }],
  ['toPartner', { sql: 'rf.receiver_partner', type: 'text' }],
  ['toService', { sql: 'rf.receiver_service', type: 'text' }],
  ['sentAt', refDay('sentAt')],
  // The deadline in force: completion once the referral was accepted, response before.
  [
    'dueAt',
    {
      sql: "COALESCE(rf.state #>> '{completionDue,dueDate}', rf.state #>> '{responseDue,dueDate}')",
      type: 'text',
    },
  ],
  ['respondedAt', refDay('respondedAt')],
  ['completedAt', refDay('completedAt')],
  ['declineReason', { sql: "(rf.state ->> 'declineReason')", type: 'text' }],
  [
    'overdue',
    {
      sql: "(COALESCE((rf.state #>> '{overdue,response}')::boolean, FALSE) OR COALESCE((rf.state #>> '{overdue,completion}')::boolean, FALSE))",
      type: 'boolean',
    },
  ],
]);

const referrals: PopulationSource = {
  entity: 'referrals',
  key: 'rf.id',
  created: 'rf.created_at',
  resolve(path, joins) {
    const [head, key, ...rest] = path.split('.');
    if (head !== 'referral') return caseFact(path, joins);
    return rest.length === 0 && key !== undefined ? REFERRAL_FACTS.get(key) : undefined;
  },
  from(joins, filter) {
    const person = joins.person ? PERSON_JOIN : '';
    // An agency's referrals are those it sent and those it received.
    const agency =
      filter.agency === undefined
        ? sql``
        : sql` AND (rf.sender_partner = ${filter.agency} OR rf.receiver_partner = ${filter.agency})`;
    return sql`FROM k CROSS JOIN referrals rf JOIN cases c ON c.site_id = rf.site_id AND c.id = rf.case_id${raw(person)}${factLaterals(joins, filter.siteId)} WHERE rf.site_id = ${filter.siteId}${agency}`;
  },
};

const SOURCES: Record<PopulationSource['entity'], PopulationSource> = {
  persons,
  cases: casesSource('cases'),
  'open-cases': casesSource('open-cases'),
  tasks,
  submissions,
  referrals,
};

/** The SQL source of an entity's records. */
export function populationSource(entity: PopulationSource['entity']): PopulationSource {
  return SOURCES[entity];
}
