import { settingValues, workingCalendarOf } from '../definitions/evaluator-options.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import type { WorkingCalendar } from '../kernel/working-calendar.js';

/** What deadline arithmetic needs of a site: its working calendar, time zone and named settings. */
export type SiteTime = {
  readonly calendar: WorkingCalendar;
  readonly timeZone: string;
  readonly settings: Readonly<Record<string, string | number | boolean>>;
};

const cache = new WeakMap<SiteBundle, SiteTime>();

/** The site's time context, built once per bundle (bundles are frozen). */
export function siteTime(bundle: SiteBundle): SiteTime {
  let time = cache.get(bundle);
  if (time === undefined) {
    time = {
      calendar: workingCalendarOf(bundle.site),
      timeZone: bundle.site.timeZone ?? 'UTC',
      settings: settingValues(bundle.site),
    };
    cache.set(bundle, time);
  }
  return time;
}

/** Instants compare as numbers: ISO strings with different offsets or precision do not sort as text. */
export const instant = (iso: string): number => Date.parse(iso);
