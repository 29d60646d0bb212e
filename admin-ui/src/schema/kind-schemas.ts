import type { RJSFSchema } from '@rjsf/utils';
import type { DefinitionKind } from '../../../platform/definitions/definition-kinds.js';
import { COMMON_SCHEMA, KIND_SCHEMAS } from '../../../platform/definitions/schema-documents.js';

type Node = unknown;

function rewriteRefs(node: Node, map: (ref: string) => string): Node {
  if (Array.isArray(node)) return node.map((n) => rewriteRefs(n, map));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' ? map(v) : rewriteRefs(v, map),
    ]),
  );
}

/** rjsf picks a custom field for a schema whose `$id` names it: localized texts and expressions. */
export const SPECIAL_FIELDS = { localizedText: 'localizedText', expression: 'expression' } as const;

const cache = new Map<DefinitionKind, RJSFSchema>();

/**
 * A kind's schema of the definition language made self-contained for rjsf: the shared building
 * blocks of `common.schema.json` copied in as `$defs/common_*` (references rewritten), and the
 * localized-text and expression blocks marked so they get their own editors.
 */
export function editorSchema(kind: DefinitionKind): RJSFSchema {
  const cached = cache.get(kind);
  if (cached) return cached;
  const root = rewriteRefs(KIND_SCHEMAS[kind], (ref) =>
    ref.replace(/^common\.schema\.json#\/\$defs\//, '#/$defs/common_'),
  ) as Record<string, unknown>;
  const common = rewriteRefs(COMMON_SCHEMA.$defs, (ref) =>
    ref.replace(/^#\/\$defs\//, '#/$defs/common_'),
  ) as Record<string, Record<string, unknown>>;
  const defs: Record<string, unknown> = { ...(root.$defs as Record<string, unknown> | undefined) };
  for (const [name, def] of Object.entries(common)) {
    const special = (SPECIAL_FIELDS as Record<string, string>)[name];
    defs[`common_${name}`] = special ? { ...def, $id: special } : def;
  }
  const { $id: _id, ...rest } = root;
  const schema = { ...rest, $defs: defs } as RJSFSchema;
  cache.set(kind, schema);
  return schema;
}

/** The description of a property of a kind (for labels and help outside rjsf). */
export function propertyDescription(kind: DefinitionKind, property: string): string | undefined {
  const props = (KIND_SCHEMAS[kind].properties ?? {}) as Record<string, { description?: string }>;
  return props[property]?.description;
}
