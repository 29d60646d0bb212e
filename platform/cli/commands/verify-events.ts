import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { UUID_PATTERN } from '../../kernel/ids.js';
import { type Database, openDatabase, queryRows } from '../../storage/database.js';
import { type VerifyEventsReport, verifyEvents } from '../../storage/verify-events.js';

const USAGE = `usage: pathway verify-events [--site <id>] [--stream <uuid>]

Recomputes the hash chain of every event stream (case and person histories) and reports every
event that was altered, removed or reordered. Uses DATABASE_URL when set, else the PGlite folder
DATA_DIR (default .data/pglite). Exits 1 when any chain is broken.
`;

/** `pathway verify-events`: checks that no event of the audit trail was tampered with. */
export async function run(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseOptions(args);
  if (parsed === 'help' || parsed === 'invalid') {
    process.stderr.write(USAGE);
    return parsed === 'help' ? 0 : 2;
  }
  const database = await openFromEnvironment(env);
  if (database === undefined) return 2;
  try {
    if (!(await hasEventsTable(database))) {
      process.stderr.write('verify-events: the database has no events table (not migrated?)\n');
      return 2;
    }
    const report = await verifyEvents(database.db, parsed);
    printReport(report);
    return report.brokenTotal === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

function parseOptions(args: string[]): { siteId?: string; streamId?: string } | 'help' | 'invalid' {
  try {
    const { values } = parseArgs({
      args,
      options: {
        site: { type: 'string' },
        stream: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    });
    if (values.help === true) return 'help';
    if (values.stream !== undefined && !UUID_PATTERN.test(values.stream)) return 'invalid';
    return {
      ...(values.site === undefined ? {} : { siteId: values.site }),
      ...(values.stream === undefined ? {} : { streamId: values.stream }),
    };
  } catch {
    return 'invalid';
  }
}

async function openFromEnvironment(env: NodeJS.ProcessEnv): Promise<Database | undefined> {
  const databaseUrl = env.DATABASE_URL;
  if (databaseUrl !== undefined && databaseUrl !== '') return openDatabase({ databaseUrl });
  const dataDir = env.DATA_DIR || '.data/pglite';
  // Opening a missing folder would create an empty database and report it as intact.
  if (!existsSync(dataDir)) {
    process.stderr.write(`verify-events: no database at ${dataDir} (set DATA_DIR or DATABASE_URL)\n`);
    return undefined;
  }
  return openDatabase({ dataDir });
}

async function hasEventsTable(database: Database): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    database.db,
    sql`select to_regclass('public.events') is not null as found`,
  );
  return row?.found === true;
}

function printReport(report: VerifyEventsReport): void {
  for (const { streamId, seq, reason } of report.broken) {
    process.stdout.write(`BROKEN stream ${streamId} seq ${seq}: ${reason}\n`);
  }
  if (report.brokenTotal > report.broken.length) {
    process.stdout.write(`… and ${report.brokenTotal - report.broken.length} more\n`);
  }
  const verdict = report.brokenTotal === 0 ? 'every chain intact' : `${report.brokenTotal} break(s)`;
  process.stdout.write(`verified ${report.events} events in ${report.streams} streams: ${verdict}\n`);
}
