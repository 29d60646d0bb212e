import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../../platform/definitions/check-site.js';
import { folderResolver } from '../../../platform/definitions/read-site-folders.js';
import { HARNESS_PASSWORD, startPlatform } from '../../support/platform-harness.js';
import {
  AUTHORING_SITES,
  authoringResolver,
  type Client,
  expectStatus,
  openCase,
  type Platform,
} from './admin-support.js';

let platform: Platform;
let admin: Client;

const newSite = {
  id: 'fx-new',
  extends: 'fx-authoring-base',
  name: { en: 'New pilot' },
  locales: ['en'],
  partners: [{ id: 'ngo', name: { en: 'Local NGO' }, type: 'ngo' }],
};

beforeAll(async () => {
  // Templates are not published by `npm start`: the server finds them in the site folders.
  process.env.SITES_PATH = AUTHORING_SITES;
  platform = await startPlatform(['fx-authoring'], authoringResolver());
  admin = await platform.signIn('authoring.site_admin');
});
afterAll(() => platform.close());

describe('a new site from a template, without writing files', () => {
  it('lists the templates a new site can extend, to site administrators only', async () => {
    const { templates } = expectStatus(await admin.request('GET', '/api/admin/templates'), 200).body as {
      templates: { id: string; name: string; locales: string[]; published: boolean }[];
    };
    expect(templates).toContainEqual({
      id: 'fx-authoring-base',
      name: 'Authoring template',
      description: '',
      locales: ['en'],
      published: false,
    });
    // The built-in template, named in the user's language; sites that are not templates are not listed.
    expect(templates.find((t) => t.id === 'cm-template')).toMatchObject({ published: false });
    expect(templates.map((t) => t.id)).not.toContain('fx-authoring');
    expect(templates.map((t) => t.id)).not.toContain('uz-tashkent-icm');
    const worker = await platform.signIn('authoring.case_manager');
    expectStatus(await worker.request('GET', '/api/admin/templates'), 403);
  });

  it('checks a proposed site and lists its problems first', async () => {
    const reply = expectStatus(
      await admin.request('POST', '/api/admin/sites', {
        dryRun: true,
        site: { ...newSite, partners: [{ id: 'ngo', name: { fr: 'ONG' }, type: 'ngo' }] },
      }),
      200,
    ).body;
    expect(reply.ok).toBe(false);
    expect(reply.problems).toContainEqual(
      expect.objectContaining({
        kind: 'site',
        definitionId: 'fx-new',
        code: 'missing-translation',
        pointer: '/partners/0/name',
        file: 'fx-new/fx-new.site.json',
      }),
    );
  });

  it('creates the site, whose administrator adds a caseworker who opens a case', async () => {
    const created = expectStatus(await admin.request('POST', '/api/admin/sites', { site: newSite }), 201).body
      .site;
    expect(created).toMatchObject({
      siteId: 'fx-new',
      version: 1,
      membership: { partnerId: 'hub', roleId: 'site_admin' },
    });
    // The folder layout of the same site gives the same bundle.
    const folder = authoringResolver();
    const file = { path: 'fx-new/fx-new.site.json', text: JSON.stringify({ kind: 'site', ...newSite }) };
    const fromFolder = checkSite('fx-new', (id) =>
      id === 'fx-new' ? { siteId: id, files: [file] } : folder(id),
    );
    expect((created as { hash: string }).hash).toBe(fromFolder.bundle?.hash);

    const user = expectStatus(
      await admin.request('POST', '/api/sites/fx-new/admin/users', {
        username: 'New.Worker',
        displayName: 'New worker',
        password: HARNESS_PASSWORD,
        memberships: [{ partnerId: 'hub', roleId: 'case_manager' }],
      }),
      201,
    ).body;
    expect(user).toMatchObject({
      initialPassword: null,
      user: {
        username: 'new.worker',
        memberships: [expect.objectContaining({ partnerId: 'hub', roleId: 'case_manager', active: true })],
      },
    });
    const worker = await platform.signIn('new.worker');
    const c = await openCase(worker, 'Nodira', '/api/sites/fx-new');
    expect(c.stage).toBe('intake');
  });

  it('refuses a site id that exists, and an unknown template', async () => {
    expectStatus(await admin.request('POST', '/api/admin/sites', { site: newSite }), 409);
    const reply = expectStatus(
      await admin.request('POST', '/api/admin/sites', {
        site: { ...newSite, id: 'fx-other', extends: 'fx-authoring' },
      }),
      400,
    );
    expect(reply.body.errors).toEqual([expect.objectContaining({ pointer: '/site/extends' })]);
  });

  it('lets only site administrators create sites', async () => {
    const worker = await platform.signIn('authoring.case_manager');
    expectStatus(await worker.request('POST', '/api/admin/sites', { site: { ...newSite, id: 'fx-x' } }), 403);
  });

  it('uses a published template when there is one, with the same hash as its folder', async () => {
    const template = checkSite('fx-authoring-base', folderResolver([AUTHORING_SITES])).bundle;
    if (template === undefined) throw new Error('template does not check');
    const { publishBundle } = await import('../../../platform/storage/site-versions.js');
    await publishBundle(platform.db.db, template, { at: platform.clock.now() });
    process.env.SITES_PATH = '';
    const site = { ...newSite, id: 'fx-published' };
    const created = expectStatus(await admin.request('POST', '/api/admin/sites', { site }), 201).body.site;
    const folder = authoringResolver();
    const file = { path: 'x/fx-published.site.json', text: JSON.stringify({ kind: 'site', ...site }) };
    const fromFolder = checkSite('fx-published', (id) =>
      id === 'fx-published' ? { siteId: id, files: [file] } : folder(id),
    );
    expect((created as { hash: string }).hash).toBe(fromFolder.bundle?.hash);
  });
});

describe('users and memberships of a site', () => {
  const USERS = '/api/sites/fx-authoring/admin/users';

  it('creates a user with a generated password shown once, who can sign in with it', async () => {
    const reply = expectStatus(
      await admin.request('POST', USERS, {
        username: 'supervisor.two',
        displayName: 'Second supervisor',
        memberships: [{ partnerId: 'hub', roleId: 'supervisor' }],
      }),
      201,
    );
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const password = reply.body.initialPassword as string;
    expect(password.length).toBeGreaterThanOrEqual(12);
    const login = await platform.app.request('http://pathway.test/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.9' },
      body: JSON.stringify({ username: 'supervisor.two', password }),
    });
    expect(login.status).toBe(200);
    const list = expectStatus(await admin.request('GET', USERS), 200).body.users as {
      username: string;
      memberships: unknown[];
    }[];
    expect(list.map((u) => u.username)).toContain('supervisor.two');
    expect(JSON.stringify(list)).not.toContain(password);
  });

  it('checks partners and roles against the definitions, grants and ends memberships, deactivates users', async () => {
    const bad = expectStatus(
      await admin.request('POST', USERS, {
        username: 'someone',
        displayName: 'Someone',
        memberships: [{ partnerId: 'hub', roleId: 'pilot' }],
      }),
      400,
    );
    expect(bad.body.errors).toEqual([expect.objectContaining({ pointer: '/memberships/0/roleId' })]);
    const users = expectStatus(await admin.request('GET', USERS), 200).body.users as {
      userId: string;
      username: string;
    }[];
    const two = users.find((u) => u.username === 'supervisor.two');
    const granted = expectStatus(
      await admin.request('POST', '/api/sites/fx-authoring/admin/memberships', {
        userId: two?.userId,
        partnerId: 'employment',
        roleId: 'board_member',
      }),
      201,
    ).body.membership as { id: string; active: boolean };
    expect(granted.active).toBe(true);
    expectStatus(
      await admin.request('DELETE', `/api/sites/fx-authoring/admin/memberships/${granted.id}`),
      204,
    );
    expectStatus(await admin.request('DELETE', '/api/sites/fx-authoring/admin/memberships/not-an-id'), 404);
    const off = expectStatus(
      await admin.request('PUT', `${USERS}/${two?.userId}/active`, { active: false }),
      200,
    ).body;
    expect(off).toMatchObject({ user: { active: false } });
    const login = await platform.app.request('http://pathway.test/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.9' },
      body: JSON.stringify({ username: 'supervisor.two', password: 'whatever-it-was' }),
    });
    expect(login.status).toBe(401);
  });

  it('leaves alone users who also work at other sites, and the administrator themself', async () => {
    const users = expectStatus(await admin.request('GET', USERS), 200).body.users as {
      userId: string;
      username: string;
      elsewhere: boolean;
    }[];
    const me = users.find((u) => u.username === 'authoring.site_admin');
    expect(me?.elsewhere).toBe(true);
    expectStatus(await admin.request('PUT', `${USERS}/${me?.userId}/active`, { active: false }), 409);
  });
});
