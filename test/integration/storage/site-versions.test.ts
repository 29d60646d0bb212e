import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../../platform/definitions/check-site.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { createSiteRegistry, publishBundle } from '../../../platform/storage/site-versions.js';
import { fixtureResolver } from '../../support/fixture-sites.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';

let db: TestDatabase;
let bundle: SiteBundle;

beforeAll(async () => {
  db = await createTestDatabase();
  const result = checkSite('fx-site', fixtureResolver());
  if (result.bundle === undefined) throw new Error('fixture does not check');
  bundle = result.bundle;
});
afterAll(() => db.close());

describe('published definition versions', () => {
  it('publish once per content: the same bundle again is not a new version', async () => {
    const at = new Date('2025-01-01T00:00:00Z');
    const first = await publishBundle(db.db, bundle, { at });
    const again = await publishBundle(db.db, bundle, { at });
    expect(first).toMatchObject({ version: 1, created: true });
    expect(again).toMatchObject({ version: 1, created: false, versionId: first.versionId });
  });

  it("keeps every object's key order (a form's field order is its layout), so the hash survives a round trip", async () => {
    const registry = createSiteRegistry(db.db);
    const stored = await registry.active('fx-site');
    const order = (b: SiteBundle) => Object.keys(b.forms.registration?.fields.properties ?? {});
    expect(order(stored?.bundle as SiteBundle)).toEqual(order(bundle));
    expect(order(bundle)).toEqual(['firstName', 'lastName', 'birthDate', 'sex', 'nationalId']);
    expect(JSON.stringify(stored?.bundle)).toBe(JSON.stringify(bundle));
  });
});
