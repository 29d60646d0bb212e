import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../platform/kernel/ids.js';
import { normalizeName } from '../../../platform/kernel/normalize-name.js';
import { queryRows } from '../../../platform/storage/database.js';
import {
  cases,
  definitionVersions,
  events,
  personIdentifiers,
  persons,
  submissions,
  users,
} from '../../../platform/storage/schema/index.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';

const SIZE = 3000;
const NAMES = [
  'Иванов Иван',
  'Ivanova Maria',
  'Gʻulom Oʻrinov',
  'Petrov Pyotr',
  'Xasanova Dilnoza',
  'Ali Karimov',
];
const STATUSES = ['open', 'passive', 'closed'] as const;

let database: TestDatabase;
let site: string;
const owners = Array.from({ length: 20 }, () => newId());
const personIds = Array.from({ length: SIZE }, () => newId());
const caseIds = Array.from({ length: SIZE }, () => newId());

/** Enough rows over several sites that the planner's choices resemble a real deployment's. */
async function seed(): Promise<void> {
  const { db } = database;
  const sites = [await insertSite(db), await insertSite(db), await insertSite(db)];
  site = sites[0]!;
  const versions = await db
    .insert(definitionVersions)
    .values(sites.map((siteId) => ({ siteId, version: 1, contentHash: 'h', bundle: {} })))
    .returning({ id: definitionVersions.id });
  await db.insert(users).values(owners.map((id, i) => ({ id, username: `u${i}`, displayName: `U ${i}` })));
  const siteOf = (i: number) => i % sites.length;
  const at = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 3_600_000);
  const name = (i: number) => `${NAMES[i % NAMES.length]} ${i}`;
  for (let start = 0; start < SIZE; start += 1000) {
    const batch = Array.from({ length: 1000 }, (_, k) => start + k);
    await db.insert(persons).values(
      batch.map((i) => ({
        id: personIds[i]!,
        siteId: sites[siteOf(i)]!,
        data: {},
        displayName: name(i),
        nameKey: normalizeName(name(i)),
        birthDate: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
      })),
    );
    await db.insert(personIdentifiers).values(
      batch.map((i) => ({
        siteId: sites[siteOf(i)]!,
        personId: personIds[i]!,
        type: 'passport',
        value: `AB${i}`,
      })),
    );
    await db.insert(cases).values(
      batch.map((i) => ({
        id: caseIds[i]!,
        siteId: sites[siteOf(i)]!,
        personId: personIds[i]!,
        sopId: 'cm',
        definitionVersionId: versions[siteOf(i)]!.id,
        stage: 'intake',
        stageEnteredAt: at(i),
        status: STATUSES[i % 3]!,
        ownerUserId: owners[i % owners.length]!,
        agency: `agency-${i % 5}`,
        openedAt: at(i),
        updatedAt: at(i),
      })),
    );
    await db.insert(submissions).values(
      batch.map((i) => ({
        siteId: sites[siteOf(i)]!,
        caseId: caseIds[i]!,
        formId: `form-${i % 4}`,
        definitionVersionId: versions[siteOf(i)]!.id,
        data: {},
      })),
    );
    // Triggers forbid only changes; a bulk insert of synthetic history is fine.
    await db.insert(events).values(
      batch.map((i) => ({
        siteId: sites[siteOf(i)]!,
        streamType: 'case' as const,
        streamId: caseIds[Math.floor(i / 10)]!,
        seq: 1 + (i % 10),
        type: 'note.added',
        at: at(i),
        payload: {},
        prevHash: i % 10 === 0 ? null : 'x',
        hash: 'x',
      })),
    );
  }
  await db.execute(sql`analyze`);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await seed();
});
afterAll(async () => {
  await database?.close();
});

/** The queries a caseworker waits for, and the index each must use (`a|b`: either will do). */
function indexedQueries(): [string, string][] {
  const owner = owners[3];
  const keyset = `('2025-02-01T00:00:00Z', '${caseIds[700]}')`;
  return [
    [
      'persons_site_name_key_idx',
      `select id from persons where site_id = '${site}' and name_key like 'ivanova%'`,
    ],
    ['persons_name_key_trgm_idx', `select id from persons where name_key like '%rinov 12%'`],
    [
      'persons_site_birth_date_idx',
      `select id from persons where site_id = '${site}' and birth_date = '1953-04-13'`,
    ],
    // Walking the primary key in id order and skipping other sites' rows is as good for a page.
    [
      'persons_site_id_key|persons_pkey',
      `select id from persons where site_id = '${site}' and id > '${personIds[50]}' order by id limit 50`,
    ],
    [
      'person_identifiers_site_type_value_idx',
      `select person_id from person_identifiers where site_id = '${site}' and type = 'passport' and value = 'AB42'`,
    ],
    [
      'cases_site_status_owner_idx',
      `select id from cases where site_id = '${site}' and status = 'open' and owner_user_id = '${owner}'`,
    ],
    [
      'cases_site_agency_status_idx',
      `select id from cases where site_id = '${site}' and agency = 'agency-2' and status = 'passive'`,
    ],
    [
      'cases_site_updated_idx',
      `select id from cases where site_id = '${site}' and (updated_at, id) < ${keyset} order by updated_at desc, id desc limit 50`,
    ],
    ['cases_person_idx', `select id from cases where person_id = '${personIds[9]}'`],
    [
      'submissions_case_form_status_idx',
      `select id from submissions where case_id = '${caseIds[9]}' and form_id = 'form-1' and status = 'draft'`,
    ],
    [
      'events_stream_seq_key',
      `select id from events where stream_id = '${caseIds[7]}' and seq > 3 order by seq limit 100`,
    ],
    [
      'events_site_at_idx',
      `select id from events where site_id = '${site}' and at > '2025-03-01' order by at limit 100`,
    ],
  ];
}

describe('indexes', () => {
  it('back every query a caseworker waits for', async () => {
    const misses: string[] = [];
    for (const [index, query] of indexedQueries()) {
      const plan = await database.db.transaction(async (tx) => {
        // Still small tables: rule sequential scans out, then check the planner picks the intended index.
        await tx.execute(sql`set local enable_seqscan = off`);
        return queryRows<Record<string, unknown>>(tx, sql.raw(`explain (format json) ${query}`));
      });
      const used = JSON.stringify(plan).match(/"Index Name":"[a-z_]+"/g) ?? [];
      const acceptable = index.split('|').map((name) => `"Index Name":"${name}"`);
      if (!used.some((u) => acceptable.includes(u))) misses.push(`${index}: planner used ${used.join(', ')}`);
    }
    expect(misses).toEqual([]);
  });
});
