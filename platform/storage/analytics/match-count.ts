import { sql } from 'drizzle-orm';
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
import { newJoins } from './case-fact-sql.js';
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
  const source = populationSource(
    options.subject === 'person' ? 'persons' : 'open-cases',
  ) as PopulationSource;
  const filter = { siteId: bundle.siteId };
  const joins = newJoins();
  const compiled =
    options.engine === 'in-process' ? undefined : conditionSql(logic, source, joins, bundle, options.today);
  const finish = (counted: Omit<MatchCountResult, 'subject' | 'elapsedMs'>): MatchCountResult => ({
    subject: options.subject,
    ...counted,
    elapsedMs: Math.round(performance.now() - started),
  });
  if (compiled === undefined || !compiled.ok) {
    const [row] = await queryRows(
      db,
      sql`${siteRow(bundle, options.today)} SELECT count(*) AS total ${source.from(newJoins(), filter)}`,
    );
    const total = num(row?.total);
    const fallback: KpiFallback =
      compiled === undefined
        ? { reason: 'requested' }
        : { reason: 'unsupported', unsupported: compiled.unsupported };
    const pager = populationPager(db, bundle, source, filter, { today: options.today, size: 2000 });
    const counted = await countInProcess(bundle, source, logic, pager, options, total);
    return finish({
      matched: counted.matched,
      total: counted.evaluated,
      engine: 'in-process',
      fallback,
      failed: counted.failed,
    });
  }
  const [row] = await queryRows(
    db,
    sql`${siteRow(bundle, options.today)} SELECT count(*) AS total, count(*) FILTER (WHERE m) AS matched, count(*) FILTER (WHERE m IS NULL) AS undecided FROM (SELECT (${compiled.sql}) AS m ${source.from(joins, filter)}) q`,
  );
  const undecided = num(row?.undecided);
  if (undecided === 0)
    return finish({ matched: num(row?.matched), total: num(row?.total), engine: 'sql', failed: 0 });
  const only = sql`(${compiled.sql}) IS NULL`;
  const pager = populationPager(db, bundle, source, filter, { today: options.today, only, joins });
  const counted = await countInProcess(bundle, source, logic, pager, options, undecided);
  return finish({
    matched: num(row?.matched) + counted.matched,
    total: num(row?.total),
    engine: 'sql+in-process',
    fallback: { reason: 'undecided', rows: undecided },
    failed: counted.failed,
  });
}
