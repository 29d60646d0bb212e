import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase, queryRows } from '../../../platform/storage/database.js';
import { MIGRATIONS_FOLDER, migrate } from '../../../platform/storage/migrate.js';
import { createTestDatabase } from '../../support/test-database.js';

/** Every migration in the journal: the count applied to an empty database. */
const MIGRATION_COUNT = (
  JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }
).entries.length;

const TABLES = [
  'api_tokens',
  'case_migrations',
  'case_team',
  'cases',
  'consents',
  'definition_drafts',
  'definition_versions',
  'disclosures',
  'emergency_access',
  'events',
  'login_attempts',
  'memberships',
  'person_identifiers',
  'person_links',
  'persons',
  'referrals',
  'sessions',
  'sites',
  'submissions',
  'tasks',
  'users',
];

async function publicTables(database: Database): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    database.db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
  );
  return rows.map((r) => r.name);
}

async function appliedMigrations(database: Database): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return row?.n ?? -1;
}

describe('migrate', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await database.close();
  });

  it('creates every table, the extension and the append-only triggers on an empty database', async () => {
    expect(await publicTables(database)).toEqual([]);
    await migrate(database);
    expect(await publicTables(database)).toEqual(TABLES);
    const extensions = await queryRows<{ extname: string }>(
      database.db,
      sql`select extname from pg_extension where extname = 'pg_trgm'`,
    );
    expect(extensions).toHaveLength(1);
    const triggers = await queryRows<{ tgname: string }>(
      database.db,
      sql`select tgname from pg_trigger where tgrelid = 'events'::regclass and not tgisinternal order by 1`,
    );
    expect(triggers.map((t) => t.tgname)).toEqual(['events_no_truncate', 'events_no_update_or_delete']);
    expect(await appliedMigrations(database)).toBe(MIGRATION_COUNT);
  });

  it('is idempotent', async () => {
    await migrate(database);
    await migrate(database);
    expect(await appliedMigrations(database)).toBe(MIGRATION_COUNT);
    expect(await publicTables(database)).toEqual(TABLES);
  });
});

describe.runIf(process.env.DATABASE_URL)('migrate on PostgreSQL', () => {
  it('lets two servers that start together migrate one database without racing', async () => {
    const empty = await createTestDatabase({ migrated: false });
    const servers = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: empty.databaseUrl })));
    try {
      await Promise.all(servers.map((server) => migrate(server)));
      expect(await appliedMigrations(empty)).toBe(MIGRATION_COUNT);
      expect(await publicTables(empty)).toEqual(TABLES);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
      await empty.close();
    }
  });
});
