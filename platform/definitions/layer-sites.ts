import type { DefinitionKind } from './definition-kinds.js';
import { mergeValue } from './merge-definition.js';
import { Origins } from './origins.js';
import { type ParsedDefinition, parseDefinitionFiles } from './parse-definition-files.js';
import { type Problem, problem } from './problem.js';
import type { SiteResolver } from './site-source.js';

/** A definition after `extends` layering: the merged JSON and the file that introduced it. */
export type LayeredDefinition = {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly json: Record<string, unknown>;
  readonly file: string;
};

export type LayeredSite = {
  readonly siteId: string;
  /** Site ids from the outermost template to this site. */
  readonly chain: readonly string[];
  /** The site definition (merged through the chain) and every other definition, by `kind:id`. */
  readonly definitions: ReadonlyMap<string, LayeredDefinition>;
  readonly origins: Origins;
};

export const definitionKey = (kind: string, id: string): string => `${kind}:${id}`;

type Layer = { siteId: string; definitions: ParsedDefinition[]; site: ParsedDefinition };

/** Follows `extends` from the site to its outermost template, reporting cycles and unknown sites. */
function resolveChain(siteId: string, resolve: SiteResolver, problems: Problem[]): Layer[] | undefined {
  const layers: Layer[] = [];
  const seen = new Set<string>();
  let current: string | undefined = siteId;
  let referrer: { file: string } | undefined;
  while (current !== undefined) {
    const source = resolve(current);
    if (source === undefined) {
      problems.push(
        problem(
          referrer?.file ?? current,
          referrer ? '/extends' : '',
          'site-not-found',
          `No site "${current}" was found${referrer ? ' to extend' : ''}.`,
        ),
      );
      return undefined;
    }
    const parsed = parseDefinitionFiles(source.files);
    problems.push(...parsed.problems);
    const site = parsed.definitions.find((d) => d.kind === 'site' && d.id === current);
    if (site === undefined) {
      problems.push(
        problem(
          source.files[0]?.path ?? current,
          '',
          'site-not-found',
          `The folder of site "${current}" has no ${current}.site.json.`,
        ),
      );
      return undefined;
    }
    seen.add(current);
    layers.push({ siteId: current, definitions: parsed.definitions, site });
    const parent: unknown = site.json.extends;
    if (typeof parent === 'string' && seen.has(parent)) {
      problems.push(
        problem(
          site.file,
          '/extends',
          'extends-cycle',
          `Site "${current}" extends "${parent}", which already extends it: ${[...seen, parent].join(' → ')}.`,
        ),
      );
      return undefined;
    }
    referrer = site;
    current = typeof parent === 'string' ? parent : undefined;
  }
  return layers.reverse();
}

function addLayer(
  layer: Layer,
  isRoot: boolean,
  into: Map<string, LayeredDefinition>,
  origins: Origins,
  problems: Problem[],
): void {
  const inLayer = new Set<string>();
  for (const def of layer.definitions) {
    origins.recordSource(def.json, def.file);
    const key = definitionKey(def.kind, def.id);
    if (inLayer.has(key)) {
      problems.push(
        problem(
          def.file,
          '/id',
          'duplicate-id',
          `Another ${def.kind} file of site "${layer.siteId}" already has id "${def.id}".`,
        ),
      );
      continue;
    }
    inLayer.add(key);
    if (def.kind === 'site') continue;
    const existing = into.get(key);
    const mode = def.json.override;
    if (existing === undefined) {
      if (mode !== undefined) {
        problems.push(
          problem(
            def.file,
            '/override',
            'override-missing',
            isRoot
              ? `"${def.id}" declares override but site "${layer.siteId}" extends no template.`
              : `No ${def.kind} "${def.id}" in the template to override.`,
          ),
        );
        continue;
      }
      origins.markNode(def.json, def.file);
      into.set(key, { kind: def.kind, id: def.id, json: def.json, file: def.file });
    } else if (mode === 'merge') {
      const merged = mergeValue(existing.json, def.json, existing.file, def.file, origins) as Record<
        string,
        unknown
      >;
      into.set(key, { ...existing, json: merged });
    } else if (mode !== 'replace') {
      // Which was meant is unknown; the template's definition stays so no further errors cascade.
      problems.push(
        problem(
          def.file,
          '/id',
          'override-undeclared',
          `The template already defines ${def.kind} "${def.id}" (${existing.file}); set "override": "replace" or "merge" to redefine it.`,
        ),
      );
    } else {
      origins.markNode(def.json, def.file);
      into.set(key, { kind: def.kind, id: def.id, json: def.json, file: def.file });
    }
  }
}

/** Mixes in the site file of each layer: later layers merge over earlier ones; `template` is never inherited. */
function layerSiteFiles(layers: readonly Layer[], origins: Origins): LayeredDefinition {
  const [first, ...rest] = layers as [Layer, ...Layer[]];
  origins.markNode(first.site.json, first.site.file);
  let json = first.site.json;
  for (const layer of rest) {
    json = mergeValue(json, layer.site.json, first.site.file, layer.site.file, origins) as Record<
      string,
      unknown
    >;
    if (!('template' in layer.site.json)) delete json.template;
  }
  const leaf = layers.at(-1) ?? first;
  return { kind: 'site', id: leaf.siteId, json, file: leaf.site.file };
}

/**
 * Loads a site and the templates it extends, applying each layer's definitions over the previous
 * ones (new ids add, `override` replaces or merges) with every part's origin recorded.
 */
export function layerSite(
  siteId: string,
  resolve: SiteResolver,
): { site?: LayeredSite; problems: Problem[] } {
  const problems: Problem[] = [];
  const layers = resolveChain(siteId, resolve, problems);
  if (layers === undefined) return { problems };
  const origins = new Origins();
  const definitions = new Map<string, LayeredDefinition>();
  for (const [index, layer] of layers.entries()) addLayer(layer, index === 0, definitions, origins, problems);
  definitions.set(definitionKey('site', siteId), layerSiteFiles(layers, origins));
  return { site: { siteId, chain: layers.map((l) => l.siteId), definitions, origins }, problems };
}
