import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/kernel/clock.js';
import {
  createMembership,
  pruneExpiredSessions,
  setMembershipActive,
  setUserActive,
  sha256Hex,
} from '../../../platform/storage/accounts.js';
import { sessions } from '../../../platform/storage/schema/index.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import {
  buildAuthApp,
  createTestUser,
  freshIp,
  PASSWORD,
  send,
  sessionCookieOf,
  signIn,
} from './auth-support.js';

let database: TestDatabase;
let siteId: string;
let app: ReturnType<typeof buildAuthApp>;

beforeAll(async () => {
  database = await createTestDatabase();
  siteId = await insertSite(database.db);
  app = buildAuthApp(database.db);
});
afterAll(async () => {
  await database?.close();
});

describe('POST /api/auth/login', () => {
  it('signs in, sets an HttpOnly SameSite=Lax session cookie and returns the caller', async () => {
    const { user, memberships } = await createTestUser(database.db, siteId);
    const response = await send(app, 'POST', '/api/auth/login', {
      username: user.username.toUpperCase(),
      password: PASSWORD,
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^pathway_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/; Secure/); // plain http here
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      user: { id: user.id, username: user.username, displayName: 'Test User', locale: 'en' },
      memberships: [{ id: memberships[0]?.id, siteId, partnerId: 'hub', roleId: 'case_manager' }],
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      currentMembershipId: memberships[0]?.id,
    });
  });

  it('marks the cookie Secure over https, and when told to', async () => {
    const { user } = await createTestUser(database.db, siteId);
    const body = JSON.stringify({ username: user.username, password: PASSWORD });
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body,
    };
    const https = await app.request('https://pathway.test/api/auth/login', init);
    expect(https.headers.get('set-cookie')).toMatch(/; Secure/);
    const forced = buildAuthApp(database.db, { secureCookies: true });
    const http = await forced.request('http://pathway.test/api/auth/login', init);
    expect(http.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('gives the same 401 for a wrong password, an unknown user and an inactive user', async () => {
    const { user } = await createTestUser(database.db, siteId);
    const inactive = await createTestUser(database.db, siteId, { active: false });
    const attempts = [
      { username: user.username, password: 'wrong password' },
      { username: 'nobody-by-this-name', password: PASSWORD },
      { username: inactive.user.username, password: PASSWORD },
    ];
    const bodies: unknown[] = [];
    for (const attempt of attempts) {
      const response = await send(app, 'POST', '/api/auth/login', attempt, { ip: freshIp() });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.headers.get('set-cookie')).toBeNull();
      bodies.push(await response.json());
    }
    expect(bodies[0]).toMatchObject({
      code: 'unauthenticated',
      status: 401,
      detail: 'Wrong username or password.',
    });
    expect(bodies[1]).toEqual(bodies[0]);
    expect(bodies[2]).toEqual(bodies[0]);
  });

  it('reports missing and malformed fields with pointers (400)', async () => {
    const missing = await send(app, 'POST', '/api/auth/login', {});
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      code: 'bad_request',
      errors: [
        { pointer: '/username', code: 'required' },
        { pointer: '/password', code: 'required' },
      ],
    });
    const wrongType = await send(app, 'POST', '/api/auth/login', { username: 42, password: '' });
    expect(await wrongType.json()).toMatchObject({
      errors: [
        { pointer: '/username', code: 'type', message: 'Must be a string.' },
        { pointer: '/password', code: 'required', message: 'Required.' },
      ],
    });
  });

  it('refuses bodies that are not JSON (415) or not valid JSON (400)', async () => {
    const form = await send(app, 'POST', '/api/auth/login', 'username=a&password=b', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    expect(await form.json()).toMatchObject({ code: 'unsupported_media_type' });
    const broken = await send(app, 'POST', '/api/auth/login', '{"username":');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ code: 'bad_request', errors: [{ pointer: '' }] });
  });

  it('replaces the session the browser already had', async () => {
    const { user } = await createTestUser(database.db, siteId);
    const first = await signIn(app, user.username);
    const again = await send(
      app,
      'POST',
      '/api/auth/login',
      { username: user.username, password: PASSWORD },
      { cookie: first.cookie },
    );
    expect(again.status).toBe(200);
    expect(sessionCookieOf(again)).not.toBe(first.cookie);
    expect((await send(app, 'GET', '/api/auth/me', undefined, { cookie: first.cookie })).status).toBe(401);
  });
});

describe('GET /api/auth/me and POST /api/auth/logout', () => {
  it('returns the caller with a session and 401 without one', async () => {
    const { user } = await createTestUser(database.db, siteId);
    const signed = await signIn(app, user.username);
    const me = await send(app, 'GET', '/api/auth/me', undefined, { cookie: signed.cookie });
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual(signed.body);
    const anonymous = await send(app, 'GET', '/api/auth/me');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'unauthenticated' });
    const garbage = await send(app, 'GET', '/api/auth/me', undefined, {
      cookie: 'pathway_session=not-a-token',
    });
    expect(garbage.status).toBe(401);
  });

  it('logs out: the session is deleted, the cookie cleared and the old cookie refused', async () => {
    const { user } = await createTestUser(database.db, siteId);
    const signed = await signIn(app, user.username);
    const out = await send(app, 'POST', '/api/auth/logout', undefined, {
      cookie: signed.cookie,
      csrf: signed.csrf,
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^pathway_session=; Max-Age=0/);
    expect((await send(app, 'GET', '/api/auth/me', undefined, { cookie: signed.cookie })).status).toBe(401);
    const twice = await send(app, 'POST', '/api/auth/logout', undefined, {
      cookie: signed.cookie,
      csrf: signed.csrf,
    });
    expect(twice.status).toBe(401);
  });

  it('treats a session of a user made inactive as anonymous', async () => {
    const { user } = await createTestUser(database.db, siteId);
    const signed = await signIn(app, user.username);
    await setUserActive(database.db, user.id, false);
    expect((await send(app, 'GET', '/api/auth/me', undefined, { cookie: signed.cookie })).status).toBe(401);
  });
});

describe('session expiry', () => {
  const HOUR = 3_600_000;

  it('slides with use for 12 idle hours, up to 7 days', async () => {
    const clock = manualClock('2030-01-01T08:00:00Z');
    const timed = buildAuthApp(database.db, { clock });
    const { user } = await createTestUser(database.db, siteId);
    const { cookie } = await signIn(timed, user.username);
    const me = async () => (await send(timed, 'GET', '/api/auth/me', undefined, { cookie })).status;
    for (let use = 1; use <= 15; use++) {
      clock.advance(11 * HOUR); // used every 11 hours: never idle long enough to expire
      expect(await me()).toBe(200);
    }
    clock.advance(11 * HOUR); // 176 hours: idle only 11 hours, but past the 7-day (168 h) limit
    expect(await me()).toBe(401);
  });

  it('expires after 12 idle hours', async () => {
    const clock = manualClock('2030-02-01T08:00:00Z');
    const timed = buildAuthApp(database.db, { clock });
    const { user } = await createTestUser(database.db, siteId);
    const { cookie } = await signIn(timed, user.username);
    clock.advance(12 * HOUR + 1000);
    expect((await send(timed, 'GET', '/api/auth/me', undefined, { cookie })).status).toBe(401);
    const id = sha256Hex(cookie.split('=')[1] ?? '');
    expect(await database.db.select().from(sessions).where(eq(sessions.id, id))).toHaveLength(1);
    expect(await pruneExpiredSessions(database.db, clock.now())).toBeGreaterThanOrEqual(1);
    expect(await database.db.select().from(sessions).where(eq(sessions.id, id))).toHaveLength(0);
  });
});

describe('PUT /api/auth/context and /api/auth/locale', () => {
  it('switches to another own membership, refuses a foreign one (422) and a missing one (400)', async () => {
    const { user, memberships } = await createTestUser(database.db, siteId, {
      roles: ['case_manager', 'supervisor'],
    });
    const other = await createTestUser(database.db, siteId);
    const { cookie, csrf, body } = await signIn(app, user.username);
    expect(body.currentMembershipId).toBe(memberships[0]?.id);
    const target = memberships[1]?.id;
    const switched = await send(app, 'PUT', '/api/auth/context', { membershipId: target }, { cookie, csrf });
    expect(switched.status).toBe(200);
    expect(await switched.json()).toMatchObject({ currentMembershipId: target });
    const me = await send(app, 'GET', '/api/auth/me', undefined, { cookie });
    expect(await me.json()).toMatchObject({ currentMembershipId: target });

    const foreign = await send(
      app,
      'PUT',
      '/api/auth/context',
      { membershipId: other.memberships[0]?.id },
      { cookie, csrf },
    );
    expect(foreign.status).toBe(422);
    expect(await foreign.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ pointer: '/membershipId' }],
    });
    const missing = await send(app, 'PUT', '/api/auth/context', {}, { cookie, csrf });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ errors: [{ pointer: '/membershipId', code: 'required' }] });
  });

  it('forgets a current membership that was deactivated', async () => {
    const { user } = await createTestUser(database.db, siteId);
    const extra = await createMembership(database.db, {
      userId: user.id,
      siteId,
      partnerId: 'hub',
      roleId: 'zz_role',
    });
    const { cookie, csrf } = await signIn(app, user.username);
    await send(app, 'PUT', '/api/auth/context', { membershipId: extra.id }, { cookie, csrf });
    await setMembershipActive(database.db, extra.id, false);
    const me = await send(app, 'GET', '/api/auth/me', undefined, { cookie });
    expect(await me.json()).toMatchObject({
      currentMembershipId: null,
      memberships: [{ roleId: 'case_manager' }],
    });
  });

  it('changes the locale, and refuses what is not a language tag', async () => {
    const { user } = await createTestUser(database.db, siteId);
    const { cookie, csrf } = await signIn(app, user.username);
    const changed = await send(app, 'PUT', '/api/auth/locale', { locale: 'sr-Latn' }, { cookie, csrf });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toMatchObject({ user: { locale: 'sr-Latn' } });
    const me = await send(app, 'GET', '/api/auth/me', undefined, { cookie });
    expect(await me.json()).toMatchObject({ user: { locale: 'sr-Latn' } });
    const bad = await send(app, 'PUT', '/api/auth/locale', { locale: 'English!' }, { cookie, csrf });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ errors: [{ pointer: '/locale' }] });
  });
});
