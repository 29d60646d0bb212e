import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../../platform/kernel/clock.js';
import { pruneLoginAttempts } from '../../../platform/storage/accounts.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { buildAuthApp, createTestUser, freshIp, PASSWORD, send } from './auth-support.js';

let database: TestDatabase;
let siteId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  siteId = await insertSite(database.db);
});
afterAll(async () => {
  await database?.close();
});

type App = ReturnType<typeof buildAuthApp>;
const attempt = (app: App, username: string, password: string, ip: string) =>
  send(app, 'POST', '/api/auth/login', { username, password }, { ip });

describe('login rate limiting', () => {
  it('locks a username+IP after 5 failures, across two server instances on one database', async () => {
    const clock = manualClock('2030-03-01T09:00:00Z');
    const first = buildAuthApp(database.db, { clock });
    const second = buildAuthApp(database.db, { clock });
    const { user } = await createTestUser(database.db, siteId);
    const ip = freshIp();
    for (const app of [first, second, first, second, first]) {
      expect((await attempt(app, user.username, 'wrong', ip)).status).toBe(401);
      clock.advance(60_000);
    }
    // 5 failures at 09:00 … 09:04; now 09:05. Even the right password is refused until 09:15.
    const locked = await attempt(second, user.username, PASSWORD, ip);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('600');
    expect(await locked.json()).toMatchObject({ code: 'rate_limited', status: 429 });
    // Refused attempts are not recorded, so hammering does not extend the lock.
    expect((await attempt(first, user.username, 'wrong', ip)).status).toBe(429);
    // The same user from another IP is not affected.
    expect((await attempt(first, user.username, PASSWORD, freshIp())).status).toBe(200);
    clock.advance(10 * 60_000);
    expect((await attempt(first, user.username, PASSWORD, ip)).status).toBe(200);
    // Pruning drops attempts older than the window: 09:00 … 09:04 when cutting at 09:05.
    expect(await pruneLoginAttempts(database.db, new Date('2030-03-01T09:05:00Z'))).toBe(5);
  });

  it('resets the username+IP count on a successful sign-in', async () => {
    const app = buildAuthApp(database.db);
    const { user } = await createTestUser(database.db, siteId);
    const ip = freshIp();
    for (let i = 0; i < 4; i++) expect((await attempt(app, user.username, 'wrong', ip)).status).toBe(401);
    expect((await attempt(app, user.username, PASSWORD, ip)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await attempt(app, user.username, 'wrong', ip)).status).toBe(401);
    expect((await attempt(app, user.username, PASSWORD, ip)).status).toBe(200);
  });

  it('counts unknown usernames too, under the same generic answer', async () => {
    const app = buildAuthApp(database.db);
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect((await attempt(app, 'ghost', 'guess', ip)).status).toBe(401);
    expect((await attempt(app, 'GHOST', 'guess', ip)).status).toBe(429);
  });

  it('locks an IP after 20 failures whatever the usernames', async () => {
    const app = buildAuthApp(database.db);
    const { user } = await createTestUser(database.db, siteId);
    const ip = freshIp();
    for (let i = 0; i < 20; i++) expect((await attempt(app, `someone-${i}`, 'guess', ip)).status).toBe(401);
    const locked = await attempt(app, user.username, PASSWORD, ip);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
  });
});
