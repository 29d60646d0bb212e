import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../platform/kernel/ids.js';
import { queryRows } from '../../../platform/storage/database.js';
import { type AppendEventInput, appendEvent, readStream } from '../../../platform/storage/event-log.js';
import { verifyEvents } from '../../../platform/storage/verify-events.js';
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

function event(streamId: string, n: number, overrides: Partial<AppendEventInput> = {}): AppendEventInput {
  return {
    siteId,
    streamType: 'case',
    streamId,
    type: n === 1 ? 'case.opened' : 'form.submitted',
    actorUserId: newId(),
    actorPartner: 'pes',
    at: new Date(Date.UTC(2025, 0, 1, 9, 0, 0, n)),
    payload: {
      n,
      form: 'needs-assessment',
      data: { score: n * 1.5, note: 'Ёлка ʻ', nested: [1, null, 'x'] },
    },
    ...overrides,
  };
}

async function appendMany(streamId: string, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    await database.db.transaction((tx) => appendEvent(tx, event(streamId, n)));
  }
}

describe('appendEvent and readStream', () => {
  it('numbers events 1, 2, … per stream and links each to the hash before it', async () => {
    const streamId = newId();
    await appendMany(streamId, 3);
    const { events, nextAfterSeq } = await readStream(database.db, streamId);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(nextAfterSeq).toBeNull();
    expect(events[0]?.prevHash).toBeNull();
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events[2]?.prevHash).toBe(events[1]?.hash);
    expect(events[2]?.payload).toEqual(event(streamId, 3).payload);
    expect(events[2]?.at.toISOString()).toBe('2025-01-01T09:00:00.003Z');
    expect(await verifyEvents(database.db, { streamId })).toEqual({
      streams: 1,
      events: 3,
      broken: [],
      brokenTotal: 0,
    });
  });

  it('pages a stream by keyset', async () => {
    const streamId = newId();
    await appendMany(streamId, 7);
    const seen: number[] = [];
    let afterSeq = 0;
    for (let page = 0; page < 10; page++) {
      const result = await readStream(database.db, streamId, { afterSeq, limit: 3 });
      seen.push(...result.events.map((e) => e.seq));
      if (result.nextAfterSeq === null) break;
      afterSeq = result.nextAfterSeq;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const last = await readStream(database.db, streamId, { afterSeq: 6, limit: 3 });
    expect(last).toMatchObject({ nextAfterSeq: null, events: [{ seq: 7 }] });
    const exact = await readStream(database.db, streamId, { afterSeq: 4, limit: 3 });
    expect(exact.nextAfterSeq).toBeNull();
    expect(await readStream(database.db, streamId, { siteId: 'another-site' })).toEqual({
      events: [],
      nextAfterSeq: null,
    });
  });

  it('rolls the event back with the rest of the transaction', async () => {
    const streamId = newId();
    await expect(
      database.db.transaction(async (tx) => {
        await appendEvent(tx, event(streamId, 1));
        throw new Error('state update failed');
      }),
    ).rejects.toThrow('state update failed');
    expect((await readStream(database.db, streamId)).events).toEqual([]);
  });

  it('refuses to move a stream to another site', async () => {
    const streamId = newId();
    await appendMany(streamId, 1);
    const otherSite = await insertSite(database.db);
    await expect(
      database.db.transaction((tx) => appendEvent(tx, event(streamId, 2, { siteId: otherSite }))),
    ).rejects.toMatchObject({ code: 'internal' });
  });

  it('gives 20 concurrent appends to one stream the sequence 1..20 with a valid chain', async () => {
    const streamId = newId();
    const appended = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction(async (tx) => {
          const stored = await appendEvent(tx, event(streamId, i + 1));
          // Hold the transaction open a little so the others really queue behind the stream lock.
          await tx.execute(sql`select pg_sleep(0.005)`);
          return stored.seq;
        }),
      ),
    );
    expect([...appended].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    const report = await verifyEvents(database.db, { streamId });
    expect(report).toMatchObject({ streams: 1, events: 20, brokenTotal: 0 });
  });
});

describe('the events table', () => {
  it.each([
    ['UPDATE', sql`update events set type = 'x'`],
    ['DELETE', sql`delete from events`],
    ['TRUNCATE', sql`truncate events`],
  ])('refuses %s', async (operation, statement) => {
    await appendMany(newId(), 1);
    await expect(database.db.execute(statement)).rejects.toThrow();
    await expect(queryRows(database.db, statement)).rejects.toMatchObject({
      cause: { message: `events is append-only: ${operation} refused` },
    });
    const [count] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from events`);
    expect(count?.n).toBeGreaterThan(0);
  });
});
