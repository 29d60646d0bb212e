import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { expect } from 'vitest';
import { requireAuth } from '../../../platform/http/auth/auth-middleware.js';
import type { AuthDeps } from '../../../platform/http/auth/auth-options.js';
import { installAuth } from '../../../platform/http/auth/install-auth.js';
import { hashPassword, TEST_SCRYPT_PARAMS } from '../../../platform/http/auth/password-hash.js';
import { createBaseApp } from '../../../platform/http/create-app.js';
import type { AppEnv } from '../../../platform/http/http-types.js';
import {
  createMembership,
  createUser,
  type MembershipRecord,
  type UserRecord,
} from '../../../platform/storage/accounts.js';
import type { Db } from '../../../platform/storage/database.js';

/** Shared helpers of the auth integration tests (auth-*.test.ts). */

export const PASSWORD = 'correct horse battery staple';

/** The base app with authentication, plus a test-only protected write route `POST /api/test/echo`. */
export function buildAuthApp(db: Db, overrides: Partial<AuthDeps> = {}): Hono<AppEnv> {
  const app = createBaseApp();
  installAuth(app, { db, passwordHashParams: TEST_SCRYPT_PARAMS, trustProxy: true, ...overrides });
  app.post('/api/test/echo', (c) => {
    const auth = requireAuth(c);
    return c.json({ userId: auth.userId, via: auth.via, tokenSiteId: auth.tokenSiteId ?? null });
  });
  return app;
}

/** A distinct client IP per call, so rate limits of one test never reach another. */
export function freshIp(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

export type TestUser = { user: UserRecord; memberships: MembershipRecord[] };

export async function createTestUser(
  db: Db,
  siteId: string,
  options: { roles?: readonly string[]; active?: boolean; password?: string } = {},
): Promise<TestUser> {
  const user = await createUser(db, {
    username: `User-${randomBytes(4).toString('hex')}`,
    displayName: 'Test User',
    passwordHash: await hashPassword(options.password ?? PASSWORD, TEST_SCRYPT_PARAMS),
    active: options.active ?? true,
  });
  const memberships: MembershipRecord[] = [];
  for (const roleId of options.roles ?? ['case_manager']) {
    memberships.push(await createMembership(db, { userId: user.id, siteId, partnerId: 'hub', roleId }));
  }
  return { user, memberships };
}

type RequestOptions = {
  cookie?: string;
  csrf?: string;
  ip?: string;
  bearer?: string;
  headers?: Record<string, string>;
};

/** Sends a request; an object body goes as JSON. */
export function send(
  app: Hono<AppEnv>,
  method: string,
  path: string,
  body?: unknown,
  o: RequestOptions = {},
) {
  const headers: Record<string, string> = { 'x-forwarded-for': o.ip ?? '10.255.255.1', ...o.headers };
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  if (o.cookie !== undefined) headers.cookie = o.cookie;
  if (o.csrf !== undefined) headers['x-csrf-token'] = o.csrf;
  if (o.bearer !== undefined) headers.authorization = `Bearer ${o.bearer}`;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  return app.request(`http://pathway.test${path}`, init);
}

/** The `name=value` pair of the session cookie a response sets. */
export function sessionCookieOf(response: Response): string {
  const header = response.headers.get('set-cookie') ?? '';
  const pair = header.split(';')[0] ?? '';
  expect(pair).toMatch(/^pathway_session=/);
  return pair;
}

export type Signed = { cookie: string; csrf: string; body: Record<string, unknown> };

/** Signs in and returns the cookie to send back and the CSRF token. */
export async function signIn(app: Hono<AppEnv>, username: string, ip = freshIp()): Promise<Signed> {
  const response = await send(app, 'POST', '/api/auth/login', { username, password: PASSWORD }, { ip });
  expect(response.status).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  return { cookie: sessionCookieOf(response), csrf: String(body.csrfToken), body };
}
