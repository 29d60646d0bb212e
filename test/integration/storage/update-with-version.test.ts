import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPlatformError } from '../../../platform/kernel/errors.js';
import { newId } from '../../../platform/kernel/ids.js';
import { persons } from '../../../platform/storage/schema/index.js';
import { updateWithVersion } from '../../../platform/storage/update-with-version.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';

let database: TestDatabase;
let siteId: string;

beforeAll(async () => {
  database = await createTestDatabase({ maxConnections: 25 });
  siteId = await insertSite(database.db);
});
afterAll(async () => {
  await database?.close();
});

async function insertPerson(): Promise<string> {
  const id = newId();
  await database.db
    .insert(persons)
    .values({ id, siteId, data: { count: 0 }, displayName: 'Ivan Ivanov', nameKey: 'ivan ivanov' });
  return id;
}

async function readPerson(id: string) {
  const [row] = await database.db.select().from(persons).where(eq(persons.id, id));
  if (row === undefined) throw new Error(`no person ${id}`);
  return row;
}

describe('updateWithVersion', () => {
  it('updates the row at the expected version and increments the version', async () => {
    const id = await insertPerson();
    const updated = await updateWithVersion(database.db, persons, { id, siteId, version: 1 }, { sex: 'f' });
    expect(updated).toMatchObject({ id, sex: 'f', version: 2 });
    expect(await readPerson(id)).toMatchObject({ sex: 'f', version: 2 });
  });

  it('refuses a stale version with stale_version and the current version', async () => {
    const id = await insertPerson();
    await updateWithVersion(database.db, persons, { id, siteId, version: 1 }, { sex: 'm' });
    await expect(
      updateWithVersion(database.db, persons, { id, siteId, version: 1 }, { sex: 'f' }),
    ).rejects.toMatchObject({
      code: 'stale_version',
      status: 409,
      detail: { currentVersion: 2, expectedVersion: 1 },
    });
    expect(await readPerson(id)).toMatchObject({ sex: 'm', version: 2 });
  });

  it('reports a missing row, or a row of another site, as not_found', async () => {
    const id = await insertPerson();
    const otherSite = await insertSite(database.db);
    for (const key of [
      { id: newId(), siteId, version: 1 },
      { id, siteId: otherSite, version: 1 },
    ]) {
      await expect(updateWithVersion(database.db, persons, key, { sex: 'f' })).rejects.toMatchObject({
        code: 'not_found',
      });
    }
    expect(await readPerson(id)).toMatchObject({ sex: null, version: 1 });
  });

  it('lets exactly one of 50 concurrent writers of one version win', async () => {
    const id = await insertPerson();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        updateWithVersion(database.db, persons, { id, siteId, version: 1 }, { data: { count: i } }),
      ),
    );
    const winners = results.filter((r) => r.status === 'fulfilled');
    const losers = results.filter((r) => r.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers.every((r) => isPlatformError(r.reason) && r.reason.code === 'stale_version')).toBe(true);
    const row = await readPerson(id);
    expect(row.version).toBe(2);
    expect(row.data).toEqual(winners[0]?.value.data);
  });

  it('loses no update when 50 concurrent writers read, modify and retry on conflict', async () => {
    const id = await insertPerson();
    const wonFrom: number[] = [];
    const increment = async () => {
      for (;;) {
        const current = await readPerson(id);
        const count = (current.data.count as number) + 1;
        try {
          const key = { id, siteId, version: current.version };
          await updateWithVersion(database.db, persons, key, { data: { count } });
          wonFrom.push(current.version);
          return;
        } catch (error) {
          if (!isPlatformError(error) || error.code !== 'stale_version') throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, increment));
    expect(await readPerson(id)).toMatchObject({ data: { count: 50 }, version: 51 });
    expect(wonFrom.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });
});
