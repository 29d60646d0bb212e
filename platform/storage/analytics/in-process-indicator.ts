/**
 * An indicator computed in process: every record of the population fetched in pages, its facts
 * built as the runtime builds them, the expressions evaluated by the rules engine. The fallback
 * where SQL cannot express an expression (or decide a row), and the baseline SQL is measured and
 * checked against.
 */
import type { IndicatorQuery } from '../../cases/analytics/analytics-types.js';
import { bucketOf } from '../../cases/analytics/periods.js';
import type { IndicatorDefinition } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { canonicalJson } from '../../kernel/canonical-json.js';
import { dateInZone, daysBetween, fromDayNumber, toDayNumber } from '../../kernel/dates.js';
import type { JsonValue } from '../../kernel/json.js';
import { type Evaluator, evaluateInBatches, truthy } from '../../rules/index.js';
import type { Db } from '../database.js';
import type { CellStats } from './cell-stats.js';
import { type PopulationRow, populationPager } from './population-rows.js';
import type { PopulationSource } from './population-source.js';
import { rowFacts } from './row-facts.js';
import type { Dated } from './site-day.js';
import { siteEvaluator } from './site-evaluator.js';

type Facts = Record<string, unknown>;
type Acc = { -readonly [K in keyof CellStats]: CellStats[K] } & { durations: number[] };

/** The value of `logic` on `facts`; undefined where the evaluation fails (a rule error on odd data). */
function attempt(evaluator: Evaluator, logic: unknown, facts: Facts): unknown {
  try {
    return evaluator.compile(logic)(facts);
  } catch {
    return undefined;
  }
}

/** Only text can be a date (`daysBetween` would read an array's text). */
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** One record's contribution: its bucket, its groups, numerator, number and duration. */
type Contribution = {
  bucket: string;
  groups: Record<string, JsonValue> | null;
  x: boolean;
  v: number | undefined;
  dur: number | undefined;
};

function contribution(
  indicator: IndicatorDefinition,
  query: IndicatorQuery,
  evaluator: Evaluator,
  facts: Facts,
  created: string,
): Contribution | undefined {
  const { measure } = indicator;
  const read = (path: string) => attempt(evaluator, varOf(path), facts);
  const dateFact = measure.population.date;
  const day = dateFact === undefined ? toDayNumber(created) : toDayNumber(read(dateFact));
  if (day === undefined) return undefined;
  const date = fromDayNumber(day);
  if (date < query.from || date > query.to) return undefined;
  const groupBy = query.groupBy ?? [];
  const groups =
    groupBy.length === 0
      ? null
      : Object.fromEntries(groupBy.map((path) => [path, (read(path) ?? null) as JsonValue]));
  const value =
    measure.type === 'sum' || measure.type === 'average'
      ? attempt(evaluator, measure.value ?? null, facts)
      : undefined;
  const durations = measure.type.endsWith('_duration') && measure.from && measure.to;
  return {
    bucket: bucketOf(date, query.period).key,
    groups,
    x: measure.type === 'ratio' && truthy(attempt(evaluator, measure.numerator ?? false, facts)),
    v: typeof value === 'number' && Number.isFinite(value) ? value : undefined,
    dur: durations ? daysBetween(text(read(measure.from ?? '')), text(read(measure.to ?? ''))) : undefined,
  };
}

const varObjects = new Map<string, unknown>();
/** One logic object per path, so the evaluator's compiled-rule cache hits. */
function varOf(path: string): unknown {
  let logic = varObjects.get(path);
  if (logic === undefined) {
    logic = { var: path };
    varObjects.set(path, logic);
  }
  return logic;
}

function accumulate(cells: Map<string, Acc>, c: Contribution): void {
  const keys: [string | null, Record<string, JsonValue> | null][] = [
    [null, null],
    [c.bucket, null],
  ];
  if (c.groups !== null) keys.push([null, c.groups], [c.bucket, c.groups]);
  for (const [period, group] of keys) {
    const key = `${period}|${group === null ? '' : canonicalJson(group)}`;
    let acc = cells.get(key);
    if (acc === undefined) {
      acc = {
        period,
        group,
        n: 0,
        k: 0,
        vsum: 0,
        vcount: 0,
        dsum: 0,
        dcount: 0,
        median: null,
        durations: [],
      };
      cells.set(key, acc);
    }
    acc.n++;
    if (c.x) acc.k++;
    if (c.v !== undefined) {
      acc.vsum += c.v;
      acc.vcount++;
    }
    if (c.dur !== undefined) {
      acc.dsum += c.dur;
      acc.dcount++;
      acc.durations.push(c.dur);
    }
  }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The cell statistics of `indicator`, every record evaluated in process. */
export async function inProcessStats(
  db: Db,
  bundle: SiteBundle,
  indicator: IndicatorDefinition,
  source: PopulationSource,
  query: Dated<IndicatorQuery>,
): Promise<CellStats[]> {
  const evaluator = siteEvaluator(bundle);
  const factsOf = rowFacts(bundle, source, query.today);
  const timeZone = bundle.site.timeZone ?? 'UTC';
  const cells = new Map<string, Acc>();
  let current: { row: PopulationRow; facts: Facts } | undefined;
  const filter = { siteId: bundle.siteId, agency: query.agency, form: indicator.measure.population.form };
  await evaluateInBatches<PopulationRow>({
    fetchBatch: populationPager(db, bundle, source, filter, { today: query.today }),
    evaluator,
    logic: indicator.measure.population.where ?? true,
    factsOf: (row) => {
      current = { row, facts: factsOf(row) };
      return current.facts;
    },
    onMatch: (row) => {
      const facts = current?.row === row ? current.facts : factsOf(row);
      const created = dateInZone(new Date(row.created), timeZone);
      const c = contribution(indicator, query, evaluator, facts, created);
      if (c !== undefined) accumulate(cells, c);
    },
  });
  return [...cells.values()].map(({ durations, ...stats }) => ({ ...stats, median: median(durations) }));
}
