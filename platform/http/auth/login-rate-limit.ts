import { PlatformError } from '../../kernel/errors.js';
import { recentLoginFailures } from '../../storage/accounts.js';
import type { AuthConfig } from './auth-options.js';

/**
 * Throws `rate_limited` (429, with `Retry-After`) when this username from this IP, or this IP
 * overall, has used up its failed sign-ins within the window. Counted in the database, so every
 * server process sees the same attempts. The lock lifts when the oldest failure that counts
 * leaves the window.
 */
export async function enforceLoginRateLimit(config: AuthConfig, username: string, ip: string): Promise<void> {
  const { windowMs, perUserAndIp, perIp } = config.rateLimit;
  const now = config.clock.now();
  const since = new Date(now.getTime() - windowMs);
  const limit = Math.max(perUserAndIp, perIp);
  const failures = await recentLoginFailures(config.db, { username, ip, since, limit });
  const waits = [lockedFor(failures.byUserAndIp, perUserAndIp), lockedFor(failures.byIp, perIp)];
  const waitMs = Math.max(
    ...waits.map((until) => (until === undefined ? 0 : until + windowMs - now.getTime())),
  );
  if (waitMs > 0) {
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    throw new PlatformError('rate_limited', 'Too many failed sign-ins. Try again later.', {
      detail: { retryAfterSeconds },
    });
  }
}

/** With failures newest first: the time of the one whose expiry unlocks, if the limit is reached. */
function lockedFor(failures: readonly Date[], max: number): number | undefined {
  return failures.length >= max ? failures[max - 1]?.getTime() : undefined;
}
