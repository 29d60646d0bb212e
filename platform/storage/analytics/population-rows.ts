/**
 * The records of a population as stored, a page at a time (keyset on the primary key), for
 * evaluating expressions in process where SQL cannot: the same FROM and filters as the SQL path.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { JsonObject } from '../../kernel/json.js';
import type { Referral } from '../../referrals/index.js';
import type { Batch } from '../../rules/index.js';
import { type Db, queryRows } from '../database.js';
import { type FactJoins, newJoins } from './case-fact-sql.js';
import { siteRow } from './indicator-sql.js';
import type { PopulationFilter, PopulationSource } from './population-source.js';

/** One stored record and what its facts are built from; instants are ISO texts (UTC). */
export type PopulationRow = {
  readonly id: string;
  readonly created: string;
  readonly p_id: string | null;
  readonly p_data: JsonObject | null;
  readonly p_created: string | null;
  readonly c_id?: string | null;
  readonly c_agency?: string | null;
  readonly c_owner?: string | null;
  readonly c_weight?: number | null;
  readonly c_sop?: string | null;
  readonly c_workflow?: JsonObject | null;
  /** The case's referrals (the referral engine's states). */
  readonly c_referrals?: Referral[] | null;
  readonly t_definition?: string;
  readonly t_kind?: string;
  readonly t_role?: string;
  readonly t_status?: string;
  readonly t_due?: string | null;
  readonly t_completed?: string | null;
  readonly t_overdue?: boolean;
  readonly s_form?: string;
  readonly s_status?: string;
  readonly s_submitted?: string | null;
  readonly s_data?: JsonObject;
  readonly r_protocol?: string;
  readonly r_status?: string;
  readonly r_from?: string;
  readonly r_to?: string | null;
  readonly r_service?: string | null;
  readonly r_state?: Referral;
};

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const PERSON = `p.id::text AS p_id, p.data AS p_data, ${iso('p.created_at')} AS p_created`;
const CASE = `c.id::text AS c_id, c.agency AS c_agency, c.owner_user_id::text AS c_owner, c.weight::float8 AS c_weight, c.sop_id AS c_sop, c.workflow AS c_workflow, (SELECT jsonb_agg(r.state) FROM referrals r WHERE r.site_id = c.site_id AND r.case_id = c.id) AS c_referrals`;

const COLUMNS: Record<PopulationSource['entity'], string> = {
  persons: PERSON,
  cases: `${PERSON}, ${CASE}`,
  'open-cases': `${PERSON}, ${CASE}`,
  tasks: `${PERSON}, ${CASE}, t.definition_id AS t_definition, t.kind AS t_kind, t.role_id AS t_role, t.status AS t_status, ${iso('t.due_at')} AS t_due, ${iso('t.completed_at')} AS t_completed, t.overdue AS t_overdue`,
  submissions: `${PERSON}, ${CASE}, s.form_id AS s_form, s.status AS s_status, ${iso('s.submitted_at')} AS s_submitted, s.data AS s_data`,
  referrals: `${PERSON}, ${CASE}, rf.protocol_id AS r_protocol, rf.status AS r_status, rf.sender_partner AS r_from, rf.receiver_partner AS r_to, rf.receiver_service AS r_service, rf.state AS r_state`,
};

/** Fetches the page of records after a cursor (a primary key); `next` is the last one's. */
export type RowPager = (cursor: string | undefined) => Promise<Batch<PopulationRow>>;

/**
 * Pages through the population's records in key order, `size` at a time; `only` narrows them
 * further (the rows SQL left undecided), compiled with `joins`.
 */
export function populationPager(
  db: Db,
  bundle: SiteBundle,
  source: PopulationSource,
  filter: PopulationFilter,
  options: {
    readonly today: string;
    readonly size?: number;
    readonly only?: SQL;
    readonly joins?: FactJoins;
  },
): RowPager {
  // Person columns are always read; `only` may need the joins its condition was compiled with.
  const joins: FactJoins = { ...(options.joins ?? newJoins()), person: true };
  const columns = sql.raw(
    `${source.key}::text AS id, ${iso(source.created)} AS created, ${COLUMNS[source.entity]}`,
  );
  const size = options.size ?? 1000;
  return async (cursor) => {
    const after = cursor === undefined ? sql`` : sql` AND ${sql.raw(source.key)} > ${cursor}::text::uuid`;
    const only = options.only === undefined ? sql`` : sql` AND (${options.only})`;
    const rows = await queryRows<PopulationRow>(
      db,
      sql`${siteRow(bundle, options.today)} SELECT ${columns} ${source.from(joins, filter)}${after}${only} ORDER BY ${sql.raw(source.key)} LIMIT ${size}`,
    );
    return { rows, next: rows.at(-1)?.id };
  };
}
