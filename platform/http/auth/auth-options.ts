import { type Clock, systemClock } from '../../kernel/clock.js';
import type { Db } from '../../storage/database.js';
import { DEFAULT_SCRYPT_PARAMS, type ScryptParams } from './password-hash.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How long sessions live: they slide with use, up to an absolute limit. */
export type SessionPolicy = {
  /** A session unused this long expires (default 12 h). */
  readonly idleMs: number;
  /** No session outlives this, however busy (default 7 days). */
  readonly absoluteMs: number;
  /** `last_seen_at` and token `last_used_at` are written at most this often (default 1 min). */
  readonly touchIntervalMs: number;
};

/** Sign-in failures allowed within the window before further attempts get 429. */
export type LoginRateLimit = {
  readonly windowMs: number;
  readonly perUserAndIp: number;
  readonly perIp: number;
};

/** What the authentication middleware and routes need; everything but `db` has a default. */
export type AuthDeps = {
  readonly db: Db;
  readonly clock?: Clock;
  readonly session?: Partial<SessionPolicy>;
  readonly rateLimit?: Partial<LoginRateLimit>;
  /** Cost of new password hashes (and of the decoy check for unknown users). Lower only in tests. */
  readonly passwordHashParams?: ScryptParams;
  /** Always mark the cookie `Secure`; otherwise it is `Secure` when the request came over https. */
  readonly secureCookies?: boolean;
  /** Behind a reverse proxy: take the client IP, host and scheme from `X-Forwarded-*` headers. */
  readonly trustProxy?: boolean;
  /** Extra origins allowed to make cookie-authenticated writes (e.g. a UI dev server). */
  readonly trustedOrigins?: readonly string[];
};

/** `AuthDeps` with every default filled in. */
export type AuthConfig = {
  readonly db: Db;
  readonly clock: Clock;
  readonly session: SessionPolicy;
  readonly rateLimit: LoginRateLimit;
  readonly passwordHashParams: ScryptParams;
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  readonly trustedOrigins: readonly string[];
};

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 12 * HOUR,
  absoluteMs: 7 * 24 * HOUR,
  touchIntervalMs: MINUTE,
};

export const DEFAULT_LOGIN_RATE_LIMIT: LoginRateLimit = { windowMs: 15 * MINUTE, perUserAndIp: 5, perIp: 20 };

export function resolveAuthConfig(deps: AuthDeps): AuthConfig {
  return {
    db: deps.db,
    clock: deps.clock ?? systemClock,
    session: { ...DEFAULT_SESSION_POLICY, ...deps.session },
    rateLimit: { ...DEFAULT_LOGIN_RATE_LIMIT, ...deps.rateLimit },
    passwordHashParams: deps.passwordHashParams ?? DEFAULT_SCRYPT_PARAMS,
    secureCookies: deps.secureCookies ?? false,
    trustProxy: deps.trustProxy ?? false,
    trustedOrigins: deps.trustedOrigins ?? [],
  };
}
