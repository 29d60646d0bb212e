/*
 * Independent in-process checks of the KPI tests (imported by `*.test.ts` only): facts built from
 * rows the test reads itself, evaluated by the rules engine, without the analytics modules.
 */
import { sql } from 'drizzle-orm';
import { evaluatorOptionsOf, settingValues } from '../../../platform/definitions/evaluator-options.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { dateInZone } from '../../../platform/kernel/dates.js';
import { createEvaluator, truthy } from '../../../platform/rules/index.js';
import { queryRows } from '../../../platform/storage/database.js';
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
