import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../../platform/cases/records.js';
import { newId } from '../../../platform/kernel/ids.js';
import { cases, definitionVersions, persons, tasks } from '../../../platform/storage/schema/index.js';
import { syncTasks } from '../../../platform/storage/store/case-writes.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';

let database: TestDatabase;
let siteId: string;
const caseId = newId();
const at = new Date('2025-04-01T08:00:00.000Z');

beforeAll(async () => {
  database = await createTestDatabase();
  siteId = await insertSite(database.db);
  const versionId = newId();
  const personId = newId();
  await database.db
    .insert(definitionVersions)
    .values({ id: versionId, siteId, version: 1, contentHash: 'abc', bundle: {} });
  await database.db
    .insert(persons)
    .values({ id: personId, siteId, data: {}, displayName: 'Aziza K', nameKey: 'aziza k' });
  await database.db.insert(cases).values({
    id: caseId,
    siteId,
    personId,
    sopId: 'sop',
    definitionVersionId: versionId,
    stage: 'intake',
    stageEnteredAt: at,
    agency: 'csw',
    openedAt: at,
  });
});
afterAll(async () => {
  await database?.close();
});

const task = (key: string, patch: Partial<TaskRecord> = {}): Omit<TaskRecord, 'id'> => ({
  siteId,
  caseId,
  instanceKey: key,
  definitionId: key.split('#')[0] as string,
  kind: 'task',
  roleId: 'case_manager',
  agency: 'csw',
  assigneeUserId: null,
  dueAt: new Date('2025-04-10T23:59:59.999Z'),
  status: 'open',
  overdue: false,
  createdAt: at,
  completedAt: null,
  ...patch,
});

/** Each row's key, status and `xmin` — the transaction that last wrote it. */
async function rows() {
  return database.db
    .select({ key: tasks.instanceKey, status: tasks.status, id: tasks.id, xmin: sql<string>`xmin::text` })
    .from(tasks)
    .where(eq(tasks.caseId, caseId))
    .orderBy(asc(tasks.instanceKey));
}

describe('syncTasks mirrors the engine’s tasks of a case', () => {
  it('inserts, keeps unchanged rows untouched, updates changed ones and deletes dropped ones', async () => {
    await database.db.transaction((tx) =>
      syncTasks(tx, siteId, caseId, [task('a#1'), task('b#1'), task('c#1')]),
    );
    const first = await rows();
    expect(first.map((r) => r.key)).toEqual(['a#1', 'b#1', 'c#1']);

    // The same state again: nothing is written.
    await database.db.transaction((tx) =>
      syncTasks(tx, siteId, caseId, [task('a#1'), task('b#1'), task('c#1')]),
    );
    expect(await rows()).toEqual(first);

    // One task done, one gone, one new: only those rows change.
    const done = new Date('2025-04-03T10:00:00.000Z');
    await database.db.transaction((tx) =>
      syncTasks(tx, siteId, caseId, [
        task('a#1'),
        task('b#1', { status: 'done', completedAt: done }),
        task('d#1'),
      ]),
    );
    const after = await rows();
    expect(after.map((r) => [r.key, r.status])).toEqual([
      ['a#1', 'open'],
      ['b#1', 'done'],
      ['d#1', 'open'],
    ]);
    const byKey = new Map(after.map((r) => [r.key, r]));
    expect(byKey.get('a#1')).toEqual(first[0]);
    expect(byKey.get('b#1')?.id).toBe(first[1]?.id);
    expect(byKey.get('b#1')?.xmin).not.toBe(first[1]?.xmin);
  });

  it('removes every workflow task when the state has none', async () => {
    await database.db.transaction((tx) => syncTasks(tx, siteId, caseId, []));
    expect(await rows()).toEqual([]);
  });
});
