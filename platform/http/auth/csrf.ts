import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { PlatformError } from '../../kernel/errors.js';
import { sha256Hex } from '../../storage/accounts.js';
import type { AppEnv } from '../http-types.js';
import { requestOrigin } from './request-origin.js';

/** The header a browser client echoes its CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The CSRF token of a session, derived from the cookie token with an HMAC. Deriving it (rather
 * than storing it) lets `/me` hand it out again after a reload although the database keeps
 * only its hash; it reveals nothing about the cookie token it came from.
 */
export function deriveCsrfToken(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('pathway-csrf-v1').digest('base64url');
}

// Per request, never across requests: the stored CSRF hash of the session that authenticated it.
const csrfHashes = new WeakMap<Request, string>();

/** Called by `authenticate` for session-authenticated requests. */
export function rememberCsrfHash(c: Context, csrfTokenHash: string): void {
  csrfHashes.set(c.req.raw, csrfTokenHash);
}

/** Options of the CSRF checks; an `AuthDeps` object fits. */
export type CsrfOptions = {
  /** Take the host from `X-Forwarded-Host` (behind a trusted reverse proxy). */
  readonly trustProxy?: boolean;
  /** Origins allowed besides the request's own host, e.g. `http://localhost:5173`. */
  readonly trustedOrigins?: readonly string[];
  /** Paths that need a same-site origin but no CSRF token (default: `/api/auth/login`). */
  readonly tokenExemptPaths?: readonly string[];
};

/**
 * Refuses a write whose `Origin` (or `Sec-Fetch-Site`) shows it came from another site. Requests
 * without the header (non-browser clients) pass: browsers always send it on cross-site writes.
 */
export function assertSameOrigin(c: Context, options: CsrfOptions = {}): void {
  if (c.req.header('sec-fetch-site') === 'cross-site') throw crossSite();
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  if (options.trustedOrigins?.includes(origin) === true) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw crossSite(); // includes `Origin: null` (sandboxed frames, privacy-sensitive redirects)
  }
  if (host !== requestOrigin(c, options.trustProxy === true).host) throw crossSite();
}

function crossSite(): PlatformError {
  return new PlatformError('csrf_failed', 'Requests from another site are refused.');
}

function tokenMatches(header: string | undefined, storedHash: string | undefined): boolean {
  if (header === undefined || storedHash === undefined || header.length > 200) return false;
  const given = Buffer.from(sha256Hex(header), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * CSRF protection for `/api/*`, after `authenticate`: a cookie-authenticated POST, PUT, PATCH or
 * DELETE needs a same-site origin and the session's token in `x-csrf-token` (403 `csrf_failed`).
 * Bearer-token requests are exempt (browsers never attach those by themselves); so are anonymous
 * ones, which fail authentication anyway. Paths in `tokenExemptPaths` (sign-in, where a stale
 * session may linger) need no token but still a same-site origin, against login CSRF.
 */
export function csrfProtection(options: CsrfOptions = {}): MiddlewareHandler<AppEnv> {
  const tokenExemptPaths = options.tokenExemptPaths ?? ['/api/auth/login'];
  return async (c, next) => {
    if (UNSAFE_METHODS.has(c.req.method)) {
      const auth = c.get('auth');
      const exempt = tokenExemptPaths.includes(c.req.path);
      if (auth?.via === 'session' || exempt) assertSameOrigin(c, options);
      if (
        auth?.via === 'session' &&
        !exempt &&
        !tokenMatches(c.req.header(CSRF_HEADER), csrfHashes.get(c.req.raw))
      ) {
        throw new PlatformError('csrf_failed', `Missing or wrong ${CSRF_HEADER} header.`);
      }
    }
    await next();
  };
}
