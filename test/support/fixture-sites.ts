import { fileURLToPath } from 'node:url';
import { findSiteFolders, readSiteFolder } from '../../platform/definitions/read-site-folders.js';
import type { SiteResolver, SiteSource } from '../../platform/definitions/site-source.js';

export const FIXTURE_SITES = fileURLToPath(new URL('../fixtures/sites', import.meta.url));

/** Editable in-memory copies of the fixture sites: `files.get('fx-site/eligible.rule.json')` etc. */
export type FixtureFiles = Map<string, unknown>;

function loadFixtures(): Map<string, SiteSource> {
  const sources = new Map<string, SiteSource>();
  for (const [id, folder] of findSiteFolders([FIXTURE_SITES])) sources.set(id, readSiteFolder(folder));
  return sources;
}

const pristine = loadFixtures();

/** A short file key: `<site>/<file name>` for a displayed path. */
export const fileKey = (path: string): string => path.split('/').slice(-2).join('/');

/**
 * A resolver over the fixture sites after `edit` changed their files. Values that are strings are
 * written verbatim (for JSON syntax errors); `undefined` deletes a file.
 */
export function fixtureResolver(edit: (files: FixtureFiles) => void = () => {}): SiteResolver {
  const files: FixtureFiles = new Map();
  for (const source of pristine.values())
    for (const f of source.files) files.set(fileKey(f.path), JSON.parse(f.text));
  edit(files);
  const bySite = new Map<string, SiteSource>();
  for (const [key, value] of files) {
    if (value === undefined) continue;
    const [site = ''] = key.split('/');
    const text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
    const source = bySite.get(site) ?? { siteId: site, files: [] };
    bySite.set(site, { ...source, files: [...source.files, { path: `fixtures/${key}`, text }] });
  }
  return (id) => bySite.get(id);
}

/** Shorthand for editing a JSON file in place. */
export function edit<T = Record<string, unknown>>(
  files: FixtureFiles,
  key: string,
  change: (json: T) => void,
): void {
  const json = files.get(key) as T | undefined;
  if (json === undefined) throw new Error(`No fixture file ${key}`);
  change(json);
}
