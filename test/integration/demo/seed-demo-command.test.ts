import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../../platform/cli/commands/seed-demo.js';
import { type Database, openDatabase, queryRows } from '../../../platform/storage/database.js';
import { verifyEvents } from '../../../platform/storage/verify-events.js';
import { createTestDatabase, type TestDatabase } from '../../support/test-database.js';

/*
 * `npm run seed:demo`: on PostgreSQL when DATABASE_URL is set (a database of its own), else on a
 * PGlite folder of its own — migrated, published, demo users and caseworkers made, clients and
 * cases written; bulk mode; a second run on a seeded site is refused.
 */
let env: NodeJS.ProcessEnv;
let pg: TestDatabase | undefined;
let folder: string | undefined;

beforeAll(async () => {
  const url = process.env.DATABASE_URL;
  if (url !== undefined && url !== '') {
    pg = await createTestDatabase({ migrated: false });
    env = { DATABASE_URL: pg.databaseUrl, DEMO_PASSWORD: 'demo-test' };
  } else {
    folder = mkdtempSync(join(tmpdir(), 'pathway-seed-demo-'));
    env = { DATA_DIR: folder, DEMO_PASSWORD: 'demo-test' };
  }
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await pg?.close();
  if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
});

async function inspect<T>(look: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(
    env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : { dataDir: env.DATA_DIR },
  );
  try {
    return await look(database);
  } finally {
    await database.close();
  }
}

describe('seed-demo', () => {
  it('explains its options, and refuses wrong ones', async () => {
    expect(await run(['--help'], env)).toBe(0);
    expect(await run(['--persons', 'many'], env)).toBe(2);
    expect(await run(['--site', 'cm-template'], env)).toBe(2);
  });

  it('seeds a site through the operations, then refuses to seed it again', async () => {
    const args = ['--site', 'child-family-cm', '--persons', '4', '--now', '2025-09-01', '--workers', '2'];
    expect(await run(args, env)).toBe(0);
    const counts = await inspect(async (database) => {
      const [row] = await queryRows<{ persons: number; cases: number; workers: number }>(
        database.db,
        sql`select (select count(*) from persons where site_id = 'child-family-cm')::int as persons,
                   (select count(*) from cases where site_id = 'child-family-cm')::int as cases,
                   (select count(*) from users where username like '%.social_service_worker.2')::int as workers`,
      );
      return { ...row, broken: (await verifyEvents(database.db)).brokenTotal };
    });
    expect(counts).toEqual({ persons: 4, cases: 4, workers: 1, broken: 0 });
    expect(await run(args, env)).toBe(1);
  }, 120_000);

  it('writes many clients in bulk and opens full cases for a sample', async () => {
    const args = [
      '--site',
      'uz-tashkent-icm',
      '--persons',
      '2500',
      '--bulk',
      '--cases',
      '3',
      '--now',
      '2025-09-01',
    ];
    expect(await run(args, env)).toBe(0);
    const counts = await inspect(async (database) => {
      const [row] = await queryRows<{ persons: number; cases: number }>(
        database.db,
        sql`select (select count(*) from persons where site_id = 'uz-tashkent-icm')::int as persons,
                   (select count(*) from cases where site_id = 'uz-tashkent-icm')::int as cases`,
      );
      return { ...row, broken: (await verifyEvents(database.db)).brokenTotal };
    });
    expect(counts).toEqual({ persons: 2500, cases: 3, broken: 0 });
  }, 180_000);
});
