import { afterEach, describe, expect, it, vi } from 'vitest';
import { sha256Hex } from '../../../platform/storage/accounts.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase } from '../../support/test-database.js';
import { buildAuthApp, createTestUser, PASSWORD, send, signIn } from './auth-support.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('when the database fails', () => {
  it('answers a bare 500 and logs no credential, not even its hash', async () => {
    const database = await createTestDatabase();
    const siteId = await insertSite(database.db);
    const app = buildAuthApp(database.db);
    const { user } = await createTestUser(database.db, siteId);
    const { cookie, csrf } = await signIn(app, user.username);
    const token = cookie.split('=')[1] ?? '';
    await database.close();

    const logged: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      logged.push(String(chunk));
      return true;
    });
    const me = await send(app, 'GET', '/api/auth/me', undefined, { cookie });
    const login = await send(app, 'POST', '/api/auth/login', { username: user.username, password: PASSWORD });
    const bearer = await send(app, 'GET', '/api/auth/me', undefined, { bearer: `pwt_${token}` });
    vi.restoreAllMocks();

    for (const response of [me, login, bearer]) {
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        type: 'urn:pathway:problem:internal',
        title: 'Internal error',
        status: 500,
        code: 'internal',
        detail: 'An internal error occurred.',
      });
    }
    const log = logged.join('');
    expect(log).toContain('Authentication storage failed');
    for (const secret of [token, sha256Hex(token), csrf, PASSWORD, sha256Hex(`pwt_${token}`)]) {
      expect(log).not.toContain(secret);
    }
  });
});
