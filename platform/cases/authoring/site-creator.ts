import type { Role, SiteDefinition } from '../../definitions/definition-types.generated.js';
import type { SiteResolver } from '../../definitions/site-source.js';
import type { Clock } from '../../kernel/clock.js';
import { PlatformError } from '../../kernel/errors.js';
import type { SiteRegistry } from '../site-registry.js';
import type { MembershipGrant } from './account-store.js';
import type { AuthoringStore } from './authoring-store.js';

/** A user allowed to create sites: an administrator of at least one site. */
export type SiteCreator = { readonly userId: string; readonly locale: string };

/** What operations outside any one site (creating and importing sites) run with. */
export type PlatformAdminContext = {
  readonly authoring: AuthoringStore;
  readonly registry: SiteRegistry;
  readonly clock: Clock;
  readonly creator: SiteCreator;
  /** Template sites on disk (`definitions/sites`, `SITES_PATH`), for templates never published. */
  readonly templates: SiteResolver;
};

/** A role that administers a site: it publishes definitions and manages users. */
export const isAdminRole = (role: Role): boolean =>
  role.permissions.includes('definitions.publish') && role.permissions.includes('users.manage');

/**
 * Only administrators may create or import sites: a user qualifies with an active membership, at
 * any site, in a role that publishes definitions and manages users. Others get 403.
 */
export async function requireSiteCreator(
  registry: SiteRegistry,
  user: SiteCreator,
  memberships: readonly { siteId: string; roleId: string }[],
): Promise<SiteCreator> {
  for (const m of memberships) {
    const version = await registry.active(m.siteId);
    const role = version?.bundle.site.roles.find((r) => r.id === m.roleId);
    if (role !== undefined && isAdminRole(role)) return user;
  }
  throw new PlatformError('forbidden', 'Only site administrators may create or import sites.');
}

/**
 * The first administrator of a new site: its creator, in the site's administrator role, at the
 * partner asked for or else the first the role allows (the hub first).
 */
export function adminGrant(site: SiteDefinition, userId: string, partnerId?: string): MembershipGrant {
  const role = site.roles.find(isAdminRole);
  if (role === undefined)
    throw new PlatformError(
      'definitions_invalid',
      'The site needs a role that publishes definitions and manages users.',
      {
        detail: { problems: [], failures: [] },
      },
    );
  const allowed = site.partners.filter(
    (p) => (role.partners ?? []).length === 0 || role.partners?.includes(p.id),
  );
  const hubFirst = [...allowed].sort((a, b) => Number(b.hub === true) - Number(a.hub === true));
  const partner = partnerId === undefined ? hubFirst[0] : allowed.find((p) => p.id === partnerId);
  if (partner === undefined) {
    const pointer = partnerId === undefined ? '/site/partners' : '/adminPartnerId';
    const message = `No partner of the site may hold the role "${role.id}"${partnerId === undefined ? '' : ` at "${partnerId}"`}.`;
    throw new PlatformError('bad_request', message, { fields: [{ pointer, code: 'invalid', message }] });
  }
  return { userId, partnerId: partner.id, roleId: role.id };
}
