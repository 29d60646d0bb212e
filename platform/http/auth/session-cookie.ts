import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AuthConfig } from './auth-options.js';
import { requestOrigin } from './request-origin.js';

/** The session cookie: HttpOnly, SameSite=Lax, Path=/, Secure over https. */
export const SESSION_COOKIE = 'pathway_session';

// Tokens are base64url of 32 bytes; anything else is not worth a database lookup.
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The session token from the cookie, if present and well-formed. */
export function readSessionCookie(c: Context): string | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  return value !== undefined && TOKEN_PATTERN.test(value) ? value : undefined;
}

function secure(c: Context, config: AuthConfig): boolean {
  return config.secureCookies || requestOrigin(c, config.trustProxy).protocol === 'https:';
}

/** Sets the session cookie; it lasts as long as the session can at most (the server enforces idling). */
export function setSessionCookie(c: Context, config: AuthConfig, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: secure(c, config),
    maxAge: Math.floor(config.session.absoluteMs / 1000),
  });
}

export function clearSessionCookie(c: Context, config: AuthConfig): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Lax', path: '/', secure: secure(c, config) });
}
