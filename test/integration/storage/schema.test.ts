import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../platform/kernel/ids.js';
import { normalizeName } from '../../../platform/kernel/normalize-name.js';
import { queryRows } from '../../../platform/storage/database.js';
import { cases, definitionVersions, persons, sites, users } from '../../../platform/storage/schema/index.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';

let database: TestDatabase;
let siteId: string;
let otherSiteId: string;
let versionId: string;
const personId = newId();

beforeAll(async () => {
  database = await createTestDatabase();
  siteId = await insertSite(database.db);
  otherSiteId = await insertSite(database.db);
  versionId = newId();
  await database.db
    .insert(definitionVersions)
    .values({ id: versionId, siteId, version: 1, contentHash: 'abc', bundle: { forms: [] } });
  const names = ['Иванов Иван', 'Ivanova Maria', 'Gʻulom Oʻrinov', 'Petrov Pyotr'];
  await database.db.insert(persons).values(
    names.map((name, i) => ({
      id: i === 0 ? personId : newId(),
      siteId,
      data: { name },
      displayName: name,
      nameKey: normalizeName(name),
      birthDate: `199${i}-0${i + 1}-15`,
    })),
  );
});
afterAll(async () => {
  await database?.close();
});

function openCase(overrides: Partial<typeof cases.$inferInsert> = {}) {
  const at = new Date('2025-04-01T08:00:00.000Z');
  return database.db.insert(cases).values({
    siteId,
    personId,
    sopId: 'case-management',
    definitionVersionId: versionId,
    stage: 'intake',
    stageEnteredAt: at,
    agency: 'csw',
    openedAt: at,
    ...overrides,
  });
}

describe('schema constraints', () => {
  it('keeps a case inside the site of its person and definition version', async () => {
    await expect(openCase()).resolves.toBeDefined();
    await expect(openCase({ siteId: otherSiteId })).rejects.toThrow();
  });

  it('lets a site point only at one of its own definition versions', async () => {
    await database.db.execute(sql`update sites set active_version_id = ${versionId} where id = ${siteId}`);
    await expect(
      database.db.execute(sql`update sites set active_version_id = ${versionId} where id = ${otherSiteId}`),
    ).rejects.toThrow();
    await expect(database.db.insert(sites).values({ id: siteId, name: { en: 'again' } })).rejects.toThrow();
  });

  it('accepts only the known case statuses', async () => {
    await expect(openCase({ status: 'passive' })).resolves.toBeDefined();
    await expect(openCase({ status: 'archived' as 'closed' })).rejects.toThrow();
  });

  it('stores usernames lower-cased and unique', async () => {
    await database.db.insert(users).values({ username: 'amina', displayName: 'Amina' });
    await expect(database.db.insert(users).values({ username: 'Amina', displayName: 'A' })).rejects.toThrow();
    await expect(database.db.insert(users).values({ username: 'amina', displayName: 'A' })).rejects.toThrow();
  });

  it('round-trips facts, numeric weights and dates', async () => {
    const id = newId();
    await openCase({ id, weight: 1.5, facts: { screening: { score: 7 } } });
    const [row] = await database.db.select().from(cases).where(sql`${cases.id} = ${id}`);
    expect(row).toMatchObject({
      weight: 1.5,
      facts: { screening: { score: 7 } },
      status: 'open',
      version: 1,
    });
    expect(row?.openedAt.toISOString()).toBe('2025-04-01T08:00:00.000Z');
  });
});

describe('name search', () => {
  it('finds a Cyrillic name typed in Latin by prefix and by trigram similarity', async () => {
    const prefix = await queryRows<{ display_name: string }>(
      database.db,
      sql`select display_name from persons where site_id = ${siteId}
          and name_key like ${`${normalizeName('ivanov')}%`} order by name_key`,
    );
    expect(prefix.map((r) => r.display_name)).toEqual(['Иванов Иван', 'Ivanova Maria']);
    const fuzzy = await queryRows<{ display_name: string }>(
      database.db,
      sql`select display_name from persons where site_id = ${siteId}
          and name_key % ${normalizeName('Gulom Orinoff')} order by similarity(name_key, ${normalizeName('Gulom Orinoff')}) desc`,
    );
    expect(fuzzy.map((r) => r.display_name)).toEqual(['Gʻulom Oʻrinov']);
  });
});
