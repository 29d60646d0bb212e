import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const biome = join(root, 'node_modules', '.bin', 'biome');
const sandbox = mkdtempSync(join(tmpdir(), 'pathway-lint-'));
copyFileSync(join(root, 'biome.json'), join(sandbox, 'biome.json'));
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

/** Lints a would-be source file at `path` with the project's Biome configuration, in a scratch folder. */
function lint(path: string, source: string): { ok: boolean; output: string } {
  const file = join(sandbox, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  const result = spawnSync(biome, ['lint', '--vcs-enabled=false', path], { cwd: sandbox, encoding: 'utf8' });
  rmSync(file);
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

describe('the linter enforces the module dependency direction of DESIGN.md §4', () => {
  it.each([
    ['platform/kernel/x.ts', "import { checkSite } from '../definitions/check-site.js';"],
    ['platform/definitions/x.ts', "import { createEvaluator } from '../rules/index.js';"],
    ['platform/rules/x.ts', "import { openCase } from '../cases/open-case.js';"],
    ['platform/workflow/x.ts', "import { x } from '../referrals/x.js';"],
    ['platform/cases/x.ts', "import { app } from '../http/app.js';"],
    ['platform/storage/x.ts', "import { app } from '../http/app.js';"],
    ['runtime-ui/src/x.ts', "import { openDatabase } from '../../platform/storage/database.js';"],
  ])('%s may not import upward: %s', (path, line) => {
    const { ok, output } = lint(path, `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)?.[1]}];\n`);
    expect(ok).toBe(false);
    expect(output).toContain('noRestrictedImports');
  });

  it('pure engines may not use Node built-ins', () => {
    const { ok, output } = lint(
      'platform/rules/x.ts',
      "import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n",
    );
    expect(ok).toBe(false);
    expect(output).toContain('noNodejsModules');
  });

  it.each([
    ['platform/rules/x.ts', "import { localize } from '../kernel/localized-text.js';"],
    ['platform/cases/x.ts', "import { checkSite } from '../definitions/check-site.js';"],
    ['platform/http/x.ts', "import { checkSite } from '../definitions/check-site.js';"],
  ])('%s may import downward: %s', (path, line) => {
    const { ok, output } = lint(path, `${line}\nexport const used = [${line.match(/\{ (\w+) \}/)?.[1]}];\n`);
    expect(output).not.toContain('noRestrictedImports');
    expect(ok).toBe(true);
  });
});
