/**
 * The aggregates behind each indicator cell, computed alike in SQL and in process, and the cells
 * (value, target) made from them.
 */
import type { IndicatorCell, IndicatorTarget, PeriodBucket } from '../../cases/analytics/analytics-types.js';
import type { IndicatorDefinition } from '../../definitions/definition-types.generated.js';
import { canonicalJson } from '../../kernel/canonical-json.js';
import type { JsonValue } from '../../kernel/json.js';

type Measure = IndicatorDefinition['measure']['type'];

/**
 * One (period × group) of the population: `n` records, `k` of them in the numerator, `vsum` and
 * `vcount` of their numbers, `dsum`, `dcount` and `median` of their durations in days.
 */
export type CellStats = {
  readonly period: string | null;
  readonly group: Readonly<Record<string, JsonValue>> | null;
  readonly n: number;
  readonly k: number;
  readonly vsum: number;
  readonly vcount: number;
  readonly dsum: number;
  readonly dcount: number;
  readonly median: number | null;
};

/** Rounds away floating-point noise (a sum of decimals in Node against PostgreSQL's exact one). */
const round = (value: number) => Math.round(value * 10_000) / 10_000;

function measureValue(measure: Measure, s: CellStats): number | null {
  switch (measure) {
    case 'count':
      return s.n;
    case 'ratio':
      return s.n > 0 ? round((100 * s.k) / s.n) : null;
    case 'sum':
      return round(s.vsum);
    case 'average':
      return s.vcount > 0 ? round(s.vsum / s.vcount) : null;
    case 'median_duration':
      return s.median === null ? null : round(s.median);
    case 'mean_duration':
      return s.dcount > 0 ? round(s.dsum / s.dcount) : null;
  }
}

function meets(target: IndicatorTarget, value: number | null): boolean | null {
  if (value === null) return null;
  return target.direction === 'at_least' ? value >= target.value : value <= target.value;
}

const ADDITIVE: ReadonlySet<Measure> = new Set(['count', 'sum']);

function cellOf(indicator: IndicatorDefinition, s: CellStats): IndicatorCell {
  const measure = indicator.measure.type;
  const value = measureValue(measure, s);
  // A target is per period; a group's count or sum is only part of the period's.
  const judged = s.period !== null && (s.group === null || !ADDITIVE.has(measure));
  return {
    period: s.period,
    group: s.group,
    value,
    count: s.n,
    ...(measure === 'ratio' ? { numerator: s.k } : {}),
    ...(measure === 'sum' || measure === 'average' ? { measured: s.vcount } : {}),
    ...(measure.endsWith('_duration') ? { measured: s.dcount } : {}),
    ...(indicator.target !== undefined && judged ? { meetsTarget: meets(indicator.target, value) } : {}),
  };
}

const EMPTY = { n: 0, k: 0, vsum: 0, vcount: 0, dsum: 0, dcount: 0, median: null } as const;

const order = (c: CellStats) => `${c.period ?? '~'}|${c.group === null ? '' : canonicalJson(c.group)}`;

/**
 * The cells of an indicator: every cell with records, plus an all-groups cell for each bucket
 * without any (so a time series has no holes), ordered by period (the whole range last), then group.
 */
export function cellsOf(
  indicator: IndicatorDefinition,
  stats: readonly CellStats[],
  buckets: readonly PeriodBucket[],
): IndicatorCell[] {
  const all = [...stats];
  const totals = new Set(stats.filter((s) => s.group === null).map((s) => s.period));
  for (const bucket of buckets)
    if (!totals.has(bucket.key)) all.push({ ...EMPTY, period: bucket.key, group: null });
  if (!totals.has(null)) all.push({ ...EMPTY, period: null, group: null });
  return all
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
    .map((s) => cellOf(indicator, s));
}
