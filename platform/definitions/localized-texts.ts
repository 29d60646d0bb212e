import { appendPointer } from '../kernel/json-pointer.js';
import type { DefinitionKind } from './definition-kinds.js';
import { COMMON_SCHEMA, KIND_SCHEMAS } from './schema-documents.js';

type Schema = Record<string, unknown>;
type Doc = Schema;

const LOCALIZED_REF = 'common.schema.json#/$defs/localizedText';

/** Resolves `$ref` chains to the schema node and the document it lives in. */
function deref(node: Schema, doc: Doc): { node: Schema; doc: Doc; localized: boolean } {
  let current = node;
  let currentDoc = doc;
  for (let guard = 0; typeof current.$ref === 'string' && guard < 20; guard++) {
    const ref = current.$ref;
    if (ref === LOCALIZED_REF || (currentDoc === COMMON_SCHEMA && ref === '#/$defs/localizedText'))
      return { node: current, doc: currentDoc, localized: true };
    const [file, fragment = ''] = ref.split('#');
    if (file) currentDoc = COMMON_SCHEMA;
    const name = fragment.replace('/$defs/', '');
    current = (currentDoc.$defs as Record<string, Schema>)?.[name] ?? {};
  }
  return { node: current, doc: currentDoc, localized: false };
}

function typeMatches(schema: Schema, value: unknown): boolean {
  const declared = schema.type;
  if (declared === undefined) return true;
  const actual = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : typeof value === 'number'
        ? 'number'
        : typeof value;
  const list = Array.isArray(declared) ? declared : [declared];
  return list.includes(actual) || (actual === 'number' && list.includes('integer'));
}

function walk(
  schema: Schema,
  doc: Doc,
  value: unknown,
  ptr: string,
  visit: (ptr: string, text: Record<string, string>) => void,
): void {
  const resolved = deref(schema, doc);
  if (resolved.localized) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value))
      visit(ptr, value as Record<string, string>);
    return;
  }
  const { node } = resolved;
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    for (const branch of (node[key] as Schema[] | undefined) ?? []) {
      const b = deref(branch, resolved.doc);
      if (b.localized || typeMatches(b.node, value)) walk(branch, resolved.doc, value, ptr, visit);
    }
  }
  if (Array.isArray(value)) {
    if (node.items)
      value.forEach((item, i) =>
        walk(node.items as Schema, resolved.doc, item, appendPointer(ptr, i), visit),
      );
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const properties = (node.properties as Record<string, Schema> | undefined) ?? {};
  const additional = node.additionalProperties;
  for (const [key, child] of Object.entries(value)) {
    const childSchema =
      properties[key] ?? (typeof additional === 'object' ? (additional as Schema) : undefined);
    if (childSchema) walk(childSchema, resolved.doc, child, appendPointer(ptr, key), visit);
  }
}

/**
 * Every localized text of a definition, found by following the definition-language schema (so
 * free-form data such as test facts is never mistaken for a translation). Used by the checker for
 * missing translations and by the admin UI's translation editor.
 */
export function localizedTexts(
  kind: DefinitionKind,
  definition: unknown,
): { pointer: string; text: Record<string, string> }[] {
  const found = new Map<string, Record<string, string>>();
  const schema = KIND_SCHEMAS[kind];
  walk(schema, schema, definition, '', (ptr, text) => found.set(ptr, text));
  return [...found.entries()].map(([pointer, text]) => ({ pointer, text }));
}
