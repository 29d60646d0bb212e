/**
 * The case facts (`platform/definitions/facts/case-facts.ts`) as SQL over one row of `cases c`
 * (with `persons p` and the other joins when a path needs them). The runtime builds the
 * same facts in `caseFactsOf` and `referralFacts`: dates are site-local days, `forms.<id>` is the
 * latest submitted data, `tasks.<id>` the latest instance of that task, `referrals.<protocol>` the
 * latest referral under that protocol with the number sent (from the `referrals` table). Values never enter the SQL text:
 * paths below a jsonb column are `jsonPath` keys the compiler binds as parameters, and the site's
 * zone, settings and `today` are columns of the one-row `k` the population query starts from.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { SqlVarTarget } from '../../rules/index.js';

/**
 * The optional joins a query needs, noted while its fact paths are resolved: the person, the
 * parts derived from the workflow state, and the forms read (each by its column `fm.f<n>`).
 */
export type FactJoins = {
  person: boolean;
  referrals: boolean;
  readonly workflow: Set<WorkflowPart>;
  readonly forms: Map<string, number>;
};

/** What the `wf` lateral derives from the workflow state. */
export type WorkflowPart = 'tasks' | 'approvals' | 'milestones';

/** No optional join yet: each resolved path adds what it needs. */
export const newJoins = (): FactJoins => ({
  person: false,
  referrals: false,
  workflow: new Set(),
  forms: new Map(),
});

/** `forms.<id>.…`: the form's data from the forms lateral, so `c.facts` is read once per row. */
function formFact(keys: readonly string[], joins: FactJoins): SqlVarTarget {
  const [formId, ...rest] = keys;
  if (formId === undefined) return json('c.facts', []);
  let column = joins.forms.get(formId);
  if (column === undefined) {
    column = joins.forms.size;
    joins.forms.set(formId, column);
  }
  return json(`fm.f${column}`, rest);
}

/** The site-local day of a `timestamptz` expression, as a SQL `date`. */
export const localDay = (instant: string): SqlVarTarget => ({
  sql: `(${instant} AT TIME ZONE k.tz)::date`,
  type: 'date',
});

/** The site-local day of an ISO instant held as text, as a jsonb string (JSON null for NULL). */
export const localDayJson = (text: string): string =>
  `to_jsonb(to_char((${text})::timestamptz AT TIME ZONE k.tz, 'YYYY-MM-DD'))`;

const json = (sql: string, keys: readonly string[]): SqlVarTarget => ({ sql, jsonPath: keys });

const CASE_RECORD = new Map<string, SqlVarTarget>([
  ['id', { sql: 'c.id::text', type: 'text' }],
  ['status', { sql: 'c.status', type: 'text' }],
  ['stage', { sql: 'c.stage', type: 'text' }],
  ['sop', { sql: 'c.sop_id', type: 'text' }],
  ['agency', { sql: 'c.agency', type: 'text' }],
  ['owner', { sql: 'c.owner_user_id::text', type: 'text' }],
  // The engine's own value (a string or a number), not the text copy in the `priority` column.
  ['priority', json('c.workflow', ['priority'])],
  ['weight', { sql: 'c.weight', type: 'numeric' }],
  ['openedAt', localDay('c.opened_at')],
  ['stageEnteredAt', localDay('c.stage_entered_at')],
  ['closedAt', localDay('c.closed_at')],
  ['closureReason', { sql: 'c.closure_reason', type: 'text' }],
  ['reopenedCount', { sql: 'c.reopened_count', type: 'numeric' }],
]);

/** `person`: the registration data with the record's id and registration day on top. */
const PERSON_OBJECT =
  "(p.data || jsonb_build_object('id', p.id::text, 'registeredAt', to_char((p.created_at AT TIME ZONE k.tz)::date, 'YYYY-MM-DD')))";

/** `person.*` over `persons p`. */
export function personFact(keys: readonly string[]): SqlVarTarget | undefined {
  const [first, ...rest] = keys;
  if (first === undefined) return { sql: PERSON_OBJECT, type: 'jsonb' };
  if (first === 'id') return rest.length === 0 ? { sql: 'p.id::text', type: 'text' } : undefined;
  if (first === 'registeredAt') return rest.length === 0 ? localDay('p.created_at') : undefined;
  return json('p.data', keys);
}

/** `settings.*` and `today`, which every entity has. */
export function siteFact(head: string, keys: readonly string[]): SqlVarTarget | undefined {
  if (head === 'settings') return json('k.settings', keys);
  if (head === 'today') return keys.length === 0 ? { sql: 'k.today', type: 'text' } : undefined;
  return undefined;
}

/**
 * A case fact path as SQL, or undefined when SQL cannot read it (the expression is then evaluated
 * in process). Marks the joins the path needs in `joins`.
 */
export function caseFact(path: string, joins: FactJoins): SqlVarTarget | undefined {
  const [head = '', ...keys] = path.split('.');
  switch (head) {
    case 'case':
      return keys.length === 1 ? CASE_RECORD.get(keys[0] ?? '') : undefined;
    case 'person':
      joins.person = true;
      return personFact(keys);
    case 'forms':
      return formFact(keys, joins);
    case 'tasks':
    case 'approvals':
    case 'milestones':
      joins.workflow.add(head);
      return json(`wf.${head}`, keys);
    case 'referrals':
      joins.referrals = true;
      return json(`COALESCE(rfa.referrals, '{}'::jsonb)`, keys);
    default:
      return siteFact(head, keys);
  }
}

const WORKFLOW_PARTS: Record<WorkflowPart, string> = {
  // The latest instance of each task id: later array elements win, as in `caseFactsOf`.
  tasks: `(SELECT COALESCE(jsonb_object_agg(e ->> 'defId', jsonb_build_object('status', e -> 'status', 'dueAt', COALESCE(NULLIF(e -> 'dueDate', 'null'::jsonb), ${localDayJson("e ->> 'dueAt'")}), 'completedAt', ${localDayJson("e ->> 'completedAt'")}, 'overdue', e -> 'overdue') ORDER BY n), '{}'::jsonb) FROM jsonb_array_elements(c.workflow -> 'tasks') WITH ORDINALITY AS wt(e, n)) AS tasks`,
  approvals: `(SELECT COALESCE(jsonb_object_agg(a.key, jsonb_build_object('status', a.value -> 'status', 'decidedAt', ${localDayJson("a.value ->> 'decidedAt'")})), '{}'::jsonb) FROM jsonb_each(c.workflow -> 'approvals') AS a) AS approvals`,
  milestones: `(SELECT COALESCE(jsonb_object_agg(m.key, jsonb_build_object('reachedAt', ${localDayJson("m.value ->> 'reachedAt'")})), '{}'::jsonb) FROM jsonb_each(c.workflow -> 'milestones') AS m) AS milestones`,
};

/**
 * `referrals.<protocol>` of every case of the site at once (a hash join, not a query per case):
 * per protocol the latest referral by creation (ties: the greater id), and how many were sent.
 */
function referralFacts(siteId: string): SQL {
  const day = (key: string) => localDayJson(`l.state ->> '${key}'`);
  return sql` LEFT JOIN (SELECT l.case_id, jsonb_object_agg(l.protocol_id, jsonb_build_object('status', l.status, 'sentAt', ${sql.raw(day('sentAt'))}, 'respondedAt', ${sql.raw(day('respondedAt'))}, 'completedAt', ${sql.raw(day('completedAt'))}, 'count', l.sent)) AS referrals FROM (SELECT DISTINCT ON (r.case_id, r.protocol_id) r.case_id, r.protocol_id, r.status, r.state, count(*) FILTER (WHERE r.state ->> 'sentAt' IS NOT NULL) OVER (PARTITION BY r.case_id, r.protocol_id) AS sent FROM referrals r WHERE r.site_id = ${siteId} ORDER BY r.case_id, r.protocol_id, (r.state ->> 'createdAt')::timestamptz DESC, r.id DESC) AS l CROSS JOIN k GROUP BY l.case_id) AS rfa ON rfa.case_id = c.id`;
}

/**
 * The joins the resolved paths need: `fm` with each form's data read once from `c.facts` (which
 * is large and stored compressed: every `->` on it would decompress it again), `wf` deriving
 * `tasks`, `approvals`, `milestones` from `c.workflow`, and `rfa` with the referral facts.
 * `OFFSET 0` keeps the planner from inlining the laterals into every expression that reads them.
 */
export function factLaterals(joins: FactJoins, siteId: string): SQL {
  const parts: SQL[] = [];
  if (joins.forms.size > 0) {
    const columns = [...joins.forms].map(
      ([formId, i]) => sql`c.facts -> ${formId}::text AS ${sql.raw(`f${i}`)}`,
    );
    parts.push(sql` CROSS JOIN LATERAL (SELECT ${sql.join(columns, sql`, `)} OFFSET 0) AS fm`);
  }
  if (joins.workflow.size > 0) {
    const derived = [...joins.workflow].sort().map((part) => WORKFLOW_PARTS[part]);
    parts.push(sql.raw(` CROSS JOIN LATERAL (SELECT ${derived.join(', ')} OFFSET 0) AS wf`));
  }
  if (joins.referrals) parts.push(referralFacts(siteId));
  return sql.join(parts);
}
