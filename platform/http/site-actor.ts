import { type Actor, actorFor } from '../access/actor.js';
import type { SiteVersion } from '../cases/site-registry.js';
import { PlatformError } from '../kernel/errors.js';
import type { AppDeps } from './app-deps.js';
import type { AppContext, Membership } from './http-types.js';

/**
 * The membership a request acts in at a site: the session's current membership when it is for
 * this site, else the user's first membership there. Unknown sites and sites the user has no
 * membership in are both 404, so ids of other sites reveal nothing.
 */
export function membershipAt(c: AppContext, siteId: string): Membership {
  const auth = c.get('auth');
  if (auth === null) throw new PlatformError('unauthenticated', 'Sign in first.');
  if (auth.tokenSiteId !== undefined && auth.tokenSiteId !== siteId)
    throw new PlatformError('not_found', `No site "${siteId}".`);
  const here = auth.memberships.filter((m) => m.siteId === siteId);
  const chosen = here.find((m) => m.id === auth.currentMembershipId) ?? here[0];
  if (chosen === undefined) throw new PlatformError('not_found', `No site "${siteId}".`);
  return chosen;
}

/** The actor and the site's active definitions for a request at `siteId`. */
export async function siteActor(
  c: AppContext,
  deps: AppDeps,
  siteId: string,
): Promise<{ actor: Actor; version: SiteVersion }> {
  const membership = membershipAt(c, siteId);
  const version = await deps.registry.active(siteId);
  if (version === undefined) throw new PlatformError('not_found', `No site "${siteId}".`);
  const auth = c.get('auth');
  const actor = actorFor(version.bundle, {
    userId: auth?.userId ?? '',
    displayName: auth?.displayName ?? '',
    locale: auth?.locale ?? version.bundle.site.defaultLocale,
    partnerId: membership.partnerId,
    roleId: membership.roleId,
  });
  return { actor, version };
}
