import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../../platform/cli/commands/verify-events.js';
import { newId } from '../../../platform/kernel/ids.js';
import { type Database, openDatabase } from '../../../platform/storage/database.js';
import { appendEvent } from '../../../platform/storage/event-log.js';
import { migrate } from '../../../platform/storage/migrate.js';
import { insertSite } from '../../support/storage-fixtures.js';
import { createTestDatabase } from '../../support/test-database.js';

/**
 * The command opens the database itself, from the environment. On PGlite that is a data folder,
 * which one process may open only once at a time, so the test closes its own handle around runs.
 */
type Target = {
  env: NodeJS.ProcessEnv;
  use<T>(work: (database: Database) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
};

async function makeTarget(): Promise<Target> {
  if (process.env.DATABASE_URL) {
    const database = await createTestDatabase();
    return {
      env: { DATABASE_URL: database.databaseUrl },
      use: (work) => work(database),
      dispose: database.close,
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pathway-verify-'));
  const first = await openDatabase({ dataDir });
  await migrate(first);
  await first.close();
  const use = async <T>(work: (database: Database) => Promise<T>) => {
    const database = await openDatabase({ dataDir });
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  };
  return {
    env: { DATA_DIR: dataDir },
    use,
    dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

let target: Target;
let output: string[];
const streamId = newId();

beforeAll(async () => {
  target = await makeTarget();
  await target.use(async ({ db }) => {
    const siteId = await insertSite(db);
    await db.transaction(async (tx) => {
      for (let n = 1; n <= 3; n++) {
        const at = new Date(Date.UTC(2025, 2, 3, 10, n));
        const input = { siteId, streamType: 'person', streamId, type: 'person.updated', at } as const;
        await appendEvent(tx, { ...input, actorUserId: null, actorPartner: null, payload: { n } });
      }
    });
  });
});
afterAll(async () => {
  await target?.dispose();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function captureOutput(): void {
  output = [];
  const capture = (chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
}

describe('pathway verify-events', () => {
  it('exits 0 and says so when every chain is intact', async () => {
    captureOutput();
    expect(await run([], target.env)).toBe(0);
    expect(output.join('')).toBe('verified 3 events in 1 streams: every chain intact\n');
  });

  it('exits 1 and names the stream and seq of a tampered event', async () => {
    await target.use((database) =>
      database.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(
          sql`update events set payload = '{"n": 20}' where stream_id = ${streamId} and seq = 2`,
        );
      }),
    );
    captureOutput();
    expect(await run(['--stream', streamId], target.env)).toBe(1);
    expect(output.join('')).toBe(
      `BROKEN stream ${streamId} seq 2: hash_mismatch\nverified 3 events in 1 streams: 1 break(s)\n`,
    );
  });

  it('exits 2 on a missing data folder or a bad option, without creating anything', async () => {
    captureOutput();
    const missing = join(tmpdir(), `pathway-missing-${newId()}`);
    expect(await run([], { DATA_DIR: missing })).toBe(2);
    expect(output.join('')).toContain('no database at');
    expect(existsSync(missing)).toBe(false);
    expect(await run(['--sight', 'x'], target.env)).toBe(2);
    expect(await run(['--stream', 'not-a-uuid'], target.env)).toBe(2);
  });
});
