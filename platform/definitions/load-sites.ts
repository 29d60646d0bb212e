import { basename, resolve } from 'node:path';
import { type CheckResult, checkSite } from './check-site.js';
import { findSiteFolders, folderResolver, isDirectory, siteRoots } from './read-site-folders.js';

/** A site checked from disk, by id or folder. */
export type LoadedSite = CheckResult & { readonly siteId: string; readonly template: boolean };

/**
 * Checks one site given by id (searched in the roots) or by the path of its folder, or every
 * site under the roots when `ref` is undefined.
 */
export function loadSitesFromDisk(ref?: string, roots: readonly string[] = siteRoots()): LoadedSite[] {
  const extra = ref !== undefined && isDirectory(ref) ? [resolve(ref)] : [];
  const resolver = folderResolver(roots, extra);
  const ids =
    ref === undefined
      ? [...findSiteFolders(roots).keys()].sort()
      : [extra.length > 0 ? basename(resolve(ref)) : ref];
  return ids.map((siteId) => {
    const result = checkSite(siteId, resolver);
    return { ...result, siteId, template: result.bundle?.site.template === true };
  });
}
