import type { DefinitionKind } from './definition-kinds.js';
import type { DefinitionOf } from './definition-of.js';
import type { LayeredDefinition } from './layer-sites.js';

/**
 * The definitions of a site being checked, by kind and id. `has` knows every definition;
 * `get` and `all` return only those that passed schema validation, so checks can rely on shape.
 */
export type SiteIndex = {
  readonly siteId: string;
  has(kind: DefinitionKind, id: string): boolean;
  get<K extends DefinitionKind>(kind: K, id: string): DefinitionOf[K] | undefined;
  all<K extends DefinitionKind>(kind: K): DefinitionOf[K][];
  ids(kind: DefinitionKind): string[];
};

export function createSiteIndex(
  siteId: string,
  definitions: Iterable<LayeredDefinition>,
  valid: ReadonlySet<string>,
): SiteIndex {
  const byKind = new Map<DefinitionKind, Map<string, LayeredDefinition>>();
  for (const def of definitions) {
    const map = byKind.get(def.kind) ?? new Map<string, LayeredDefinition>();
    map.set(def.id, def);
    byKind.set(def.kind, map);
  }
  const isValid = (def: LayeredDefinition) => valid.has(`${def.kind}:${def.id}`);
  return {
    siteId,
    has: (kind, id) => byKind.get(kind)?.has(id) ?? false,
    get: <K extends DefinitionKind>(kind: K, id: string) => {
      const def = byKind.get(kind)?.get(id);
      return def && isValid(def) ? (def.json as unknown as DefinitionOf[K]) : undefined;
    },
    all: <K extends DefinitionKind>(kind: K) =>
      [...(byKind.get(kind)?.values() ?? [])]
        .filter(isValid)
        .map((d) => d.json as unknown as DefinitionOf[K]),
    ids: (kind) => [...(byKind.get(kind)?.keys() ?? [])],
  };
}
