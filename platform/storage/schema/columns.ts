import { integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { newId } from '../../kernel/ids.js';

/** Primary key: a UUIDv7 made by the application, so ids sort by creation time across processes. */
export function idColumn() {
  return uuid('id')
    .primaryKey()
    .$defaultFn(() => newId());
}

/** Every row carries its site, so a deployment can later be distributed by site. */
export function siteIdColumn() {
  return text('site_id').notNull();
}

/**
 * A `timestamptz` with millisecond precision. JavaScript dates carry milliseconds only; storing
 * microseconds would make keyset cursors and hashed event times fail to round-trip.
 */
export function timestamptz(name: string) {
  return timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });
}

/** Creation time, defaulting to the database clock when the caller does not pass its own. */
export function createdAtColumn() {
  return timestamptz('created_at').notNull().defaultNow();
}

/** Row version for optimistic locking: every update checks and increments it. */
export function versionColumn() {
  return integer('version').notNull().default(1);
}
