import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkPerson } from '../../../platform/cases/demo/bulk-persons.js';
import { loadStaff } from '../../../platform/cases/demo/demo-staff.js';
import { generatePersons } from '../../../platform/cases/demo/generate-persons.js';
import { seedDemo } from '../../../platform/cases/demo/seed-demo.js';
import { writeBulkPersons } from '../../../platform/cli/commands/seed-demo.js';
import { queryRows } from '../../../platform/storage/database.js';
import { verifyEvents } from '../../../platform/storage/verify-events.js';
import type { Platform } from '../../support/platform-harness.js';
import { invalidSubmissions, NOW, startDemoPlatform } from './demo-support.js';

/*
 * The bulk path: thousands of clients written with batched inserts — the same rows, identifiers
 * and hash-chained registration events `registerPerson` writes — then full cases for a sample.
 */
const SITE = 'rs-youth-nes-csw';
const COUNT = 3000;
let platform: Platform;

beforeAll(async () => {
  platform = await startDemoPlatform([SITE]);
});
afterAll(() => platform?.close());

describe('the bulk person writer', () => {
  it('writes persons, identifiers and verifiable registration events in batches', async () => {
    const version = await platform.deps.registry.active(SITE);
    if (version === undefined) throw new Error('not published');
    const staff = await loadStaff(platform.deps.store, version.bundle);
    const registrar = staff.find((m) => m.actor.permissions.has('person.register'));
    if (registrar === undefined) throw new Error('no registrar');
    const options = {
      bundle: version.bundle,
      versionId: version.versionId,
      count: COUNT,
      seed: 3,
      now: NOW,
      registrar: { userId: registrar.userId, partnerId: registrar.partnerId },
      batchSize: 1000,
    };
    const progress: number[] = [];
    expect(await writeBulkPersons(platform.db.db, { ...options, onProgress: (d) => progress.push(d) })).toBe(
      COUNT,
    );
    expect(progress).toEqual([1000, 2000, 3000]);
    const db = platform.db.db;
    const [row] = await queryRows<{ persons: number; ids: number; events: number }>(
      db,
      sql`select (select count(*) from persons)::int as persons,
                 (select count(*) from person_identifiers)::int as ids,
                 (select count(*) from events where type = 'person.registered')::int as events`,
    );
    expect(row).toEqual({ persons: COUNT, ids: COUNT, events: COUNT });
    expect((await verifyEvents(db)).brokenTotal).toBe(0);
    expect(await invalidSubmissions(db, version.bundle)).toEqual([]);
    // The same generator without a database, and a person of the run again with the same id.
    const [first] = [...generatePersons({ bundle: version.bundle, count: 1, seed: 3, now: NOW })];
    const again = bulkPerson({ ...options, hashEvent: () => '' }, 0);
    expect(again.person.data).toEqual(first?.data);
    const [stored] = await queryRows<{ id: string }>(
      db,
      sql`select id from persons where id = ${again.person.id}`,
    );
    expect(stored?.id).toBe(again.person.id);

    const sample = [0, 500, 1000, 1500, 2000, 2500].map((i) => {
      const { person } = bulkPerson({ ...options, hashEvent: () => '' }, i);
      return { id: person.id, data: person.data, registeredAt: person.createdAt };
    });
    const report = await seedDemo(platform.deps, { siteId: SITE, persons: 0, registered: sample, now: NOW });
    expect(report.cases).toBe(sample.length);
    expect((await verifyEvents(db)).brokenTotal).toBe(0);
  }, 180_000);
});
