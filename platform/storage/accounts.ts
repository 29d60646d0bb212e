import { createHash, randomBytes } from 'node:crypto';
import { and, asc, desc, eq, gt, inArray, isNull, lt, max, or, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { apiTokens, loginAttempts, memberships, sessions, users } from './schema/index.js';

/** Rows as stored; `SessionRecord.id` and `ApiTokenRecord.tokenHash` are SHA-256 hashes, never tokens. */
export type UserRecord = typeof users.$inferSelect;
export type SessionRecord = typeof sessions.$inferSelect;
export type ApiTokenRecord = typeof apiTokens.$inferSelect;

/** An active membership as the rest of the platform sees it. */
export type MembershipRecord = {
  readonly id: string;
  readonly siteId: string;
  readonly partnerId: string;
  readonly roleId: string;
};

/** SHA-256 in hex: how session tokens, CSRF tokens and API tokens are stored (never in clear). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** 256 random bits, base64url; `prefix` marks the kind (API tokens start `pwt_`, easy to spot in a leak). */
export function newSecretToken(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Usernames compare case-insensitively and are stored lower-cased (a check constraint insists). */
export function normalizeUsername(username: string): string {
  return username.normalize('NFC').trim().toLowerCase();
}

/** A user by username, compared case-insensitively; active or not (callers decide). */
export async function findUserByUsername(db: Db, username: string): Promise<UserRecord | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.username, normalizeUsername(username)));
  return row;
}

/** Which of these usernames are taken (compared lower-cased). */
export async function takenUsernames(db: Db, usernames: readonly string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db
    .select({ username: users.username })
    .from(users)
    .where(inArray(users.username, usernames.map(normalizeUsername)));
  return new Set(rows.map((r) => r.username));
}

/** A user by id; active or not. */
export async function findUserById(db: Db, id: string): Promise<UserRecord | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** What `createUser` needs; `passwordHash` is a `hashPassword` string, never a clear password. */
export type NewUser = {
  readonly username: string;
  readonly displayName: string;
  /** Null for API-only users. */
  readonly passwordHash: string | null;
  readonly locale?: string;
  readonly active?: boolean;
};

/** Creates a user (username lower-cased); a taken username is a unique-constraint error. */
export async function createUser(db: Db, user: NewUser): Promise<UserRecord> {
  const [row] = await db
    .insert(users)
    .values({ ...user, username: normalizeUsername(user.username) })
    .returning();
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

/** Creates a user unless the username is taken; `undefined` then (safe when processes race). */
export async function createUserIfAbsent(db: Db, user: NewUser): Promise<UserRecord | undefined> {
  const [row] = await db
    .insert(users)
    .values({ ...user, username: normalizeUsername(user.username) })
    .onConflictDoNothing({ target: users.username })
    .returning();
  return row;
}

/** The user's interface language (a BCP 47 tag, validated by the caller). */
export async function setUserLocale(db: Db, userId: string, locale: string): Promise<void> {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

/** Deactivates or reactivates a user; an inactive user's sessions and tokens stop working at once. */
export async function setUserActive(db: Db, userId: string, active: boolean): Promise<void> {
  await db.update(users).set({ active }).where(eq(users.id, userId));
}

/** Replaces the stored hash (rehash at a new cost, password change); null makes an API-only user. */
export async function setUserPasswordHash(
  db: Db,
  userId: string,
  passwordHash: string | null,
): Promise<void> {
  await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
}

/** What `createMembership` needs; partner and role ids must come from the site's definition. */
export type NewMembership = Omit<MembershipRecord, 'id'> & { readonly userId: string };

/** Grants a user a role in one partner agency of a site. */
export async function createMembership(db: Db, membership: NewMembership): Promise<MembershipRecord> {
  const [row] = await db.insert(memberships).values(membership).returning(membershipColumns);
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

const membershipColumns = {
  id: memberships.id,
  siteId: memberships.siteId,
  partnerId: memberships.partnerId,
  roleId: memberships.roleId,
};

/** The user's active memberships, in a stable order (site, partner, role). */
export async function activeMemberships(db: Db, userId: string): Promise<MembershipRecord[]> {
  return db
    .select(membershipColumns)
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.active, true)))
    .orderBy(
      asc(memberships.siteId),
      asc(memberships.partnerId),
      asc(memberships.roleId),
      asc(memberships.id),
    );
}

/** Ends or restores a membership; sessions drop a current membership that is no longer active. */
export async function setMembershipActive(db: Db, membershipId: string, active: boolean): Promise<void> {
  await db.update(memberships).set({ active }).where(eq(memberships.id, membershipId));
}

/** What `createSession` needs; the clear tokens are hashed before they reach the database. */
export type NewSession = {
  /** The clear cookie token; only its SHA-256 is stored, as the session id. */
  readonly token: string;
  /** The clear CSRF token; only its SHA-256 is stored. */
  readonly csrfToken: string;
  readonly userId: string;
  readonly membershipId: string | null;
  readonly now: Date;
  readonly expiresAt: Date;
};

/** Stores a session under the hashes of its tokens and returns the row (whose id is the hash). */
export async function createSession(db: Db, session: NewSession): Promise<SessionRecord> {
  const { token, csrfToken, now, ...rest } = session;
  const [row] = await db
    .insert(sessions)
    .values({
      ...rest,
      id: sha256Hex(token),
      csrfTokenHash: sha256Hex(csrfToken),
      createdAt: now,
      lastSeenAt: now,
    })
    .returning();
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

/** A session with its user, in one query; the caller decides whether it is still valid. */
export async function findSessionWithUser(
  db: Db,
  sessionId: string,
): Promise<{ session: SessionRecord; user: UserRecord } | undefined> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sessionId));
  return row;
}

/** Slides a session's expiry; callers rate-limit this (once a minute) to spare the database. */
export async function touchSession(
  db: Db,
  sessionId: string,
  lastSeenAt: Date,
  expiresAt: Date,
): Promise<void> {
  await db.update(sessions).set({ lastSeenAt, expiresAt }).where(eq(sessions.id, sessionId));
}

/** The membership (site and agency) a session works in; the caller checks it is the user's own. */
export async function setSessionMembership(
  db: Db,
  sessionId: string,
  membershipId: string | null,
): Promise<void> {
  await db.update(sessions).set({ membershipId }).where(eq(sessions.id, sessionId));
}

/** Ends a session (sign-out, or replaced by a new sign-in). */
export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Removes sessions past their expiry; returns how many. */
export async function pruneExpiredSessions(db: Db, now: Date): Promise<number> {
  const rows = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
  return rows.length;
}

/** What `createApiToken` needs; the caller checks the user's membership at the site. */
export type NewApiToken = {
  readonly userId: string;
  readonly siteId: string;
  readonly name: string;
  readonly now: Date;
};

/**
 * Creates an API token. The clear token is returned here, once; only its SHA-256 is stored,
 * so it can never be shown again.
 */
export async function createApiToken(
  db: Db,
  input: NewApiToken,
): Promise<{ token: string; record: ApiTokenRecord }> {
  const token = newSecretToken('pwt_');
  const { now, ...rest } = input;
  const [record] = await db
    .insert(apiTokens)
    .values({ ...rest, tokenHash: sha256Hex(token), createdAt: now })
    .returning();
  if (record === undefined) throw new Error('insert returned no row');
  return { token, record };
}

/** An API token (revoked or not) with its user, by the hash of the clear token. */
export async function findApiTokenWithUser(
  db: Db,
  tokenHash: string,
): Promise<{ token: ApiTokenRecord; user: UserRecord } | undefined> {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  return row;
}

/** The user's tokens, newest first, revoked ones included. */
export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenRecord[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.id));
}

/** Revokes one of the user's tokens (idempotent); `undefined` when the user has no such token. */
export async function revokeApiToken(
  db: Db,
  userId: string,
  tokenId: string,
  at: Date,
): Promise<ApiTokenRecord | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId)))
    .returning();
  return row;
}

/** Records a use of a token, at most once per `interval` ms so busy clients do not write per request. */
export async function touchApiToken(db: Db, tokenId: string, at: Date, intervalMs: number): Promise<void> {
  const before = new Date(at.getTime() - intervalMs);
  await db
    .update(apiTokens)
    .set({ lastUsedAt: at })
    .where(
      and(eq(apiTokens.id, tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, before))),
    );
}

/** One sign-in attempt, for rate limiting; the username as typed (normalized), known or not. */
export type LoginAttempt = {
  readonly username: string;
  readonly ip: string;
  readonly succeeded: boolean;
  readonly at: Date;
};

/** Records a sign-in attempt; `at` comes from the caller's clock so tests can move time. */
export async function recordLoginAttempt(db: Db, attempt: LoginAttempt): Promise<void> {
  await db.insert(loginAttempts).values({ ...attempt, username: normalizeUsername(attempt.username) });
}

export type RecentLoginFailures = {
  /** Failures for this username from this IP since the window start or their last success, newest first. */
  readonly byUserAndIp: readonly Date[];
  /** Failures from this IP for any username since the window start, newest first. */
  readonly byIp: readonly Date[];
};

/**
 * Recent failed sign-ins, newest first, at most `limit` of each kind: enough to decide on a
 * lock-out and to say when it ends. A success resets the username+IP count (the owner typed
 * the password right), but not the IP count (one known account must not unlock guessing others).
 */
export async function recentLoginFailures(
  db: Db,
  query: { username: string; ip: string; since: Date; limit: number },
): Promise<RecentLoginFailures> {
  const username = normalizeUsername(query.username);
  const sameUserAndIp = and(eq(loginAttempts.username, username), eq(loginAttempts.ip, query.ip));
  const [success] = await db
    .select({ at: max(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(sameUserAndIp, eq(loginAttempts.succeeded, true), gt(loginAttempts.at, query.since)));
  const from = success?.at ?? query.since;
  const failures = (where: ReturnType<typeof and>) =>
    db
      .select({ at: loginAttempts.at })
      .from(loginAttempts)
      .where(and(where, eq(loginAttempts.succeeded, false)))
      .orderBy(desc(loginAttempts.at))
      .limit(query.limit);
  const [byUserAndIp, byIp] = await Promise.all([
    failures(and(sameUserAndIp, gt(loginAttempts.at, from))),
    failures(and(eq(loginAttempts.ip, query.ip), gt(loginAttempts.at, query.since))),
  ]);
  return { byUserAndIp: byUserAndIp.map((r) => r.at), byIp: byIp.map((r) => r.at) };
}

/** Removes sign-in attempts older than `before`; returns how many. */
export async function pruneLoginAttempts(db: Db, before: Date): Promise<number> {
  const rows = await db
    .delete(loginAttempts)
    .where(lt(loginAttempts.at, before))
    .returning({ id: loginAttempts.id });
  return rows.length;
}
