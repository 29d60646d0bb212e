import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDefinitionTests } from '../../platform/cases/definition-tests/run-definition-tests.js';
import { loadSitesFromDisk } from '../../platform/definitions/load-sites.js';
import { BUILT_IN_SITES, folderResolver } from '../../platform/definitions/read-site-folders.js';
import { type Platform, startPlatform } from '../support/platform-harness.js';

const GUIDE = resolve(import.meta.dirname, '..', '..', 'definitions', 'docs', 'new-site.md');

/** The files of the guide: a line `File: \`name\`` followed by a ```json block. */
function filesOfGuide(): Map<string, string> {
  const text = readFileSync(GUIDE, 'utf8');
  const files = new Map<string, string>();
  for (const match of text.matchAll(/File: `([^`]+)`\s*\n\s*```json\n([\s\S]*?)\n```/g))
    files.set(match[1] as string, match[2] as string);
  return files;
}

const root = mkdtempSync(join(tmpdir(), 'pathway-guide-'));
let platform: Platform | undefined;
afterAll(async () => {
  await platform?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('the "set up a new site" guide, followed literally', () => {
  const folder = join(root, 'demo-district');
  mkdirSync(folder);
  for (const [name, text] of filesOfGuide()) writeFileSync(join(folder, name), text);

  it('gives two files', () => {
    expect([...filesOfGuide().keys()].sort()).toEqual(['demo-district.site.json', 'registration.form.json']);
  });

  it('checks with no problems and passes its definition tests', () => {
    const [site] = loadSitesFromDisk(folder);
    expect(site?.problems).toEqual([]);
    expect(site?.bundle?.chain).toEqual(['cm-template', 'demo-district']);
    expect(site?.bundle && runDefinitionTests(site.bundle).passed).toBe(true);
  });

  it('runs: a caseworker registers a client and opens a case in the template procedure', async () => {
    platform = await startPlatform(['demo-district'], folderResolver([BUILT_IN_SITES], [folder]));
    const worker = await platform.signIn('demo.caseworker');
    const person = await worker.request('POST', '/api/sites/demo-district/persons', {
      data: { givenName: 'Ada', familyName: 'Lovelace', birthDate: '1990-12-10', sex: 'female' },
    });
    expect(person.status).toBe(201);
    const opened = await worker.request('POST', '/api/sites/demo-district/cases', {
      personId: (person.body.person as { id: string }).id,
    });
    expect(opened.status).toBe(201);
    expect((opened.body.case as { case: { stage: string; sopId: string } }).case).toMatchObject({
      stage: 'intake',
      sopId: 'case-management',
    });
  });
});
