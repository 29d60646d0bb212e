import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatform } from '../../support/platform-harness.js';
import { ADMIN, authoringResolver, type Client, expectStatus, type Platform } from './admin-support.js';

type BundleFile = {
  siteId: string;
  version: number;
  hash: string;
  chain: string[];
  definitions: { site: { id: string; settings: Record<string, { value: number }> } };
};

let testing: Platform;
let production: Platform;
let testAdmin: Client;
let prodAdmin: Client;

beforeAll(async () => {
  testing = await startPlatform(['fx-authoring'], authoringResolver());
  production = await startPlatform(['fx-authoring'], authoringResolver());
  testAdmin = await testing.signIn('authoring.site_admin');
  prodAdmin = await production.signIn('authoring.site_admin');
});
afterAll(async () => {
  await testing.close();
  await production.close();
});

async function exported(client: Client): Promise<BundleFile> {
  const reply = expectStatus(await client.request('GET', `${ADMIN}/export`), 200);
  expect(reply.headers.get('content-disposition')).toMatch(
    /attachment; filename="fx-authoring-v\d+\.bundle\.json"/,
  );
  return reply.body as unknown as BundleFile;
}

describe('export and import of a site as one bundle file', () => {
  it('exports the active version with the hash the folder layout gives', async () => {
    const file = await exported(testAdmin);
    expect(file).toMatchObject({
      siteId: 'fx-authoring',
      version: 1,
      chain: ['fx-authoring-base', 'fx-authoring'],
    });
    expect(file.hash).toBe(testing.bundles.get('fx-authoring')?.hash);
    const again = expectStatus(
      await testAdmin.request('POST', '/api/admin/import', { bundle: file }),
      200,
    ).body;
    expect(again).toMatchObject({
      exists: true,
      sameAsActive: true,
      hash: file.hash,
      declaredHash: file.hash,
      changes: [],
      published: null,
    });
  });

  it('promotes a changed site from a test server to production: the diff first, then a new version', async () => {
    const file = await exported(testAdmin);
    const setting = file.definitions.site.settings.review_days;
    if (setting === undefined) throw new Error('fixture without review_days');
    setting.value = 28;
    const applied = expectStatus(
      await testAdmin.request('POST', '/api/admin/import', { bundle: file, apply: true }),
      201,
    ).body;
    expect(applied.published).toMatchObject({ version: 2, created: true });
    const promoted = await exported(testAdmin);
    expect(promoted.hash).toBe(applied.hash);

    const dry = expectStatus(
      await prodAdmin.request('POST', '/api/admin/import', { bundle: promoted }),
      200,
    ).body;
    expect(dry).toMatchObject({
      exists: true,
      sameAsActive: false,
      hash: promoted.hash,
      published: null,
      problems: [],
      failures: [],
    });
    const codes = (dry.changes as { code: string; text: string }[]).map((c) => c.code);
    expect(codes).toEqual(['setting_changed', 'review_interval_changed']);
    expect((dry.changes as { text: string }[])[1]?.text).toBe(
      'Interval of review "review" (Plan review): 90 days → 28 days — 0 cases get an earlier review',
    );
    const versions = expectStatus(await prodAdmin.request('GET', `${ADMIN}/versions`), 200).body
      .versions as unknown[];
    expect(versions).toHaveLength(1);

    const done = expectStatus(
      await prodAdmin.request('POST', '/api/admin/import', { bundle: promoted, apply: true }),
      201,
    ).body;
    expect(done.published).toMatchObject({ version: 2, created: true });
    expect((await exported(prodAdmin)).hash).toBe(promoted.hash);
  });

  it('imports a bundle file as a new site, its importer becoming administrator', async () => {
    const file = await exported(testAdmin);
    file.siteId = 'fx-promoted';
    file.chain = ['fx-authoring-base', 'fx-promoted'];
    file.definitions.site.id = 'fx-promoted';
    const dry = expectStatus(
      await prodAdmin.request('POST', '/api/admin/import', { bundle: file }),
      200,
    ).body;
    expect(dry).toMatchObject({ exists: false, published: null });
    expect((dry.changes as { code: string }[]).every((c) => c.code === 'definition_added')).toBe(true);
    const done = expectStatus(
      await prodAdmin.request('POST', '/api/admin/import', { bundle: file, apply: true }),
      201,
    ).body;
    expect(done.published).toMatchObject({ version: 1 });
    expectStatus(await prodAdmin.request('GET', '/api/sites/fx-promoted/admin/definitions'), 200);
  });

  it('refuses files that are not site bundles, and bundles with problems', async () => {
    expectStatus(await prodAdmin.request('POST', '/api/admin/import', { bundle: { format: 'zip' } }), 400);
    const file = await exported(testAdmin);
    (file.definitions.site as { locales?: unknown }).locales = [];
    const dry = expectStatus(
      await prodAdmin.request('POST', '/api/admin/import', { bundle: file }),
      200,
    ).body;
    expect(dry.hash).toBeNull();
    expect((dry.problems as { code: string }[]).map((p) => p.code)).toContain('schema');
    expectStatus(await prodAdmin.request('POST', '/api/admin/import', { bundle: file, apply: true }), 422);
  });
});
