import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUserActive } from '../../../platform/storage/accounts.js';
import { apiTokens, sessions } from '../../../platform/storage/schema/index.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { buildAuthApp, createTestUser, freshIp, PASSWORD, send, signIn } from './auth-support.js';

let database: TestDatabase;
let siteId: string;
let otherSiteId: string;
let app: ReturnType<typeof buildAuthApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  siteId = await insertSite(database.db);
  otherSiteId = await insertSite(database.db);
  app = buildAuthApp(database.db);
});
afterAll(async () => {
  await database?.close();
});

async function signedInUser() {
  const { user } = await createTestUser(database.db, siteId);
  return { user, ...(await signIn(app, user.username)) };
}

async function mintToken(cookie: string, csrf: string, forSite = siteId) {
  const response = await send(
    app,
    'POST',
    '/api/auth/tokens',
    { siteId: forSite, name: 'Integration' },
    { cookie, csrf },
  );
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; token: string; siteId: string };
}

describe('CSRF protection', () => {
  it('needs the session token in x-csrf-token on cookie-authenticated writes', async () => {
    const { user, cookie, csrf } = await signedInUser();
    const without = await send(app, 'POST', '/api/test/echo', {}, { cookie });
    expect(without.status).toBe(403);
    expect(await without.json()).toMatchObject({ code: 'csrf_failed' });
    const wrong = await send(
      app,
      'POST',
      '/api/test/echo',
      {},
      { cookie, csrf: `${csrf.slice(0, -1)}${csrf.endsWith('A') ? 'B' : 'A'}` },
    );
    expect(wrong.status).toBe(403);
    const right = await send(app, 'POST', '/api/test/echo', {}, { cookie, csrf });
    expect(right.status).toBe(200);
    expect(await right.json()).toEqual({ userId: user.id, via: 'session', tokenSiteId: null });
  });

  it("does not accept another session's token", async () => {
    const one = await signedInUser();
    const two = await signedInUser();
    expect(
      (await send(app, 'POST', '/api/test/echo', {}, { cookie: one.cookie, csrf: two.csrf })).status,
    ).toBe(403);
  });

  it('refuses cross-site origins on cookie-authenticated writes, and on sign-in', async () => {
    const { cookie, csrf, user } = await signedInUser();
    const evil = { origin: 'https://evil.example' };
    const cross = await send(app, 'POST', '/api/test/echo', {}, { cookie, csrf, headers: evil });
    expect(cross.status).toBe(403);
    const same = await send(
      app,
      'POST',
      '/api/test/echo',
      {},
      { cookie, csrf, headers: { origin: 'http://pathway.test' } },
    );
    expect(same.status).toBe(200);
    const nullOrigin = await send(
      app,
      'POST',
      '/api/test/echo',
      {},
      { cookie, csrf, headers: { origin: 'null' } },
    );
    expect(nullOrigin.status).toBe(403);
    const fetchSite = { 'sec-fetch-site': 'cross-site' };
    expect((await send(app, 'POST', '/api/test/echo', {}, { cookie, csrf, headers: fetchSite })).status).toBe(
      403,
    );
    const login = { username: user.username, password: PASSWORD };
    expect((await send(app, 'POST', '/api/auth/login', login, { headers: evil, ip: freshIp() })).status).toBe(
      403,
    );
    const trusted = buildAuthApp(database.db, { trustedOrigins: ['https://ui.example'] });
    const ui = { origin: 'https://ui.example' };
    expect((await send(trusted, 'POST', '/api/test/echo', {}, { cookie, csrf, headers: ui })).status).toBe(
      200,
    );
  });

  it('lets reads through without a token', async () => {
    const { cookie } = await signedInUser();
    expect((await send(app, 'GET', '/api/auth/me', undefined, { cookie })).status).toBe(200);
  });
});

describe('API tokens', () => {
  it('authenticate writes without CSRF, bound to their site', async () => {
    const { user, cookie, csrf } = await signedInUser();
    const { token } = await mintToken(cookie, csrf);
    expect(token).toMatch(/^pwt_[A-Za-z0-9_-]{43}$/);
    const echo = await send(app, 'POST', '/api/test/echo', {}, { bearer: token });
    expect(echo.status).toBe(200);
    expect(await echo.json()).toEqual({ userId: user.id, via: 'token', tokenSiteId: siteId });
    const me = await send(app, 'GET', '/api/auth/me', undefined, { bearer: token });
    expect(await me.json()).toMatchObject({ csrfToken: null, memberships: [{ siteId }] });
  });

  it('are listed without the secret, and revoked tokens give 401', async () => {
    const { cookie, csrf } = await signedInUser();
    const minted = await mintToken(cookie, csrf);
    const listed = await send(app, 'GET', '/api/auth/tokens', undefined, { cookie });
    const { tokens } = (await listed.json()) as { tokens: Record<string, unknown>[] };
    expect(tokens).toEqual([
      {
        id: minted.id,
        siteId,
        name: 'Integration',
        createdAt: expect.any(String),
        lastUsedAt: null,
        revokedAt: null,
      },
    ]);
    expect((await send(app, 'POST', '/api/test/echo', {}, { bearer: minted.token })).status).toBe(200);
    const revoke = await send(app, 'DELETE', `/api/auth/tokens/${minted.id}`, undefined, { cookie, csrf });
    expect(revoke.status).toBe(204);
    const after = await send(app, 'POST', '/api/test/echo', {}, { bearer: minted.token });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ code: 'unauthenticated' });
    const relisted = await send(app, 'GET', '/api/auth/tokens', undefined, { cookie });
    expect(await relisted.json()).toMatchObject({
      tokens: [{ id: minted.id, lastUsedAt: expect.any(String), revokedAt: expect.any(String) }],
    });
  });

  it('of an inactive user give 401', async () => {
    const { user, cookie, csrf } = await signedInUser();
    const { token } = await mintToken(cookie, csrf);
    await setUserActive(database.db, user.id, false);
    expect((await send(app, 'POST', '/api/test/echo', {}, { bearer: token })).status).toBe(401);
  });

  it('are minted only from a session, for a site of the user, and revoked only by their owner', async () => {
    const { cookie, csrf } = await signedInUser();
    const { id, token } = await mintToken(cookie, csrf);
    const byToken = await send(app, 'POST', '/api/auth/tokens', { siteId, name: 'More' }, { bearer: token });
    expect(byToken.status).toBe(403);
    const foreignSite = await send(
      app,
      'POST',
      '/api/auth/tokens',
      { siteId: otherSiteId, name: 'X' },
      { cookie, csrf },
    );
    expect(foreignSite.status).toBe(422);
    expect(await foreignSite.json()).toMatchObject({ errors: [{ pointer: '/siteId' }] });
    const missing = await send(app, 'POST', '/api/auth/tokens', { name: '' }, { cookie, csrf });
    expect(await missing.json()).toMatchObject({
      status: 400,
      errors: [{ pointer: '/siteId' }, { pointer: '/name' }],
    });
    const stranger = await signedInUser();
    const revoke = await send(app, 'DELETE', `/api/auth/tokens/${id}`, undefined, stranger);
    expect(revoke.status).toBe(404);
    expect(
      (await send(app, 'DELETE', '/api/auth/tokens/not-a-uuid', undefined, { cookie, csrf })).status,
    ).toBe(404);
    expect((await send(app, 'POST', '/api/test/echo', {}, { bearer: token })).status).toBe(200);
  });

  it('that are unknown or malformed give 401, and a bearer header overrides the cookie', async () => {
    const { cookie, csrf } = await signedInUser();
    const fake = `pwt_${'A'.repeat(43)}`;
    expect((await send(app, 'POST', '/api/test/echo', {}, { bearer: fake })).status).toBe(401);
    expect((await send(app, 'GET', '/api/auth/me', undefined, { bearer: 'nonsense' })).status).toBe(401);
    expect((await send(app, 'GET', '/api/auth/me', undefined, { cookie, csrf, bearer: fake })).status).toBe(
      401,
    );
  });
});

describe('stored credentials', () => {
  it('keeps only hashes of session, CSRF and API tokens', async () => {
    const { cookie, csrf } = await signedInUser();
    const { token } = await mintToken(cookie, csrf);
    const sessionToken = cookie.split('=')[1] ?? '';
    const dump = JSON.stringify([
      await database.db.select().from(sessions),
      await database.db.select().from(apiTokens),
    ]);
    for (const secret of [sessionToken, csrf, token]) {
      expect(secret.length).toBeGreaterThan(40);
      expect(dump).not.toContain(secret);
    }
    expect(dump).toMatch(/"id":"[0-9a-f]{64}"/);
    expect(dump).toMatch(/"tokenHash":"[0-9a-f]{64}"/);
  });
});
