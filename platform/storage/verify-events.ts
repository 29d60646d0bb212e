import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './database.js';
import { eventHash } from './event-hash.js';
import { events } from './schema/events.js';

export type ChainBreakReason = 'seq_gap' | 'prev_hash_mismatch' | 'hash_mismatch';

/** One place where a stream's chain does not hold. */
export type ChainBreak = {
  readonly streamId: string;
  readonly seq: number;
  readonly reason: ChainBreakReason;
};

export type VerifyEventsOptions = {
  readonly siteId?: string;
  readonly streamId?: string;
  /** Rows read per query (default 2000). */
  readonly batchSize?: number;
  /** Breaks kept in the report (default 1000); `brokenTotal` counts them all. */
  readonly maxBroken?: number;
};

export type VerifyEventsReport = {
  readonly streams: number;
  readonly events: number;
  readonly broken: ChainBreak[];
  readonly brokenTotal: number;
};

type Chain = { streamId: string; seq: number; hash: string } | undefined;

/**
 * Recomputes the hash chain of every stream (or of one site's, or of one stream) and reports
 * every event whose sequence number, link to its predecessor or own hash does not hold.
 * Reads in `(stream_id, seq)` order by keyset in batches, so memory stays flat for any size.
 * Removing a stream's newest events cannot be seen from the chain alone.
 */
export async function verifyEvents(db: Db, options: VerifyEventsOptions = {}): Promise<VerifyEventsReport> {
  const batchSize = options.batchSize ?? 2000;
  const maxBroken = options.maxBroken ?? 1000;
  const report = { streams: 0, events: 0, broken: [] as ChainBreak[], brokenTotal: 0 };
  let chain: Chain;
  for (;;) {
    const rows = await readBatch(db, options, chain, batchSize);
    for (const row of rows) {
      if (chain?.streamId !== row.streamId) report.streams++;
      const previous = chain?.streamId === row.streamId ? chain : undefined;
      for (const reason of checkEvent(row, previous)) {
        report.brokenTotal++;
        if (report.broken.length < maxBroken)
          report.broken.push({ streamId: row.streamId, seq: row.seq, reason });
      }
      report.events++;
      // Continue from the stored hash so one altered event is reported once, not for the whole tail.
      chain = { streamId: row.streamId, seq: row.seq, hash: row.hash };
    }
    if (rows.length < batchSize) return report;
  }
}

function readBatch(db: Db, options: VerifyEventsOptions, after: Chain, batchSize: number) {
  return db
    .select()
    .from(events)
    .where(
      and(
        options.siteId === undefined ? undefined : eq(events.siteId, options.siteId),
        options.streamId === undefined ? undefined : eq(events.streamId, options.streamId),
        after === undefined
          ? undefined
          : sql`(${events.streamId}, ${events.seq}) > (${after.streamId}::uuid, ${after.seq}::int4)`,
      ),
    )
    .orderBy(asc(events.streamId), asc(events.seq))
    .limit(batchSize);
}

function checkEvent(row: typeof events.$inferSelect, previous: Chain): ChainBreakReason[] {
  const reasons: ChainBreakReason[] = [];
  if (row.seq !== (previous?.seq ?? 0) + 1) reasons.push('seq_gap');
  if (row.prevHash !== (previous?.hash ?? null)) reasons.push('prev_hash_mismatch');
  if (eventHash(row.prevHash, row) !== row.hash) reasons.push('hash_mismatch');
  return reasons;
}
