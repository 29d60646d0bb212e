import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { PlatformError } from '../kernel/errors.js';
import type { Db } from './database.js';

/** A table whose rows are updated under optimistic locking: an id, a site and a version. */
export type VersionedTable = PgTable & {
  readonly id: PgColumn;
  readonly siteId: PgColumn;
  readonly version: PgColumn;
};

/** Which row, at which site, at the version the caller last read. */
export type VersionedKey = { readonly id: string; readonly siteId: string; readonly version: number };

/**
 * `update … set …, version = version + 1 where id = $id and site_id = $site and version = $version
 * returning *`. Concurrent writers of one row therefore cannot overwrite each other: the row lock
 * makes the second wait, and it then sees a version that no longer matches.
 *
 * @throws PlatformError `stale_version` (409) when the row exists at another version, with the
 *   current version in `detail`; `not_found` when there is no such row at that site.
 */
export async function updateWithVersion<T extends VersionedTable>(
  db: Db,
  table: T,
  key: VersionedKey,
  set: PgUpdateSetSource<T>,
): Promise<T['$inferSelect']> {
  const next = { ...set, version: sql`${table.version} + 1` } as PgUpdateSetSource<T>;
  const rows = (await db
    .update(table)
    .set(next)
    .where(and(eq(table.id, key.id), eq(table.siteId, key.siteId), eq(table.version, key.version)))
    .returning()) as T['$inferSelect'][];
  const [updated] = rows;
  if (updated !== undefined) return updated;
  const [current] = await db
    .select({ version: table.version })
    .from(table as PgTable)
    .where(and(eq(table.id, key.id), eq(table.siteId, key.siteId)));
  if (current === undefined) throw new PlatformError('not_found', 'No such record.');
  throw new PlatformError('stale_version', 'The record was changed by someone else; reload and retry.', {
    detail: { currentVersion: current.version, expectedVersion: key.version },
  });
}
