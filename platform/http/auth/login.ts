import type { Context } from 'hono';
import { PlatformError } from '../../kernel/errors.js';
import {
  activeMemberships,
  createSession,
  deleteSession,
  findUserByUsername,
  newSecretToken,
  normalizeUsername,
  recordLoginAttempt,
  setUserPasswordHash,
  type UserRecord,
} from '../../storage/accounts.js';
import type { AppEnv } from '../http-types.js';
import { readJsonBody } from '../read-json-body.js';
import type { AuthConfig } from './auth-options.js';
import { type AuthView, authView } from './auth-view.js';
import { requiredStrings } from './body-fields.js';
import { deriveCsrfToken } from './csrf.js';
import { enforceLoginRateLimit } from './login-rate-limit.js';
import { hashPassword, needsRehash, verifyPassword } from './password-hash.js';
import { clientIp } from './request-origin.js';
import { sessionAuthContext, slidingExpiry } from './session-auth.js';
import { setSessionCookie } from './session-cookie.js';

/** Checks a password against a user row; unknown users are checked against a decoy so timing is equal. */
export type PasswordCheck = (user: UserRecord | undefined, password: string) => Promise<boolean>;

export function passwordCheck(config: AuthConfig): PasswordCheck {
  let decoy: Promise<string> | undefined;
  return async (user, password) => {
    if (user?.active === true && user.passwordHash !== null)
      return verifyPassword(password, user.passwordHash);
    decoy ??= hashPassword('decoy password', config.passwordHashParams);
    await verifyPassword(password, await decoy);
    return false;
  };
}

/**
 * `POST /login { username, password }`: 400 with pointers for missing fields, 429 when rate
 * limited, one generic 401 for any wrong username, password or inactive account. On success a
 * new session replaces any the browser had, the cookie is set and the caller's view returned.
 */
export async function login(c: Context<AppEnv>, config: AuthConfig, check: PasswordCheck): Promise<AuthView> {
  const body = await readJsonBody(c);
  const fields = requiredStrings(body, { username: { maxLength: 200 }, password: { maxLength: 1024 } });
  const username = normalizeUsername(fields.username);
  const ip = clientIp(c, config.trustProxy);
  await enforceLoginRateLimit(config, username, ip);
  const user = await findUserByUsername(config.db, username);
  const ok = await check(user, fields.password);
  await recordLoginAttempt(config.db, { username, ip, succeeded: ok, at: config.clock.now() });
  if (!ok || user === undefined) throw new PlatformError('unauthenticated', 'Wrong username or password.');
  if (user.passwordHash !== null && needsRehash(user.passwordHash, config.passwordHashParams)) {
    await setUserPasswordHash(
      config.db,
      user.id,
      await hashPassword(fields.password, config.passwordHashParams),
    );
  }
  const previous = c.get('auth');
  if (previous?.via === 'session' && previous.sessionId !== undefined)
    await deleteSession(config.db, previous.sessionId);
  return startSession(c, config, user);
}

async function startSession(c: Context<AppEnv>, config: AuthConfig, user: UserRecord): Promise<AuthView> {
  const memberships = await activeMemberships(config.db, user.id);
  const token = newSecretToken();
  const csrfToken = deriveCsrfToken(token);
  const now = config.clock.now();
  const session = await createSession(config.db, {
    token,
    csrfToken,
    userId: user.id,
    membershipId: memberships[0]?.id ?? null,
    now,
    expiresAt: slidingExpiry(config.session, now, now),
  });
  setSessionCookie(c, config, token);
  return authView(sessionAuthContext(user, session, memberships), csrfToken);
}
