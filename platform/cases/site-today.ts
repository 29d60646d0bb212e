import { dateInZone } from '../kernel/dates.js';
import type { SiteVersion } from './site-registry.js';

/** Today's date in the site's time zone: the `today` of rules and form rules. */
export function siteToday(version: SiteVersion, now: Date): string {
  return dateInZone(now, version.bundle.site.timeZone ?? 'UTC');
}
