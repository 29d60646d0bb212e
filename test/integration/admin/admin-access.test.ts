import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARNESS_PASSWORD, startPlatform } from '../../support/platform-harness.js';
import {
  ADMIN,
  AUTHORING_SITES,
  authoringResolver,
  type Client,
  expectStatus,
  type Platform,
} from './admin-support.js';

let platform: Platform;
let admin: Client;
let worker: Client;
let board: Client;

beforeAll(async () => {
  process.env.SITES_PATH = AUTHORING_SITES;
  platform = await startPlatform(['fx-authoring'], authoringResolver());
  admin = await platform.signIn('authoring.site_admin');
  worker = await platform.signIn('authoring.case_manager');
  board = await platform.signIn('authoring.board_member');
});
afterAll(() => platform.close());

describe('who may use the admin API', () => {
  it('refuses caseworkers (403) every admin operation', async () => {
    for (const [method, path] of [
      ['GET', `${ADMIN}/definitions`],
      ['POST', `${ADMIN}/check`],
      ['GET', `${ADMIN}/diff`],
      ['POST', `${ADMIN}/publish`],
      ['GET', `${ADMIN}/export`],
      ['GET', `${ADMIN}/users`],
    ] as const) {
      const reply = await worker.request(method, path, method === 'POST' ? {} : undefined);
      expect(reply.status, `${method} ${path}`).toBe(403);
    }
  });

  it('lets board members edit and publish definitions, but not migrate cases or manage users', async () => {
    expectStatus(await board.request('GET', `${ADMIN}/definitions`), 200);
    const versions = expectStatus(await board.request('GET', `${ADMIN}/versions`), 200).body.versions as {
      versionId: string;
    }[];
    const v = versions[0]?.versionId;
    const migration = await board.request('POST', `${ADMIN}/migrations`, {
      fromVersionId: v,
      toVersionId: v,
      dryRun: true,
    });
    expect(migration.status).toBe(403);
    expect((await board.request('GET', `${ADMIN}/users`)).status).toBe(403);
  });

  it('answers 404 to the administrator of another site, and 401 to anonymous callers', async () => {
    expectStatus(
      await admin.request('POST', '/api/admin/sites', {
        site: {
          id: 'fx-elsewhere',
          extends: 'fx-authoring-base',
          name: { en: 'Elsewhere' },
          locales: ['en'],
        },
      }),
      201,
    );
    expectStatus(
      await admin.request('POST', '/api/sites/fx-elsewhere/admin/users', {
        username: 'elsewhere.admin',
        displayName: 'Admin elsewhere',
        password: HARNESS_PASSWORD,
        memberships: [{ partnerId: 'hub', roleId: 'site_admin' }],
      }),
      201,
    );
    const other = await platform.signIn('elsewhere.admin');
    expectStatus(await other.request('GET', '/api/sites/fx-elsewhere/admin/definitions'), 200);
    for (const path of ['/definitions', '/definitions/rule/eligible', '/versions', '/export', '/users']) {
      const reply = await other.request('GET', `${ADMIN}${path}`);
      expect(reply.status, path).toBe(404);
    }
    expect((await other.request('POST', `${ADMIN}/publish`, {})).status).toBe(404);
    const anonymous = await platform.app.request(`http://pathway.test${ADMIN}/definitions`);
    expect(anonymous.status).toBe(401);
  });
});
