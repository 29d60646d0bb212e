import type { AllIndicatorsQuery } from '../../cases/analytics/analytics-port.js';
import type { IndicatorQuery, IndicatorResult, KpiFallback } from '../../cases/analytics/analytics-types.js';
import { bucketsBetween } from '../../cases/analytics/periods.js';
import type { IndicatorDefinition } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { PlatformError } from '../../kernel/errors.js';
import type { JsonValue } from '../../kernel/json.js';
import type { Db } from '../database.js';
import { analyticsRows } from './analytics-rows.js';
import { type CellStats, cellsOf } from './cell-stats.js';
import { inProcessStats } from './in-process-indicator.js';
import { indicatorPlan } from './indicator-sql.js';
import { type PopulationSource, populationSource } from './population-source.js';
import { type Dated, dated } from './site-day.js';

type StatsRow = Record<string, unknown>;

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/** Cell statistics from the grouping-set rows of the indicator query. */
function statsOfRows(rows: readonly StatsRow[], groupBy: readonly string[]): CellStats[] {
  return rows.map((row) => ({
    period: num(row.gb) === 0 ? String(row.bucket) : null,
    group:
      groupBy.length > 0 && num(row.gg) === 0
        ? Object.fromEntries(groupBy.map((path, i) => [path, (row[`g${i}`] ?? null) as JsonValue]))
        : null,
    n: num(row.n),
    k: num(row.k),
    vsum: num(row.vsum),
    vcount: num(row.vcount),
    dsum: num(row.dsum),
    dcount: num(row.dcount),
    median: row.median === null || row.median === undefined ? null : Number(row.median),
  }));
}

type Computed = { stats: CellStats[]; engine: 'sql' | 'in-process'; fallback?: KpiFallback };

async function statsOf(
  db: Db,
  bundle: SiteBundle,
  indicator: IndicatorDefinition,
  source: PopulationSource,
  query: Dated<IndicatorQuery>,
): Promise<Computed> {
  const inProcess = async (fallback: KpiFallback): Promise<Computed> => ({
    stats: await inProcessStats(db, bundle, indicator, source, query),
    engine: 'in-process',
    fallback,
  });
  if (query.engine === 'in-process') return inProcess({ reason: 'requested' });
  const plan = indicatorPlan(bundle, indicator, source, query);
  if (!plan.ok) return inProcess({ reason: 'unsupported', unsupported: plan.unsupported });
  const rows = await analyticsRows<StatsRow>(db, plan.query);
  // The grand total (every grouping bit set) counts each undecided record once.
  const all = (1 << (query.groupBy ?? []).length) - 1;
  const total = rows.find((row) => num(row.gb) === 1 && num(row.gg) === all);
  const undecided = num(total?.undecided);
  if (undecided > 0) return inProcess({ reason: 'undecided', rows: undecided });
  return { stats: statsOfRows(rows, query.groupBy ?? []), engine: 'sql' };
}

/**
 * Computes an indicator of the site over site-local days `from`–`to`, per `period` bucket (the
 * first and last may be partial) and per value of each `groupBy` dimension, in SQL: the `where`
 * filter and the numerator compiled by the rules engine, every value parameterised. Where SQL
 * cannot express an expression, or cannot decide a record exactly, every record is evaluated in
 * process instead (same results) and the result says so. Only the site's records count: cases of
 * its published definitions, any version.
 */
export async function computeIndicator(
  db: Db,
  bundle: SiteBundle,
  indicatorId: string,
  query: IndicatorQuery,
): Promise<IndicatorResult> {
  const started = performance.now();
  const indicator = bundle.indicators[indicatorId];
  if (indicator === undefined) throw new PlatformError('not_found', `No indicator "${indicatorId}".`);
  const { measure } = indicator;
  const source = populationSource(measure.population.of);
  const computed = await statsOf(db, bundle, indicator, source, dated(bundle, query));
  const periods = bucketsBetween(query.from, query.to, query.period);
  return {
    indicatorId,
    entity: measure.population.of,
    measure: measure.type,
    unit: indicator.unit,
    period: query.period,
    from: query.from,
    to: query.to,
    agency: query.agency ?? null,
    groupBy: query.groupBy ?? [],
    target: indicator.target ?? null,
    engine: computed.engine,
    ...(computed.fallback ? { fallback: computed.fallback } : {}),
    periods,
    cells: cellsOf(indicator, computed.stats, periods),
    elapsedMs: Math.round(performance.now() - started),
  };
}

/** Every indicator of the site for the dashboard, in definition order, a few queries at a time. */
export async function computeAllIndicators(
  db: Db,
  bundle: SiteBundle,
  query: AllIndicatorsQuery,
): Promise<IndicatorResult[]> {
  const indicators = Object.values(bundle.indicators);
  const results: IndicatorResult[] = new Array(indicators.length);
  let next = 0;
  const worker = async () => {
    while (next < indicators.length) {
      const i = next++;
      const indicator = indicators[i] as IndicatorDefinition;
      results[i] = await computeIndicator(
        db,
        bundle,
        indicator.id,
        typeof query === 'function' ? query(indicator) : query,
      );
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return results;
}
