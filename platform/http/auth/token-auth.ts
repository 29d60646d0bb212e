import { activeMemberships, findApiTokenWithUser, sha256Hex, touchApiToken } from '../../storage/accounts.js';
import type { AuthContext } from '../http-types.js';
import type { AuthConfig } from './auth-options.js';

// API tokens are `pwt_` and base64url of 32 bytes; anything else is not worth a database lookup.
const API_TOKEN_PATTERN = /^pwt_[A-Za-z0-9_-]{43}$/;

/**
 * The caller behind an API token, or `null` when the token is unknown, revoked or its user is
 * inactive. A token is bound to one site: only the user's memberships there count.
 */
export async function authFromToken(config: AuthConfig, token: string): Promise<AuthContext | null> {
  if (!API_TOKEN_PATTERN.test(token)) return null;
  const found = await findApiTokenWithUser(config.db, sha256Hex(token));
  if (found === undefined || found.token.revokedAt !== null || !found.user.active) return null;
  const { token: record, user } = found;
  const now = config.clock.now();
  const interval = config.session.touchIntervalMs;
  if (record.lastUsedAt === null || now.getTime() - record.lastUsedAt.getTime() >= interval) {
    await touchApiToken(config.db, record.id, now, interval);
  }
  const memberships = (await activeMemberships(config.db, user.id)).filter((m) => m.siteId === record.siteId);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale,
    via: 'token',
    tokenSiteId: record.siteId,
    currentMembershipId: memberships[0]?.id ?? null,
    memberships,
  };
}
