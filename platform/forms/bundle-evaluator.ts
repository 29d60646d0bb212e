import type { SiteBundle } from '../definitions/site-bundle.js';
import type { JsonObject } from '../kernel/json.js';
import type { WorkingCalendar } from '../kernel/working-calendar.js';
import { createEvaluator, type Evaluator } from '../rules/index.js';

/** The site's working calendar in the rules engine's shape. */
export function bundleCalendar(bundle: SiteBundle): WorkingCalendar {
  const calendar = bundle.site.calendar;
  return {
    weekend: calendar?.weekend ?? [6, 7],
    holidays: (calendar?.holidays ?? []).map((h) => h.date),
    annualHolidays: (calendar?.annualHolidays ?? []).map((h) => h.monthDay),
  };
}

/** An evaluator that knows the site's calendar, lookups and named rules. */
export function bundleEvaluator(bundle: SiteBundle): Evaluator {
  return createEvaluator({
    calendar: bundleCalendar(bundle),
    lookups: Object.fromEntries(Object.entries(bundle.lookups).map(([id, l]) => [id, l.options])),
    rules: Object.fromEntries(Object.entries(bundle.rules).map(([id, r]) => [id, r.logic])),
  });
}

/** The `settings` facts: each named setting's value, overridden by `overrides`. */
export function settingsFacts(bundle: SiteBundle, overrides?: Readonly<Record<string, unknown>>): JsonObject {
  const values: JsonObject = {};
  for (const [id, setting] of Object.entries(bundle.site.settings ?? {})) values[id] = setting.value;
  return overrides === undefined ? values : ({ ...values, ...overrides } as JsonObject);
}
