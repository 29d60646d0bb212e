import type { SiteBundle } from '../../definitions/site-bundle.js';
import { dateInZone } from '../../kernel/dates.js';

/** Today in the site's time zone: the `today` fact when the caller gives none. */
export function siteDay(bundle: SiteBundle, now: Date = new Date()): string {
  return dateInZone(now, bundle.site.timeZone ?? 'UTC');
}

/** A query with its `today` settled. */
export type Dated<Q extends { readonly today?: string | undefined }> = Q & { readonly today: string };

/** `query` with today in the site's time zone when it gives no `today`. */
export function dated<Q extends { readonly today?: string | undefined }>(
  bundle: SiteBundle,
  query: Q,
): Dated<Q> {
  return { ...query, today: query.today ?? siteDay(bundle) };
}
