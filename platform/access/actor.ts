import type { Permission, Role } from '../definitions/definition-types.generated.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { PlatformError } from '../kernel/errors.js';

/** Someone acting at a site: a user in one membership (a role in one partner agency). */
export type Actor = {
  readonly userId: string;
  readonly displayName: string;
  readonly locale: string;
  readonly siteId: string;
  readonly partnerId: string;
  readonly roleId: string;
  readonly role: Role;
  readonly permissions: ReadonlySet<Permission>;
  /** Roles this actor's role supervises (directly). */
  readonly supervises: ReadonlySet<string>;
};

export type ActorInput = {
  readonly userId: string;
  readonly displayName: string;
  readonly locale: string;
  readonly partnerId: string;
  readonly roleId: string;
};

/**
 * Builds the actor for a membership against the site's definitions. A membership naming a role or
 * partner the definitions no longer have (after a new version) grants nothing: 403.
 */
export function actorFor(bundle: SiteBundle, input: ActorInput): Actor {
  const role = bundle.site.roles.find((r) => r.id === input.roleId);
  const partnerKnown = bundle.site.partners.some((p) => p.id === input.partnerId);
  if (role === undefined || !partnerKnown) {
    throw new PlatformError(
      'forbidden',
      `The role "${input.roleId}" at "${input.partnerId}" is not part of site ${bundle.siteId} any more.`,
    );
  }
  return {
    ...input,
    siteId: bundle.siteId,
    role,
    permissions: new Set(role.permissions),
    supervises: new Set(role.supervises ?? []),
  };
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

/** Throws 403 unless the actor's role grants the permission. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!actor.permissions.has(permission)) {
    throw new PlatformError('forbidden', `Your role (${actor.roleId}) may not do this (${permission}).`);
  }
}
