import { and, asc, desc, eq, gt, sql } from 'drizzle-orm';
import { PlatformError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { JsonObject, JsonValue } from '../kernel/json.js';
import { LOCK_NAMESPACE } from './advisory-locks.js';
import type { Db, Tx } from './database.js';
import { eventHash } from './event-hash.js';
import { events, type StreamType } from './schema/events.js';

/** An event as stored. */
export type StoredEvent = typeof events.$inferSelect;

export type AppendEventInput = {
  readonly siteId: string;
  readonly streamType: StreamType;
  /** The case id or person id whose history this event belongs to. */
  readonly streamId: string;
  /** Dotted event type, e.g. `case.opened`, `form.submitted`. */
  readonly type: string;
  readonly actorUserId: string | null;
  readonly actorPartner: string | null;
  /** When it happened, from the injected clock (stored and hashed to the millisecond). */
  readonly at: Date;
  readonly payload: JsonObject;
  /** Who besides the case team may see it; null or absent = the case team only. */
  readonly visibility?: JsonValue | null;
};

/**
 * Appends an event to its stream inside the caller's transaction, so the state change and its
 * history commit together or not at all. Appends to one stream are serialised by a transaction
 * advisory lock (on every server process), which makes `seq` gapless and the hash chain linear.
 */
export async function appendEvent(tx: Tx, input: AppendEventInput): Promise<StoredEvent> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(${LOCK_NAMESPACE.eventStream}::int4, hashtext(${input.streamId}::text))`,
  );
  const [last] = await tx
    .select({ seq: events.seq, hash: events.hash, siteId: events.siteId, streamType: events.streamType })
    .from(events)
    .where(eq(events.streamId, input.streamId))
    .orderBy(desc(events.seq))
    .limit(1);
  if (last !== undefined && (last.siteId !== input.siteId || last.streamType !== input.streamType)) {
    throw new PlatformError('internal', 'An event stream cannot change its site or stream type.', {
      detail: { streamId: input.streamId },
    });
  }
  // What is hashed must be exactly what jsonb gives back: drop undefined, turn dates into strings.
  const fields = {
    siteId: input.siteId,
    streamType: input.streamType,
    streamId: input.streamId,
    seq: (last?.seq ?? 0) + 1,
    type: input.type,
    actorUserId: input.actorUserId,
    actorPartner: input.actorPartner,
    at: new Date(input.at.getTime()),
    payload: toJson(input.payload) as JsonObject,
    visibility: input.visibility == null ? null : toJson(input.visibility),
  };
  const prevHash = last?.hash ?? null;
  const row = { id: newId(), ...fields, prevHash, hash: eventHash(prevHash, fields) };
  await tx.insert(events).values(row);
  return row;
}

function toJson(value: JsonValue): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

export type ReadStreamOptions = {
  /** Return events after this sequence number (the cursor); 0 = from the start. */
  readonly afterSeq?: number;
  /** Page size, 1 to 1000 (default 100). */
  readonly limit?: number;
  /** When given, a stream of another site reads as empty. */
  readonly siteId?: string;
};

export type StreamPage = {
  readonly events: StoredEvent[];
  /** Pass as `afterSeq` for the next page; null when this page is the last. */
  readonly nextAfterSeq: number | null;
};

/** One page of a stream in `seq` order, by keyset on the `(stream_id, seq)` unique index. */
export async function readStream(
  db: Db,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<StreamPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 100), 1), 1000);
  const rows = await db
    .select()
    .from(events)
    .where(
      and(
        eq(events.streamId, streamId),
        gt(events.seq, options.afterSeq ?? 0),
        options.siteId === undefined ? undefined : eq(events.siteId, options.siteId),
      ),
    )
    .orderBy(asc(events.seq))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  return { events: page, nextAfterSeq: hasMore ? (page.at(-1)?.seq ?? null) : null };
}
