/**
 * A JSON Logic condition over a population's facts, compiled by the rules engine's `toSql` and
 * bound as drizzle SQL: the compiler's `$n::text` placeholders become query parameters.
 */
import { type SQL, sql } from 'drizzle-orm';
import { evaluatorOptionsOf } from '../../definitions/evaluator-options.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { toSql } from '../../rules/index.js';
import type { FactJoins } from './case-fact-sql.js';
import type { PopulationSource } from './population-source.js';

/** SQL, or what SQL cannot express (operators, `var` paths). */
export type Compiled =
  | { readonly ok: true; readonly sql: SQL }
  | { readonly ok: false; readonly unsupported: readonly string[] };

/** `text` with each `$n::text` placeholder replaced by the bound parameter `params[n - 1]`. */
export function boundSql(text: string, params: readonly (string | null)[]): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)::text/g)) {
    chunks.push(sql.raw(text.slice(last, match.index)));
    chunks.push(sql`${params[Number(match[1]) - 1] ?? null}::text`);
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}

/**
 * TRUE where `logic` is truthy for the row, FALSE where it is falsy or its evaluation would fail,
 * NULL where the row's data is too exotic for SQL to decide (evaluate that row in process).
 */
export function conditionSql(
  logic: unknown,
  source: PopulationSource,
  joins: FactJoins,
  bundle: SiteBundle,
  today: string,
): Compiled {
  const { lookups, rules } = evaluatorOptionsOf(bundle);
  const result = toSql(logic, { resolveVar: (path) => source.resolve(path, joins), today, lookups, rules });
  return result.ok ? { ok: true, sql: boundSql(result.sql, result.params) } : result;
}
