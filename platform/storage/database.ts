import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres, { type Sql } from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;

/** The drizzle database every repository works with; the same type on PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** A transaction opened with `db.transaction(...)`; also usable wherever a `Db` is expected. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseKind = 'pglite' | 'postgres';

/**
 * An open database. `close()` ends the connections (PostgreSQL) or shuts PGlite down. `client`
 * is the driver's own handle, for the few things drizzle does not cover (migration locks,
 * PGlite snapshots); repositories use `db`.
 */
export type Database =
  | { readonly kind: 'pglite'; readonly db: Db; readonly client: PGlite; close(): Promise<void> }
  | { readonly kind: 'postgres'; readonly db: Db; readonly client: Sql; close(): Promise<void> };

export type OpenDatabaseOptions = {
  /** A PostgreSQL URL; when given, PostgreSQL is used and `dataDir` is ignored. */
  readonly databaseUrl?: string | undefined;
  /** PGlite data folder, created if missing; without it PGlite runs in memory. */
  readonly dataDir?: string | undefined;
  /** PGlite only: start from a `dumpDataDir()` snapshot instead of an empty cluster. */
  readonly pgliteSnapshot?: Blob | undefined;
  /** PostgreSQL only: size of the connection pool (default 10, at least 2; see `migrate`). */
  readonly maxConnections?: number | undefined;
};

/**
 * Opens PostgreSQL when `databaseUrl` is given, PGlite otherwise (a data folder, or memory).
 * Both get the same schema-aware drizzle database, so repositories run unchanged on either.
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.databaseUrl !== undefined && options.databaseUrl !== '') {
    return openPostgres(options.databaseUrl, options.maxConnections ?? 10);
  }
  return openPglite(options.dataDir, options.pgliteSnapshot);
}

async function openPostgres(url: string, maxConnections: number): Promise<Database> {
  const client = postgres(url, {
    max: Math.max(2, maxConnections),
    onnotice: () => {},
    // Times are written and compared in UTC whatever the server's default zone.
    connection: { TimeZone: 'UTC', application_name: 'pathway' },
  });
  const db: Db = drizzlePostgres({ client, schema });
  return { kind: 'postgres', db, client, close: () => client.end({ timeout: 5 }) };
}

async function openPglite(dataDir: string | undefined, snapshot: Blob | undefined): Promise<Database> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(snapshot === undefined ? {} : { loadDataDir: snapshot }),
    extensions: { pg_trgm },
  });
  await client.exec(`SET TIME ZONE 'UTC'`);
  const db: Db = drizzlePglite({ client, schema });
  return { kind: 'pglite', db, client, close: () => client.close() };
}

/**
 * Runs raw SQL and returns its rows. drizzle's `execute()` yields `{ rows }` on PGlite and an
 * array on postgres.js; repositories should prefer the query builder and use this only when
 * they need SQL it cannot express.
 */
export async function queryRows<Row extends Record<string, unknown>>(db: Db, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as Row[];
  return (result as { rows: Row[] }).rows;
}
