import type { SiteDefinition } from './definition-types.generated.js';
import type { SiteBundle } from './site-bundle.js';

/** A site's working calendar in the form the kernel's calendar functions take. */
export function workingCalendarOf(site: SiteDefinition): {
  weekend: number[];
  holidays: string[];
  annualHolidays: string[];
} {
  return {
    weekend: site.calendar?.weekend ?? [6, 7],
    holidays: (site.calendar?.holidays ?? []).map((h) => h.date),
    annualHolidays: (site.calendar?.annualHolidays ?? []).map((h) => h.monthDay),
  };
}

/** The values of the site's named settings, as `settings.*` facts. */
export function settingValues(site: SiteDefinition): Record<string, string | number | boolean> {
  return Object.fromEntries(Object.entries(site.settings ?? {}).map(([id, s]) => [id, s.value]));
}

/**
 * Everything a rules evaluator needs to know about a site: its calendar, lookups and named rules.
 * Shaped like the rules engine's `EvaluatorOptions` (kept here so every engine derives it alike).
 */
export function evaluatorOptionsOf(bundle: SiteBundle): {
  calendar: ReturnType<typeof workingCalendarOf>;
  lookups: Record<string, { value: unknown; parent?: unknown; deprecated?: boolean }[]>;
  rules: Record<string, unknown>;
} {
  return {
    calendar: workingCalendarOf(bundle.site),
    lookups: Object.fromEntries(
      Object.values(bundle.lookups).map((l) => [
        l.id,
        l.options.map((o) => ({ value: o.value, parent: o.parent, deprecated: o.deprecated })),
      ]),
    ),
    rules: Object.fromEntries(Object.values(bundle.rules).map((r) => [r.id, r.logic])),
  };
}
