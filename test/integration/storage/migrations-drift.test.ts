import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../../platform/storage/migrate.js';

describe('committed migrations', () => {
  it('match the drizzle schema (run `npm run db:generate` after changing it)', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pathway-migrations-'));
    try {
      cpSync(MIGRATIONS_FOLDER, out, { recursive: true });
      const before = readdirSync(out).sort();
      // drizzle-kit reads `--out` relative to the working folder.
      const args = ['generate', '--dialect', 'postgresql', '--schema', 'platform/storage/schema/index.ts'];
      const { stdout, stderr } = await promisify(execFile)('node_modules/.bin/drizzle-kit', [
        ...args,
        '--out',
        relative(process.cwd(), out),
      ]);
      expect(`${stdout}${stderr}`).toContain('No schema changes');
      expect(readdirSync(out).sort()).toEqual(before);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
