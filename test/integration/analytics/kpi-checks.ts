/*
 * Independent checks of the KPI tests (imported by `*.test.ts` only): persons' facts built from
 * rows the test reads itself, the runtime's own case facts, and the SQL mapping's reading of them.
 */
import { eq, sql } from 'drizzle-orm';
import { externalFacts, stateOf } from '../../../platform/cases/case-workflow.js';
import { evaluatorOptionsOf, settingValues } from '../../../platform/definitions/evaluator-options.js';
import type { FactTree } from '../../../platform/definitions/facts/fact-tree.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { dateInZone } from '../../../platform/kernel/dates.js';
import { createEvaluator, truthy } from '../../../platform/rules/index.js';
import { newJoins } from '../../../platform/storage/analytics/case-fact-sql.js';
import { factJson } from '../../../platform/storage/analytics/fact-reads.js';
import { siteRow } from '../../../platform/storage/analytics/indicator-sql.js';
import { populationSource } from '../../../platform/storage/analytics/population-source.js';
import { queryRows } from '../../../platform/storage/database.js';
import { referrals } from '../../../platform/storage/referrals/referral-tables.js';
import { caseFactsOf, workflowDefinition } from '../../../platform/workflow/index.js';
import type { Platform } from '../../support/platform-harness.js';

type PersonRow = { id: string; data: Record<string, unknown>; created_at: string | Date };

/** How many registered persons of the site `logic` holds for, evaluating each person's facts in Node. */
export async function personMatchesInProcess(
  platform: Platform,
  bundle: SiteBundle,
  logic: unknown,
  today: string,
): Promise<number> {
  const rows = await queryRows<PersonRow>(
    platform.db.db,
    sql`select id::text as id, data, created_at from persons where site_id = ${bundle.siteId}`,
  );
  const evaluator = createEvaluator(evaluatorOptionsOf(bundle));
  const settings = settingValues(bundle.site);
  const zone = bundle.site.timeZone ?? 'UTC';
  let matched = 0;
  for (const row of rows) {
    const person = { ...row.data, id: row.id, registeredAt: dateInZone(new Date(row.created_at), zone) };
    try {
      if (truthy(evaluator.evaluate(logic, { person, settings, today }))) matched++;
    } catch {
      // A failing evaluation is not a match.
    }
  }
  return matched;
}

/** Every leaf path of a fact tree (arrays and open objects are leaves as a whole). */
export function leafPaths(tree: FactTree, prefix = ''): string[] {
  if (tree.type !== 'object' || tree.open === true || tree.children === undefined)
    return prefix === '' ? [] : [prefix];
  return Object.entries(tree.children).flatMap(([key, child]) =>
    leafPaths(child, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** The facts at `paths` of every case of the site, read by the analytics SQL mapping, by case id. */
export async function sqlCaseFacts(
  platform: Platform,
  bundle: SiteBundle,
  paths: readonly string[],
  today: string,
): Promise<Map<string, Record<string, unknown>>> {
  const source = populationSource('cases');
  const result = new Map<string, Record<string, unknown>>();
  for (let start = 0; start < paths.length; start += 100) {
    const chunk = paths.slice(start, start + 100);
    const joins = newJoins();
    const columns = chunk.map((path, i) => {
      const read = factJson(source, joins, path);
      if (read === undefined) throw new Error(`SQL cannot read ${path}`);
      return sql`${read} AS ${sql.raw(`f${i}`)}`;
    });
    const rows = await queryRows<Record<string, unknown>>(
      platform.db.db,
      sql`${siteRow(bundle, today)} SELECT c.id::text AS id, ${sql.join(columns, sql`, `)} ${source.from(joins, { siteId: bundle.siteId })}`,
    );
    for (const row of rows) {
      const facts = result.get(String(row.id)) ?? {};
      chunk.forEach((path, i) => {
        facts[path] = row[`f${i}`] ?? null;
      });
      result.set(String(row.id), facts);
    }
  }
  return result;
}

/** The facts every engine call on a case reads, built by the runtime from the stored case. */
export async function runtimeCaseFacts(
  platform: Platform,
  bundle: SiteBundle,
  caseId: string,
  now: string,
): Promise<Record<string, unknown>> {
  const store = platform.deps.store;
  const record = await store.caseById(bundle.siteId, caseId);
  if (record === undefined) throw new Error(`no case ${caseId}`);
  const person = await store.person(bundle.siteId, record.personId);
  const stored = await platform.db.db.select().from(referrals).where(eq(referrals.caseId, caseId));
  const zone = bundle.site.timeZone ?? 'UTC';
  const external = externalFacts(
    record,
    person,
    stored.map((r) => r.state),
    zone,
  );
  return caseFactsOf(workflowDefinition(bundle, record.sopId), stateOf(record), now, external);
}

/** The value at a dotted path, as `var` reads it (missing: null). */
export function readPath(facts: unknown, path: string): unknown {
  let value: unknown = facts;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? null;
}
