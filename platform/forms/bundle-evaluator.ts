import { settingValues, workingCalendarOf } from '../definitions/evaluator-options.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import type { JsonObject } from '../kernel/json.js';
import type { WorkingCalendar } from '../kernel/working-calendar.js';
import { type Evaluator, siteEvaluator } from '../rules/index.js';

/** The site's working calendar in the rules engine's shape. */
export const bundleCalendar = (bundle: SiteBundle): WorkingCalendar => workingCalendarOf(bundle.site);

/** The site's one evaluator: its calendar, lookups and named rules (shared with the other engines). */
export const bundleEvaluator = (bundle: SiteBundle): Evaluator => siteEvaluator(bundle);

/** The `settings` facts: each named setting's value, overridden by `overrides`. */
export function settingsFacts(bundle: SiteBundle, overrides?: Readonly<Record<string, unknown>>): JsonObject {
  const values = settingValues(bundle.site) as JsonObject;
  return overrides === undefined ? values : ({ ...values, ...overrides } as JsonObject);
}
