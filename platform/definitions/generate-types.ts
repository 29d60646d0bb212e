import { compile } from 'json-schema-to-typescript';
import { DEFINITION_KINDS } from './definition-kinds.js';
import { COMMON_SCHEMA, KIND_SCHEMAS } from './schema-documents.js';

type Json = unknown;

/** Rewrites `$ref`s so every schema's `$defs` live in one document, prefixed by their origin. */
function rewriteRefs(node: Json, prefix: string): Json {
  if (Array.isArray(node)) return node.map((item) => rewriteRefs(item, prefix));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  // A \`$ref\` with sibling keywords makes the generator mint a new alias type (Id1, Id2…);
  // the siblings are only descriptions, so the generator sees the bare reference.
  const entries =
    '$ref' in node ? Object.entries(node).filter(([key]) => key === '$ref') : Object.entries(node);
  for (const [key, value] of entries) {
    if (key === '$ref' && typeof value === 'string') {
      out[key] = value.startsWith('common.schema.json#/$defs/')
        ? `#/$defs/common_${value.slice('common.schema.json#/$defs/'.length)}`
        : `#/$defs/${prefix}_${value.slice('#/$defs/'.length)}`;
    } else if (key !== '$id' && key !== '$schema' && key !== '$defs') {
      out[key] = rewriteRefs(value, prefix);
    }
  }
  return out;
}

function hoistDefs(schema: Record<string, Json>, prefix: string, into: Record<string, Json>): void {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  for (const [name, def] of Object.entries(defs)) into[`${prefix}_${name}`] = rewriteRefs(def, prefix);
}

/** One schema holding every kind and every shared definition, for the type generator. */
export function combinedSchema(): Record<string, Json> {
  const defs: Record<string, Json> = {};
  hoistDefs(COMMON_SCHEMA, 'common', defs);
  for (const kind of DEFINITION_KINDS) {
    const schema = KIND_SCHEMAS[kind];
    hoistDefs(schema, kind, defs);
    defs[kind] = rewriteRefs(schema, kind);
  }
  return {
    title: 'Definition',
    description: 'Any definition file of a site.',
    anyOf: DEFINITION_KINDS.map((kind) => ({ $ref: `#/$defs/${kind}` })),
    $defs: defs,
  };
}

const BANNER = `/* Generated from definitions/schema/*.schema.json by \`npm run definitions:types\`. Do not edit:
 * change the schemas and regenerate. A test fails when this file drifts from the schemas. */

import type { JsonValue } from '../kernel/json.js';
`;

/** TypeScript types for every definition kind, generated from the JSON Schemas. */
export async function generateDefinitionTypes(): Promise<string> {
  const ts = await compile(combinedSchema() as never, 'Definition', {
    bannerComment: BANNER,
    additionalProperties: false,
    unreachableDefinitions: true,
    strictIndexSignatures: false,
    format: true,
    style: { singleQuote: true },
  });
  return ts.replace(/\r\n/g, '\n');
}
