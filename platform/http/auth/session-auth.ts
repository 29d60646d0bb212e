import type { Context } from 'hono';
import {
  activeMemberships,
  findSessionWithUser,
  type MembershipRecord,
  type SessionRecord,
  sha256Hex,
  touchSession,
  type UserRecord,
} from '../../storage/accounts.js';
import type { AuthContext } from '../http-types.js';
import type { AuthConfig, SessionPolicy } from './auth-options.js';
import { rememberCsrfHash } from './csrf.js';

/** When a session used at `now` expires: idle timeout, capped by its absolute lifetime. */
export function slidingExpiry(policy: SessionPolicy, createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + policy.idleMs, createdAt.getTime() + policy.absoluteMs));
}

/**
 * The caller behind a session cookie token, or `null` when the session is unknown, expired, or
 * its user is inactive. Slides the expiry, writing at most once per touch interval.
 */
export async function authFromSession(
  c: Context,
  config: AuthConfig,
  token: string,
): Promise<AuthContext | null> {
  const found = await findSessionWithUser(config.db, sha256Hex(token));
  const now = config.clock.now();
  if (found === undefined || found.session.expiresAt <= now || !found.user.active) return null;
  const { session, user } = found;
  if (now.getTime() - session.lastSeenAt.getTime() >= config.session.touchIntervalMs) {
    await touchSession(config.db, session.id, now, slidingExpiry(config.session, session.createdAt, now));
  }
  rememberCsrfHash(c, session.csrfTokenHash);
  return sessionAuthContext(user, session, await activeMemberships(config.db, user.id));
}

/** Builds the context of a session; a current membership that is no longer active is dropped. */
export function sessionAuthContext(
  user: UserRecord,
  session: Pick<SessionRecord, 'id' | 'membershipId'>,
  memberships: readonly MembershipRecord[],
): AuthContext {
  const current = memberships.some((m) => m.id === session.membershipId) ? session.membershipId : null;
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale,
    via: 'session',
    sessionId: session.id,
    currentMembershipId: current,
    memberships,
  };
}
