import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../../platform/definitions/check-site.js';
import type { SiteDefinition } from '../../../platform/definitions/definition-types.generated.js';
import { hashPassword, TEST_SCRYPT_PARAMS } from '../../../platform/http/auth/password-hash.js';
import { activeMemberships, findUserByUsername } from '../../../platform/storage/accounts.js';
import { demoSitePrefixes, ensureDemoUsers } from '../../../platform/storage/demo-users.js';
import { users } from '../../../platform/storage/schema/index.js';
import { fixtureResolver } from '../../support/fixture-sites.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';
import { buildAuthApp, send } from './auth-support.js';

const DEMO_PASSWORD = 'demo-password';
let database: TestDatabase;
let site: SiteDefinition;

beforeAll(async () => {
  database = await createTestDatabase();
  const { bundle, problems } = checkSite('fx-site', fixtureResolver());
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  if (bundle === undefined) throw new Error('fixture site does not check');
  site = structuredClone(bundle.site) as SiteDefinition;
  await insertSite(database.db, 'fx-site');
});
afterAll(async () => {
  await database?.close();
});

describe('ensureDemoUsers', () => {
  it('makes one user per role and allowed partner, with memberships the site defines', async () => {
    let hashes = 0;
    const hash = () => {
      hashes++;
      return hashPassword(DEMO_PASSWORD, TEST_SCRYPT_PARAMS);
    };
    const created = await ensureDemoUsers(database.db, [{ siteId: 'fx-site', site }], hash);
    expect(hashes).toBe(1);
    expect(created).toEqual([
      {
        username: 'fixture.case_manager',
        displayName: 'Case manager',
        siteId: 'fx-site',
        partnerId: 'hub',
        roleId: 'case_manager',
        created: true,
      },
      {
        username: 'fixture.supervisor',
        displayName: 'Supervisor',
        siteId: 'fx-site',
        partnerId: 'hub',
        roleId: 'supervisor',
        created: true,
      },
      {
        username: 'fixture.counsellor',
        displayName: 'Employment counsellor',
        siteId: 'fx-site',
        partnerId: 'employment',
        roleId: 'counsellor',
        created: true,
      },
    ]);
    for (const demo of created) {
      const user = await findUserByUsername(database.db, demo.username);
      expect(user).toMatchObject({ displayName: demo.displayName, locale: 'en', active: true });
      const memberships = await activeMemberships(database.db, user?.id ?? '');
      expect(memberships).toHaveLength(1);
      const [m] = memberships;
      const role = site.roles.find((r) => r.id === m?.roleId);
      expect(site.partners.map((p) => p.id)).toContain(m?.partnerId);
      expect(role).toBeDefined();
      if (role?.partners !== undefined && role.partners.length > 0)
        expect(role.partners).toContain(m?.partnerId);
    }
  });

  it('is idempotent: existing users are left untouched and no password is hashed', async () => {
    const before = await database.db.select().from(users);
    const again = await ensureDemoUsers(database.db, [{ siteId: 'fx-site', site }], () => {
      throw new Error('must not hash');
    });
    expect(again.map((u) => u.created)).toEqual([false, false, false]);
    expect(await database.db.select().from(users)).toEqual(before);
  });

  it('creates users one can sign in as', async () => {
    const app = buildAuthApp(database.db);
    const response = await send(app, 'POST', '/api/auth/login', {
      username: 'fixture.counsellor',
      password: DEMO_PASSWORD,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      memberships: [{ siteId: 'fx-site', partnerId: 'employment', roleId: 'counsellor' }],
    });
  });

  it('suffixes the partner when a role is open to several, and skips templates', async () => {
    const wide: SiteDefinition = structuredClone(site);
    wide.roles = wide.roles.map((r) =>
      r.id === 'counsellor' ? { ...r, partners: ['hub', 'employment'] } : r,
    );
    const siteId = await insertSite(database.db);
    const template: SiteDefinition = { ...structuredClone(site), template: true };
    const made = await ensureDemoUsers(
      database.db,
      [
        { siteId, site: wide, shortName: 'Wide' },
        { siteId: 'fx-base', site: template },
      ],
      () => hashPassword(DEMO_PASSWORD, TEST_SCRYPT_PARAMS),
    );
    expect(made.map((u) => u.username)).toEqual([
      'wide.case_manager',
      'wide.supervisor',
      'wide.counsellor.hub',
      'wide.counsellor.employment',
    ]);
    expect(made[3]?.displayName).toBe('Employment counsellor (Employment service)');
    const [row] = await database.db.select().from(users).where(eq(users.username, 'wide.counsellor.hub'));
    expect(row?.passwordHash).toMatch(/^\$scrypt\$/);
  });
});

describe('demoSitePrefixes', () => {
  const named = (siteId: string, en: string) => ({
    siteId,
    site: { ...site, id: siteId, name: { en, fr: en } },
  });

  it('takes the first word of the English name, folded to ASCII, falling back to the id on a clash', () => {
    const prefixes = demoSitePrefixes([
      named('uz-tashkent', 'Tashkent ICM pilot'),
      named('rs-youth', 'Šabac youth pilot'),
      named('a-one', 'Family support'),
      named('a-two', 'Family services'),
      named('fx-site', 'Fixture site'),
    ]);
    expect(Object.fromEntries(prefixes)).toEqual({
      'uz-tashkent': 'tashkent',
      'rs-youth': 'sabac',
      'a-one': 'a-one',
      'a-two': 'a-two',
      'fx-site': 'fixture',
    });
  });
});
