import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, delimiter, join, relative, resolve, sep } from 'node:path';
import type { SiteResolver, SiteSource, SourceFile } from './site-source.js';

/** The folder holding the sites shipped with Pathway. */
export const BUILT_IN_SITES = resolve(import.meta.dirname, '..', '..', 'definitions', 'sites');

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJsonFiles(full));
    else if (entry.name.endsWith('.json')) out.push(full);
  }
  return out;
}

/** How a path is shown in problems: relative to the working directory, with forward slashes. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}

/** Reads every `.json` file under a site folder (sub-folders allowed, for order only). */
export function readSiteFolder(folder: string): SiteSource {
  const files: SourceFile[] = listJsonFiles(folder).map((path) => ({
    path: displayPath(path),
    text: readFileSync(path, 'utf8'),
  }));
  return { siteId: basename(folder), files };
}

export const isDirectory = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** The roots searched for sites: the built-in folder plus each folder of `SITES_PATH`. */
export function siteRoots(sitesPath: string | undefined = process.env.SITES_PATH): string[] {
  const extra = (sitesPath ?? '')
    .split(delimiter)
    .filter((p) => p.trim() !== '')
    .map((p) => resolve(p));
  return [BUILT_IN_SITES, ...extra].filter(isDirectory);
}

/** Site folders found under the roots, by site id (the first root wins on a clash). */
export function findSiteFolders(roots: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const root of roots) {
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && !found.has(entry.name))
        found.set(entry.name, join(root, entry.name));
    }
  }
  return found;
}

/**
 * A resolver over site folders: the sites under the roots, plus explicitly given folders
 * (a site kept in an implementer's own repository). Each folder is read once.
 */
export function folderResolver(roots: readonly string[], extraFolders: readonly string[] = []): SiteResolver {
  const folders = findSiteFolders(roots);
  for (const folder of extraFolders) folders.set(basename(folder), resolve(folder));
  const cache = new Map<string, SiteSource>();
  return (siteId) => {
    const cached = cache.get(siteId);
    if (cached) return cached;
    const folder = folders.get(siteId);
    if (folder === undefined) return undefined;
    const source = readSiteFolder(folder);
    cache.set(siteId, source);
    return source;
  };
}
