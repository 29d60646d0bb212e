import type { Hono } from 'hono';
import { checkSite } from '../../platform/definitions/check-site.js';
import type { SiteBundle } from '../../platform/definitions/site-bundle.js';
import type { SiteResolver } from '../../platform/definitions/site-source.js';
import type { AppDeps } from '../../platform/http/app-deps.js';
import { hashPassword, TEST_SCRYPT_PARAMS } from '../../platform/http/auth/password-hash.js';
import { buildApp } from '../../platform/http/build-app.js';
import type { AppEnv } from '../../platform/http/http-types.js';
import { type ManualClock, manualClock } from '../../platform/kernel/clock.js';
import { ensureDemoUsers } from '../../platform/storage/demo-users.js';
import { createSiteRegistry, publishBundle } from '../../platform/storage/site-versions.js';
import { createCaseStore } from '../../platform/storage/store/create-case-store.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const HARNESS_PASSWORD = 'harness-password';

export type Reply = { status: number; body: Record<string, unknown>; headers: Headers };

/** A signed-in user of the harness: requests carry the session cookie and the CSRF token. */
export type Client = {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
};

export type Platform = {
  readonly app: Hono<AppEnv>;
  readonly db: TestDatabase;
  readonly deps: AppDeps;
  readonly clock: ManualClock;
  readonly bundles: ReadonlyMap<string, SiteBundle>;
  signIn(username: string): Promise<Client>;
  close(): Promise<void>;
};

async function call(
  app: Hono<AppEnv>,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<Reply> {
  const init: RequestInit = {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
  };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  const response = await app.request(`http://pathway.test${path}`, init);
  const text = await response.text();
  const json = /json/.test(response.headers.get('content-type') ?? 'application/json');
  return {
    status: response.status,
    // Not JSON (a CSV export): the text itself, so tests can still read it.
    body: text === '' ? {} : json ? (JSON.parse(text) as Record<string, unknown>) : { text },
    headers: response.headers,
  };
}

/**
 * The whole platform on a real test database (PGlite, or PostgreSQL with `DATABASE_URL`): the
 * given sites checked and published, demo users for each, the app as `npm start` builds it, and a
 * manual clock tests can move.
 */
export async function startPlatform(
  siteIds: readonly string[],
  resolve: SiteResolver,
  start = '2025-01-06T09:00:00Z',
): Promise<Platform> {
  const db = await createTestDatabase();
  const clock = manualClock(start);
  const bundles = new Map<string, SiteBundle>();
  for (const id of siteIds) {
    const result = checkSite(id, resolve);
    if (result.bundle === undefined)
      throw new Error(`site ${id}: ${JSON.stringify(result.problems.slice(0, 3))}`);
    bundles.set(id, result.bundle);
    await publishBundle(db.db, result.bundle, { at: clock.now() });
  }
  const hash = await hashPassword(HARNESS_PASSWORD, TEST_SCRYPT_PARAMS);
  await ensureDemoUsers(
    db.db,
    [...bundles.values()].map((b) => ({ siteId: b.siteId, site: b.site })),
    async () => hash,
  );
  const deps: AppDeps = {
    db: db.db,
    store: createCaseStore(db.db),
    registry: createSiteRegistry(db.db),
    clock,
  };
  const app = buildApp(deps, { passwordHashParams: TEST_SCRYPT_PARAMS });
  return {
    app,
    db,
    deps,
    clock,
    bundles,
    async signIn(username) {
      const login = await call(
        app,
        'POST',
        '/api/auth/login',
        { username, password: HARNESS_PASSWORD },
        { 'x-forwarded-for': '10.0.0.1' },
      );
      if (login.status !== 200)
        throw new Error(`sign-in of ${username} failed: ${login.status} ${JSON.stringify(login.body)}`);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const csrf = String(login.body.csrfToken);
      return {
        request: (method, path, body, headers = {}) =>
          call(app, method, path, body, { cookie, 'x-csrf-token': csrf, ...headers }),
      };
    },
    close: () => db.close(),
  };
}
