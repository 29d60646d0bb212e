import { PlatformError } from '../../kernel/errors.js';
import { isJsonObject, type JsonObject } from '../../kernel/json.js';
import type { SiteVersion } from '../site-registry.js';
import { type BundleContent, COLLECTION_OF } from './bundle-definitions.js';
import { DEFINITION_ID } from './save-draft.js';

/** Marks a file as an exported site bundle, and its layout's revision. */
export const BUNDLE_FILE_FORMAT = 'pathway-site-bundle/1';

/**
 * A site exported as one file: every definition as published (merged through `extends`), the chain
 * of templates and the content hash. Importing it elsewhere gives the same hash, as does the same
 * content kept as a site folder in git.
 */
export type SiteBundleFile = {
  readonly format: typeof BUNDLE_FILE_FORMAT;
  readonly siteId: string;
  readonly version: number;
  readonly versionId: string;
  readonly hash: string;
  readonly exportedAt: string;
  readonly chain: readonly string[];
  readonly definitions: Omit<BundleContent, 'siteId' | 'chain'>;
  /** The file each definition was published from, by `kind:id` (for messages only; not hashed). */
  readonly sources: Readonly<Record<string, string>>;
};

/** The export file of a published version. */
export function bundleFile(version: SiteVersion, at: Date): SiteBundleFile {
  const { siteId, chain, hash, sources, ...definitions } = version.bundle;
  return {
    format: BUNDLE_FILE_FORMAT,
    siteId,
    version: version.version,
    versionId: version.versionId,
    hash,
    exportedAt: at.toISOString(),
    chain,
    definitions,
    sources,
  };
}

const bad = (pointer: string, message: string) =>
  new PlatformError('bad_request', message, { fields: [{ pointer, code: 'invalid', message }] });

const COLLECTIONS = Object.values(COLLECTION_OF);

/**
 * Reads an uploaded bundle file: its layout only (the definitions are checked afterwards like any
 * site's). `declaredHash` is what the exporting server said; the import recomputes it.
 */
export function readBundleFile(
  value: unknown,
  pointer = '/bundle',
): {
  content: BundleContent;
  declaredHash: string | null;
  sources: Record<string, string>;
} {
  if (!isJsonObject(value) || value.format !== BUNDLE_FILE_FORMAT)
    throw bad(`${pointer}/format`, `Not a site bundle file (format "${BUNDLE_FILE_FORMAT}").`);
  const { siteId, chain, definitions } = value;
  if (typeof siteId !== 'string' || !DEFINITION_ID.test(siteId))
    throw bad(`${pointer}/siteId`, 'Invalid site id.');
  if (
    !Array.isArray(chain) ||
    chain.at(-1) !== siteId ||
    !chain.every((c) => typeof c === 'string' && DEFINITION_ID.test(c))
  )
    throw bad(`${pointer}/chain`, 'The chain must list template ids and end with the site id.');
  if (!isJsonObject(definitions) || !isJsonObject(definitions.site))
    throw bad(`${pointer}/definitions/site`, 'The site definition is missing.');
  for (const name of COLLECTIONS)
    if (!isJsonObject(definitions[name] ?? {}))
      throw bad(`${pointer}/definitions/${name}`, 'Must map ids to definitions.');
  const content = {
    siteId,
    chain,
    ...Object.fromEntries(COLLECTIONS.map((n) => [n, definitions[n] ?? {}])),
    site: definitions.site,
  };
  const sources = isJsonObject(value.sources) ? (value.sources as Record<string, string>) : {};
  return {
    content: content as unknown as BundleContent,
    declaredHash: typeof value.hash === 'string' ? value.hash : null,
    sources: Object.fromEntries(Object.entries(sources).filter(([, v]) => typeof v === 'string')),
  };
}

/** A bundle file as plain JSON. */
export const fileJson = (file: SiteBundleFile): JsonObject => JSON.parse(JSON.stringify(file)) as JsonObject;
