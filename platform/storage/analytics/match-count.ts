import { type SQL, sql } from 'drizzle-orm';
import type {
  KpiFallback,
  MatchCountOptions,
  MatchCountResult,
  MatchProgress,
  MatchRule,
} from '../../cases/analytics/analytics-types.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { PlatformError } from '../../kernel/errors.js';
import { evaluateInBatches } from '../../rules/index.js';
import { type Db, queryRows } from '../database.js';
import { analyticsRows } from './analytics-rows.js';
import { type FactJoins, newJoins } from './case-fact-sql.js';
import { conditionSql } from './condition-sql.js';
import { siteRow } from './indicator-sql.js';
import { populationPager, type RowPager } from './population-rows.js';
import { type PopulationSource, populationSource } from './population-source.js';
import { rowFacts } from './row-facts.js';
import { type Dated, dated } from './site-day.js';
import { siteEvaluator } from './site-evaluator.js';

type Counted = { evaluated: number; matched: number; failed: number };

async function countInProcess(
  bundle: SiteBundle,
  source: PopulationSource,
  logic: unknown,
  pager: RowPager,
  options: Dated<MatchCountOptions>,
  total: number,
): Promise<Counted> {
  const progress = await evaluateInBatches({
    fetchBatch: pager,
    evaluator: siteEvaluator(bundle),
    logic,
    factsOf: rowFacts(bundle, source, options.today),
    total,
    onProgress: (p) =>
      options.onProgress?.({ evaluated: p.evaluated, matched: p.matched, total } satisfies MatchProgress),
  });
  return progress;
}

const num = (value: unknown) => Number(value ?? 0);

type Counting = {
  readonly db: Db;
  readonly bundle: SiteBundle;
  readonly source: PopulationSource;
  readonly logic: unknown;
  readonly options: Dated<MatchCountOptions>;
};
type Tally = Omit<MatchCountResult, 'subject' | 'elapsedMs'>;

const filterOf = (c: Counting) => ({ siteId: c.bundle.siteId });

/** Every record evaluated in process, after a count for the progress reports. */
async function countAllInProcess(c: Counting, fallback: KpiFallback): Promise<Tally> {
  const [row] = await queryRows(
    c.db,
    sql`${siteRow(c.bundle, c.options.today)} SELECT count(*) AS total ${c.source.from(newJoins(), filterOf(c))}`,
  );
  const pager = populationPager(c.db, c.bundle, c.source, filterOf(c), {
    today: c.options.today,
    size: 2000,
  });
  const counted = await countInProcess(c.bundle, c.source, c.logic, pager, c.options, num(row?.total));
  return {
    matched: counted.matched,
    total: counted.evaluated,
    engine: 'in-process',
    fallback,
    failed: counted.failed,
  };
}

/** One count in SQL; the records it leaves undecided evaluated in process. */
async function countInSql(c: Counting, condition: SQL, joins: FactJoins): Promise<Tally> {
  // OFFSET 0: the condition is computed once per record, not once per aggregate reading it.
  const [row] = await analyticsRows(
    c.db,
    sql`${siteRow(c.bundle, c.options.today)} SELECT count(*) AS total, count(*) FILTER (WHERE m) AS matched, count(*) FILTER (WHERE m IS NULL) AS undecided FROM (SELECT (${condition}) AS m ${c.source.from(joins, filterOf(c))} OFFSET 0) q`,
  );
  const [matched, total, undecided] = [num(row?.matched), num(row?.total), num(row?.undecided)];
  if (undecided === 0) return { matched, total, engine: 'sql', failed: 0 };
  const only = sql`(${condition}) IS NULL`;
  const pager = populationPager(c.db, c.bundle, c.source, filterOf(c), {
    today: c.options.today,
    only,
    joins,
  });
  const counted = await countInProcess(c.bundle, c.source, c.logic, pager, c.options, undecided);
  return {
    matched: matched + counted.matched,
    total,
    engine: 'sql+in-process',
    fallback: { reason: 'undecided', rows: undecided },
    failed: counted.failed,
  };
}

/**
 * How many registered persons (subject `person`) or cases not closed (subject `case`) of the site
 * a rule matches, of how many: one `count(*) FILTER (WHERE …)` over the rule compiled to SQL.
 * Records SQL cannot decide exactly are evaluated in process; a rule SQL cannot express at all is
 * evaluated in process over every record, in pages, reporting progress after each.
 */
export async function matchCount(
  db: Db,
  bundle: SiteBundle,
  rule: MatchRule,
  asked: MatchCountOptions,
): Promise<MatchCountResult> {
  const started = performance.now();
  const options = dated(bundle, asked);
  const logic = 'ruleId' in rule ? bundle.rules[rule.ruleId]?.logic : rule.logic;
  if ('ruleId' in rule && logic === undefined)
    throw new PlatformError('not_found', `No rule "${rule.ruleId}".`);
  const source = populationSource(options.subject === 'person' ? 'persons' : 'open-cases');
  const counting: Counting = { db, bundle, source, logic, options };
  const joins = newJoins();
  const compiled =
    options.engine === 'in-process' ? undefined : conditionSql(logic, source, joins, bundle, options.today);
  const counted =
    compiled === undefined
      ? await countAllInProcess(counting, { reason: 'requested' })
      : compiled.ok
        ? await countInSql(counting, compiled.sql, joins)
        : await countAllInProcess(counting, { reason: 'unsupported', unsupported: compiled.unsupported });
  return { subject: options.subject, ...counted, elapsedMs: Math.round(performance.now() - started) };
}
