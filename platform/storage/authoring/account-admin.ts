import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type {
  MembershipGrant,
  NewAccount,
  SiteMembership,
  SiteUser,
} from '../../cases/authoring/account-store.js';
import { PlatformError } from '../../kernel/errors.js';
import { createMembership, createUserIfAbsent } from '../accounts.js';
import type { Db } from '../database.js';
import { memberships, users } from '../schema/index.js';

const membershipColumns = {
  id: memberships.id,
  partnerId: memberships.partnerId,
  roleId: memberships.roleId,
  active: memberships.active,
};

/** Users with any membership (active or not) at the site, with those memberships, by display name. */
export async function siteUsers(db: Db, siteId: string, userId?: string): Promise<SiteUser[]> {
  const rows = await db
    .select({ user: users, membership: membershipColumns })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.siteId, siteId), userId === undefined ? undefined : eq(users.id, userId)))
    .orderBy(asc(users.displayName), asc(users.id), asc(memberships.partnerId), asc(memberships.roleId));
  const ids = [...new Set(rows.map((r) => r.user.id))];
  const elsewhere =
    ids.length === 0
      ? []
      : await db
          .selectDistinct({ userId: memberships.userId })
          .from(memberships)
          .where(and(inArray(memberships.userId, ids), ne(memberships.siteId, siteId)));
  const others = new Set(elsewhere.map((r) => r.userId));
  const byUser = new Map<string, SiteUser & { memberships: SiteMembership[] }>();
  for (const { user, membership } of rows) {
    const entry = byUser.get(user.id) ?? {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      locale: user.locale,
      active: user.active,
      memberships: [],
      elsewhere: others.has(user.id),
    };
    entry.memberships.push(membership);
    byUser.set(user.id, entry);
  }
  return [...byUser.values()];
}

/** Creates a user and their memberships at one site in one transaction; 409 when the username is taken. */
export async function createAccount(
  db: Db,
  account: NewAccount,
  siteId: string,
  grants: readonly Omit<MembershipGrant, 'userId'>[],
): Promise<string> {
  return db.transaction(async (t) => {
    const tx = t as unknown as Db;
    const user = await createUserIfAbsent(tx, account);
    if (user === undefined)
      throw new PlatformError('conflict', `The username "${account.username}" is taken.`);
    for (const grant of grants) await createMembership(tx, { ...grant, userId: user.id, siteId });
    return user.id;
  });
}

/** Grants a membership, or reactivates the same one ended before. */
export async function grantMembership(
  db: Db,
  siteId: string,
  grant: MembershipGrant,
): Promise<SiteMembership> {
  const [row] = await db
    .insert(memberships)
    .values({ ...grant, siteId })
    .onConflictDoUpdate({
      target: [memberships.userId, memberships.siteId, memberships.partnerId, memberships.roleId],
      set: { active: true },
    })
    .returning(membershipColumns);
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

/** Ends or restores a membership of the site; false when the site has no such membership. */
export async function setMembershipActive(
  db: Db,
  siteId: string,
  membershipId: string,
  active: boolean,
): Promise<boolean> {
  const rows = await db
    .update(memberships)
    .set({ active })
    .where(and(eq(memberships.siteId, siteId), eq(memberships.id, membershipId)))
    .returning({ id: memberships.id });
  return rows.length > 0;
}
