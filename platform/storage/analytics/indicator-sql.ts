/**
 * One indicator as one SQL query: every record of the population with its facts read in SQL,
 * filtered by `where`, placed in a period bucket by its date, and aggregated per bucket and group
 * (grouping sets: the whole range and each bucket, all groups and each group).
 */
import { SQL, sql } from 'drizzle-orm';
import type { IndicatorQuery } from '../../cases/analytics/analytics-types.js';
import type { IndicatorDefinition } from '../../definitions/definition-types.generated.js';
import { settingValues } from '../../definitions/evaluator-options.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { type FactJoins, localDay, newJoins } from './case-fact-sql.js';
import { type Compiled, conditionSql } from './condition-sql.js';
import { dateOfText, factDateText, factJson } from './fact-reads.js';
import type { PopulationSource } from './population-source.js';
import type { Dated } from './site-day.js';
import { valueSql } from './value-sql.js';

/** An indicator's query with its group columns, or why SQL cannot compute it. */
export type IndicatorPlan =
  | { readonly ok: true; readonly query: SQL; readonly groupColumns: readonly string[] }
  | { readonly ok: false; readonly unsupported: readonly string[] };

/** `WITH k AS (…)`: the site's zone, settings and today as the one row fact SQL reads them from. */
export function siteRow(bundle: SiteBundle, today: string): SQL {
  const tz = bundle.site.timeZone ?? 'UTC';
  const settings = JSON.stringify(settingValues(bundle.site));
  return sql`WITH k AS (SELECT ${tz}::text AS tz, ${settings}::text::jsonb AS settings, ${today}::text AS today)`;
}

type Columns = { readonly row: SQL[]; readonly unsupported: string[] };

function add(columns: Columns, name: string, part: Compiled | SQL | undefined, what: string): void {
  if (part === undefined) columns.unsupported.push(what);
  else if (part instanceof SQL) columns.row.push(sql`${part} AS ${sql.raw(name)}`);
  else if (part.ok) columns.row.push(sql`${part.sql} AS ${sql.raw(name)}`);
  else columns.unsupported.push(...part.unsupported);
}

/** The per-record columns: w (where), x (numerator), v (value), date texts, g0… (groups). */
function recordColumns(
  bundle: SiteBundle,
  indicator: IndicatorDefinition,
  source: PopulationSource,
  joins: FactJoins,
  query: Dated<IndicatorQuery>,
): Columns {
  const { measure } = indicator;
  const { population } = measure;
  const columns: Columns = { row: [], unsupported: [] };
  const condition = (logic: unknown) => conditionSql(logic, source, joins, bundle, query.today);
  add(columns, 'w', population.where === undefined ? sql`TRUE` : condition(population.where), 'where');
  add(
    columns,
    'x',
    measure.type === 'ratio' ? condition(measure.numerator ?? false) : sql`FALSE`,
    'numerator',
  );
  const summed = measure.type === 'sum' || measure.type === 'average';
  add(columns, 'v', summed ? valueSql(measure.value ?? null, source, joins) : sql`NULL::numeric`, 'value');
  const created = localDay(source.created).sql;
  const date = population.date;
  add(
    columns,
    'd_raw',
    date === undefined ? sql.raw(`to_char(${created}, 'YYYY-MM-DD')`) : factDateText(source, joins, date),
    `var ${date}`,
  );
  const durations = measure.type.endsWith('_duration');
  const durationDate = (path: string | undefined) =>
    durations && path !== undefined ? factDateText(source, joins, path) : sql`NULL::text`;
  add(columns, 'f_raw', durationDate(measure.from), `var ${measure.from}`);
  add(columns, 't_raw', durationDate(measure.to), `var ${measure.to}`);
  (query.groupBy ?? []).forEach((path, i) =>
    add(columns, `g${i}`, factJson(source, joins, path), `var ${path}`),
  );
  return columns;
}

function aggregates(indicator: IndicatorDefinition): SQL {
  const median =
    indicator.measure.type === 'median_duration'
      ? 'percentile_cont(0.5) WITHIN GROUP (ORDER BY dur) FILTER (WHERE w)'
      : 'NULL::float8';
  return sql.raw(
    [
      'count(*) FILTER (WHERE w) AS n',
      'count(*) FILTER (WHERE w AND x) AS k',
      'COALESCE(sum(v) FILTER (WHERE w), 0) AS vsum',
      'count(v) FILTER (WHERE w) AS vcount',
      'COALESCE(sum(dur) FILTER (WHERE w), 0) AS dsum',
      'count(dur) FILTER (WHERE w) AS dcount',
      `${median} AS median`,
      // Rows SQL could not decide: any makes the whole indicator go in process.
      'count(*) FILTER (WHERE w IS NULL OR (w AND x IS NULL)) AS undecided',
    ].join(', '),
  );
}

/**
 * The query computing `indicator` over the site's records, or what SQL cannot express. `siteId`
 * and `agency` filter rows; `from`, `to` (site-local days) bound the buckets of `period`.
 */
export function indicatorPlan(
  bundle: SiteBundle,
  indicator: IndicatorDefinition,
  source: PopulationSource,
  query: Dated<IndicatorQuery>,
): IndicatorPlan {
  const joins = newJoins();
  const columns = recordColumns(bundle, indicator, source, joins, query);
  if (columns.unsupported.length > 0) return { ok: false, unsupported: [...new Set(columns.unsupported)] };
  const groups = (query.groupBy ?? []).map((_, i) => `g${i}`);
  const filter = { siteId: bundle.siteId, agency: query.agency, form: indicator.measure.population.form };
  const g = groups.length > 0 ? `, ${groups.join(', ')}` : '';
  const sets = groups.length > 0 ? `(), (bucket), (${groups.join(', ')}), (bucket${g})` : '(), (bucket)';
  const grouping = groups.length > 0 ? `, GROUPING(${groups.join(', ')}) AS gg` : ', 0 AS gg';
  const query$ = sql`${siteRow(bundle, query.today)},
r AS MATERIALIZED (SELECT ${sql.join(columns.row, sql`, `)} ${source.from(joins, filter)}),
s AS (SELECT w, x, v${sql.raw(g)}, ${dateOfText('d_raw')} AS d, (${dateOfText('t_raw')} - ${dateOfText('f_raw')}) AS dur FROM r WHERE w IS NOT FALSE),
b AS (SELECT s.*, to_char(date_trunc(${query.period}::text, d::timestamp), 'YYYY-MM-DD') AS bucket FROM s WHERE d BETWEEN ${query.from}::text::date AND ${query.to}::text::date)
SELECT bucket${sql.raw(g)}, GROUPING(bucket) AS gb${sql.raw(grouping)}, ${aggregates(indicator)} FROM b GROUP BY GROUPING SETS (${sql.raw(sets)})`;
  return { ok: true, query: query$, groupColumns: groups };
}
