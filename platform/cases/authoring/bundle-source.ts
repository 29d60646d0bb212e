import type { DefinitionKind } from '../../definitions/definition-kinds.js';
import type { SiteResolver, SiteSource, SourceFile } from '../../definitions/site-source.js';
import { type BundleContent, bundleDefinitions, definitionKeyOf } from './bundle-definitions.js';

/** A change a draft makes to a site's definitions: new JSON for `kind:id`, or `null` to remove it. */
export type DefinitionChange = {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly json: Readonly<Record<string, unknown>> | null;
};

/** The file name a definition has in a site folder. */
export const definitionFileName = (kind: string, id: string): string => `${id}.${kind}.json`;

/** Where a definition is reported: the file it was published from when known, else `<site>/<id>.<kind>.json`. */
export function definitionPath(
  siteId: string,
  kind: string,
  id: string,
  sources: Readonly<Record<string, string>> = {},
): string {
  const known = sources[definitionKeyOf(kind, id)];
  const name = definitionFileName(kind, id);
  return known !== undefined && known.split('/').at(-1) === name ? known : `${siteId}/${name}`;
}

const text = (json: unknown): string => `${JSON.stringify(json, null, 2)}\n`;

function withoutOverride(json: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { override: _override, ...rest } = json;
  return rest;
}

/** A template of the chain, reduced to a site file that only keeps the chain intact. */
function stubSource(templateId: string, parent: string | undefined): SiteSource {
  const stub = { kind: 'site', id: templateId, template: true, ...(parent ? { extends: parent } : {}) };
  return { siteId: templateId, files: [{ path: `${templateId}/${templateId}.site.json`, text: text(stub) }] };
}

/**
 * A published bundle (with drafts applied) as a source the definition pipeline can check again.
 *
 * The bundle holds every definition already merged through `extends`, so they become one flat
 * layer of `<id>.<kind>.json` files, placed in the outermost template of the bundle's chain; the
 * templates between are stubs that keep the chain (part of the content hash) and the site file is
 * the bundle's site definition, `extends` included. A definition whose JSON still says
 * `"override": "replace"` (as a replaced definition does) also gets a copy in the site's own layer,
 * where the override is legitimate. Layering this source gives back exactly the bundle's content,
 * so an unchanged site checks to the hash it was published with.
 */
export function bundleResolver(
  bundle: BundleContent,
  changes: readonly DefinitionChange[] = [],
  sources: Readonly<Record<string, string>> = {},
): SiteResolver {
  const definitions = bundleDefinitions(bundle);
  for (const change of changes) {
    const key = definitionKeyOf(change.kind, change.id);
    if (change.json === null) definitions.delete(key);
    else definitions.set(key, { kind: change.kind, id: change.id, json: change.json });
  }
  const { siteId, chain } = bundle;
  const fileOf = (kind: string, id: string, json: unknown): SourceFile => ({
    path: definitionPath(siteId, kind, id, sources),
    text: text(json),
  });
  const all = [...definitions.values()];
  const byId = new Map<string, SiteSource>();
  if (chain.length <= 1) {
    byId.set(siteId, { siteId, files: all.map((d) => fileOf(d.kind, d.id, d.json)) });
    return (id) => byId.get(id);
  }
  const templates = chain.slice(0, -1);
  const [root = siteId] = templates;
  const rest = all.filter((d) => d.kind !== 'site');
  byId.set(root, {
    siteId: root,
    files: [
      ...(stubSource(root, undefined).files as SourceFile[]),
      ...rest.map((d) => fileOf(d.kind, d.id, withoutOverride(d.json))),
    ],
  });
  templates.slice(1).forEach((t, i) => byId.set(t, stubSource(t, templates[i])));
  const overriding = rest.filter((d) => d.json.override !== undefined);
  const site = all.filter((d) => d.kind === 'site');
  byId.set(siteId, {
    siteId,
    files: [...site, ...overriding].map((d) => fileOf(d.kind, d.id, d.json)),
  });
  return (id) => byId.get(id);
}
