import { randomBytes } from 'node:crypto';
import { requirePermission } from '../../access/actor.js';
import { PlatformError } from '../../kernel/errors.js';
import { UUID_PATTERN } from '../../kernel/ids.js';
import { LOCALE_PATTERN } from '../../kernel/localized-text.js';
import type { SiteMembership, SiteUser } from './account-store.js';
import type { AuthoringContext } from './authoring-context.js';

/** Hashes a password for storage (the HTTP layer's scrypt); never sees the database. */
export type PasswordHasher = (password: string) => Promise<string>;

/** Shortest initial password an administrator may set. */
export const MIN_PASSWORD_LENGTH = 10;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;

const bad = (pointer: string, message: string) =>
  new PlatformError('bad_request', message, { fields: [{ pointer, code: 'invalid', message }] });

/** A partner and role that exist in the site's definitions and go together (or 400). */
function checkGrant(ctx: AuthoringContext, grant: { partnerId: string; roleId: string }, at: string): void {
  const site = ctx.version.bundle.site;
  const role = site.roles.find((r) => r.id === grant.roleId);
  if (role === undefined) throw bad(`${at}/roleId`, `The site has no role "${grant.roleId}".`);
  if (!site.partners.some((p) => p.id === grant.partnerId))
    throw bad(`${at}/partnerId`, `The site has no partner "${grant.partnerId}".`);
  if ((role.partners ?? []).length > 0 && !role.partners?.includes(grant.partnerId))
    throw bad(`${at}/partnerId`, `Staff of "${grant.partnerId}" cannot hold the role "${grant.roleId}".`);
}

async function userAtSite(ctx: AuthoringContext, userId: string): Promise<SiteUser> {
  const user = UUID_PATTERN.test(userId)
    ? await ctx.authoring.siteUser(ctx.version.siteId, userId)
    : undefined;
  if (user === undefined) throw new PlatformError('not_found', 'No such user at this site.');
  return user;
}

/** Users with memberships at the site (active or not), with those memberships. */
export async function listSiteUsers(ctx: AuthoringContext): Promise<SiteUser[]> {
  requirePermission(ctx.actor, 'users.manage');
  return ctx.authoring.siteUsers(ctx.version.siteId);
}

/** What `POST …/admin/users` takes. */
export type NewSiteUser = {
  readonly username: string;
  readonly displayName: string;
  /** The initial password; when absent one is generated and returned once. */
  readonly password?: string;
  readonly locale?: string;
  readonly memberships: readonly { partnerId: string; roleId: string }[];
};

/**
 * Creates a user with memberships at this site. A password is hashed before it is stored; a
 * generated one is returned in the answer once and never again.
 */
export async function createSiteUser(
  ctx: AuthoringContext,
  input: NewSiteUser,
  hash: PasswordHasher,
): Promise<{ user: SiteUser; initialPassword: string | null }> {
  requirePermission(ctx.actor, 'users.manage');
  const username = input.username.normalize('NFC').trim().toLowerCase();
  if (!USERNAME.test(username))
    throw bad('/username', 'Use 3–64 letters, digits, dots, dashes or underscores.');
  if (input.displayName.trim() === '') throw bad('/displayName', 'Give the name shown to colleagues.');
  if (input.password !== undefined && input.password.length < MIN_PASSWORD_LENGTH)
    throw bad('/password', `Passwords have at least ${MIN_PASSWORD_LENGTH} characters.`);
  const locale = input.locale ?? ctx.version.bundle.site.defaultLocale;
  if (!LOCALE_PATTERN.test(locale)) throw bad('/locale', 'Not a locale tag.');
  if (input.memberships.length === 0) throw bad('/memberships', 'Give at least one partner and role.');
  input.memberships.forEach((m, i) => checkGrant(ctx, m, `/memberships/${i}`));
  const initialPassword = input.password === undefined ? randomBytes(12).toString('base64url') : null;
  const passwordHash = await hash(input.password ?? (initialPassword as string));
  const userId = await ctx.authoring.createAccount(
    { username, displayName: input.displayName.trim(), passwordHash, locale },
    ctx.version.siteId,
    input.memberships,
  );
  return { user: await userAtSite(ctx, userId), initialPassword };
}

/**
 * Grants a membership at this site to a user of the site (`userId`) or to an existing account
 * invited by `username`; re-grants an ended one.
 */
export async function grantSiteMembership(
  ctx: AuthoringContext,
  input: { userId?: string; username?: string; partnerId: string; roleId: string },
): Promise<SiteMembership> {
  requirePermission(ctx.actor, 'users.manage');
  checkGrant(ctx, input, '');
  const userId =
    input.userId !== undefined
      ? (await userAtSite(ctx, input.userId)).userId
      : await ctx.authoring.userIdByUsername(input.username ?? '');
  if (userId === undefined) throw new PlatformError('not_found', 'No such user.');
  return ctx.authoring.grantMembership(ctx.version.siteId, {
    userId,
    partnerId: input.partnerId,
    roleId: input.roleId,
  });
}

/** Ends a membership at this site (kept, inactive, so it can be re-granted and audited). */
export async function endSiteMembership(ctx: AuthoringContext, membershipId: string): Promise<void> {
  requirePermission(ctx.actor, 'users.manage');
  const found =
    UUID_PATTERN.test(membershipId) &&
    (await ctx.authoring.setMembershipActive(ctx.version.siteId, membershipId, false));
  if (!found) throw new PlatformError('not_found', 'No such membership at this site.');
}

/**
 * Deactivates (or reactivates) a user's account: their sessions and tokens stop working at once.
 * Only for users who work at this site alone; others lose their memberships here instead.
 */
export async function setSiteUserActive(
  ctx: AuthoringContext,
  userId: string,
  active: boolean,
): Promise<SiteUser> {
  requirePermission(ctx.actor, 'users.manage');
  const user = await userAtSite(ctx, userId);
  if (user.userId === ctx.actor.userId)
    throw new PlatformError('conflict', 'You cannot deactivate yourself.');
  if (user.elsewhere)
    throw new PlatformError(
      'conflict',
      'The user also works at other sites; end their memberships here instead.',
    );
  await ctx.authoring.setUserActive(user.userId, active);
  return { ...user, active };
}
