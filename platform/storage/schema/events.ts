import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import type { JsonObject, JsonValue } from '../../kernel/json.js';
import { idColumn, siteIdColumn, timestamptz } from './columns.js';
import { sites } from './sites.js';

export const STREAM_TYPES = ['case', 'person'] as const;
export type StreamType = (typeof STREAM_TYPES)[number];

/**
 * The append-only history of a stream (a case, or a person): at once the shared case history and
 * the audit trail. Each event is hash-chained to the previous one of its stream; a trigger made
 * by the migrations refuses UPDATE, DELETE and TRUNCATE. Write only through `appendEvent`.
 */
export const events = pgTable(
  'events',
  {
    id: idColumn(),
    siteId: siteIdColumn().references(() => sites.id),
    streamType: text('stream_type').$type<StreamType>().notNull(),
    streamId: uuid('stream_id').notNull(),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    actorUserId: uuid('actor_user_id'),
    actorPartner: text('actor_partner'),
    at: timestamptz('at').notNull(),
    payload: jsonb('payload').$type<JsonObject>().notNull(),
    /** Who besides the case team may see the event (e.g. partner agencies); null = case team only. */
    visibility: jsonb('visibility').$type<JsonValue>(),
    prevHash: text('prev_hash'),
    hash: text('hash').notNull(),
  },
  (t) => [
    unique('events_stream_seq_key').on(t.streamId, t.seq),
    index('events_site_at_idx').on(t.siteId, t.at),
    check('events_stream_type_check', sql`${t.streamType} in ('case', 'person')`),
    check('events_seq_check', sql`${t.seq} >= 1`),
    // The first event of a stream has no predecessor; every later one names it.
    check('events_prev_hash_check', sql`(${t.seq} = 1) = (${t.prevHash} is null)`),
  ],
);
