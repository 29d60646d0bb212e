import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { type Database, openDatabase } from '../../platform/storage/database.js';
import { MIGRATIONS_FOLDER, migrate } from '../../platform/storage/migrate.js';

export type TestDatabaseOptions = {
  /** Apply the migrations (default true); false gives an empty database. */
  readonly migrated?: boolean;
  /** PostgreSQL pool size, for tests that run many transactions at once (default 10). */
  readonly maxConnections?: number;
};

/**
 * A database of its own for an integration test: PostgreSQL when `DATABASE_URL` is set (a fresh
 * `pathway_t_<random>` database on that server, dropped by `close()`), PGlite otherwise.
 *
 * On PGlite a migrated cluster is made once and dumped; each call loads that snapshot (~0.5 s
 * against ~2.3 s for a cold start and migration). The snapshot is also kept in the OS temp folder,
 * keyed by the migrations' content, so other test files and later runs skip the cold start.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const url = process.env.DATABASE_URL;
  if (url !== undefined && url !== '') return createPostgresTestDatabase(url, options);
  if (options.migrated === false) return { ...(await openDatabase()), databaseUrl: undefined };
  snapshot ??= loadOrMakeSnapshot();
  return { ...(await openDatabase({ pgliteSnapshot: await snapshot })), databaseUrl: undefined };
}

/** A test database; `databaseUrl` lets a test open more connections to it (PostgreSQL only). */
export type TestDatabase = Database & { readonly databaseUrl: string | undefined };

let snapshot: Promise<Blob> | undefined;

async function createPostgresTestDatabase(url: string, options: TestDatabaseOptions): Promise<TestDatabase> {
  const name = `pathway_t_${randomBytes(6).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: testUrl.href, maxConnections: options.maxConnections });
  if (options.migrated !== false) await migrate(database);
  const close = async () => {
    await database.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  };
  return { ...database, close, databaseUrl: testUrl.href };
}

async function loadOrMakeSnapshot(): Promise<Blob> {
  const folder = join(tmpdir(), 'pathway-test-db');
  const file = join(folder, `${migrationsKey()}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    // Not cached yet: make it below.
  }
  const database = await openDatabase();
  await migrate(database);
  const dump = database.kind === 'pglite' ? await database.client.dumpDataDir('none') : undefined;
  await database.close();
  if (dump === undefined) throw new Error('expected PGlite');
  mkdirSync(folder, { recursive: true });
  for (const stale of readdirSync(folder)) {
    if (stale.endsWith('.tar') && join(folder, stale) !== file) rmSync(join(folder, stale), { force: true });
  }
  // Write then rename, so a test file starting in parallel never reads half a snapshot.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
  renameSync(partial, file);
  return dump;
}

/** Changes whenever a migration or the PGlite version changes. */
function migrationsKey(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url)));
  hash.update(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json')));
  for (const name of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (name.endsWith('.sql')) hash.update(name).update(readFileSync(join(MIGRATIONS_FOLDER, name)));
  }
  return hash.digest('hex').slice(0, 16);
}
