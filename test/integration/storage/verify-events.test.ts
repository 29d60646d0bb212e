import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../platform/kernel/ids.js';
import { eventHash } from '../../../platform/storage/event-hash.js';
import { appendEvent, readStream } from '../../../platform/storage/event-log.js';
import { verifyEvents } from '../../../platform/storage/verify-events.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** A site with `streams` case streams of `length` events each; returns the site and stream ids. */
async function siteWithStreams(streams: number, length: number): Promise<{ siteId: string; ids: string[] }> {
  const siteId = await insertSite(database.db);
  const ids = Array.from({ length: streams }, () => newId());
  await database.db.transaction(async (tx) => {
    for (const streamId of ids) {
      for (let n = 1; n <= length; n++) {
        await appendEvent(tx, {
          siteId,
          streamType: 'case',
          streamId,
          type: 'note.added',
          actorUserId: null,
          actorPartner: null,
          at: new Date(Date.UTC(2025, 5, 1, 12, n)),
          payload: { text: `note ${n}` },
          visibility: n % 2 === 0 ? { partners: ['pes'] } : null,
        });
      }
    }
  });
  return { siteId, ids };
}

/** Changes rows behind the append-only trigger's back, as a superuser with direct access could. */
async function tamper(statement: SQL): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

describe('verifyEvents', () => {
  it('reports an intact log', async () => {
    const { siteId } = await siteWithStreams(3, 4);
    expect(await verifyEvents(database.db, { siteId })).toEqual({
      streams: 3,
      events: 12,
      broken: [],
      brokenTotal: 0,
    });
  });

  it('reports an altered payload at its stream and seq, and only there', async () => {
    const { siteId, ids } = await siteWithStreams(3, 5);
    const victim = ids[1]!;
    await tamper(
      sql`update events set payload = '{"text":"rewritten"}' where stream_id = ${victim} and seq = 3`,
    );
    const report = await verifyEvents(database.db, { siteId });
    expect(report).toMatchObject({ streams: 3, events: 15, brokenTotal: 1 });
    expect(report.broken).toEqual([{ streamId: victim, seq: 3, reason: 'hash_mismatch' }]);
  });

  it.each([
    ['actor', sql`actor_partner = 'ngo'`],
    ['time', sql`at = at + interval '1 millisecond'`],
    ['visibility', sql`visibility = null`],
    ['type', sql`type = 'note.deleted'`],
  ])('reports an altered %s', async (_field, assignment) => {
    const { siteId, ids } = await siteWithStreams(1, 3);
    await tamper(sql`update events set ${assignment} where stream_id = ${ids[0]} and seq = 2`);
    const report = await verifyEvents(database.db, { siteId });
    expect(report.broken).toEqual([{ streamId: ids[0], seq: 2, reason: 'hash_mismatch' }]);
  });

  it('catches a forged event whose own hash was recomputed at the next link', async () => {
    const { siteId, ids } = await siteWithStreams(1, 4);
    const { events } = await readStream(database.db, ids[0]!);
    const original = events[1]!;
    const payload = { text: 'forged' };
    const forgedHash = eventHash(original.prevHash, { ...original, payload });
    await tamper(
      sql`update events set payload = ${JSON.stringify(payload)}::jsonb, hash = ${forgedHash} where id = ${original.id}`,
    );
    const report = await verifyEvents(database.db, { siteId });
    expect(report.broken).toEqual([{ streamId: ids[0], seq: 3, reason: 'prev_hash_mismatch' }]);
  });

  it('reports a removed event as a gap', async () => {
    const { siteId, ids } = await siteWithStreams(2, 4);
    await tamper(sql`delete from events where stream_id = ${ids[1]} and seq = 2`);
    const report = await verifyEvents(database.db, { siteId });
    expect(report.broken).toEqual([
      { streamId: ids[1], seq: 3, reason: 'seq_gap' },
      { streamId: ids[1], seq: 3, reason: 'prev_hash_mismatch' },
    ]);
  });

  it('walks streams in batches with the same result as in one read', async () => {
    const { siteId, ids } = await siteWithStreams(5, 3);
    await tamper(sql`update events set payload = '{}' where stream_id = ${ids[3]} and seq = 1`);
    const whole = await verifyEvents(database.db, { siteId });
    for (const batchSize of [1, 2, 3, 4, 7]) {
      expect(await verifyEvents(database.db, { siteId, batchSize })).toEqual(whole);
    }
    expect(whole).toMatchObject({ streams: 5, events: 15, brokenTotal: 1 });
  });

  it('limits the breaks it lists but counts them all', async () => {
    const { siteId } = await siteWithStreams(4, 2);
    await tamper(sql`update events set payload = '{}' where site_id = ${siteId}`);
    const report = await verifyEvents(database.db, { siteId, maxBroken: 3 });
    expect(report.broken).toHaveLength(3);
    expect(report.brokenTotal).toBe(8);
  });
});
