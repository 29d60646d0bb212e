import type { LocalizedText } from '../kernel/localized-text.js';
import { formatKeywords } from './field-formats.js';
import type { FieldNode } from './field-tree.js';
import type { JsonSchema } from './form-types.js';

/**
 * The rule-free schema the server compiles once: types, formats, every option value (deprecated
 * ones stay valid for existing data), lengths, ranges, patterns, item counts, always-required
 * fields, no unknown fields. No titles: nothing here is shown, so there is less to compile.
 */
export type ValidationSchema = {
  readonly schema: JsonSchema;
  /** What a `pattern` failure means, by the ajv schema path of the field (`#/properties/nationalId`). */
  readonly patterns: ReadonlyMap<string, PatternMeaning>;
};

/** A failed pattern is a bad local time (`time` fields), or has the field's `patternMessage`. */
export type PatternMeaning = { readonly time: boolean; readonly message?: LocalizedText };

const COPIED = ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const;

function build(node: FieldNode, at: string, patterns: Map<string, PatternMeaning>): Record<string, unknown> {
  const f = node.field;
  const schema: Record<string, unknown> = { type: f.type };
  const { time, ...keywords } = formatKeywords(f);
  Object.assign(schema, keywords);
  for (const key of COPIED) if (f[key] !== undefined) schema[key] = f[key];
  if (time) patterns.set(at, { time: true });
  else if (f.pattern !== undefined && f.patternMessage !== undefined)
    patterns.set(at, { time: false, message: f.patternMessage });
  if (node.options !== undefined) {
    // An empty option set (an empty lookup) accepts nothing; ajv refuses an empty `enum`.
    if (node.options.length > 0) schema.enum = node.options.map((o) => o.value);
    else schema.not = {};
  }
  if (node.kind === 'array') {
    if (node.item) schema.items = build(node.item, `${at}/items`, patterns);
    if (node.multi || f.uniqueItems) schema.uniqueItems = true;
  }
  if (node.kind === 'object') {
    const properties: Record<string, unknown> = {};
    for (const [name, child] of node.children)
      properties[name] = build(child, `${at}/properties/${name}`, patterns);
    schema.properties = properties;
    if (f.required !== undefined && f.required.length > 0) schema.required = [...f.required];
    schema.additionalProperties = false;
  }
  return schema;
}

/** The validation schema of a form, from its root field. */
export function validationSchema(root: FieldNode): ValidationSchema {
  const patterns = new Map<string, PatternMeaning>();
  const schema = build(root, '#', patterns);
  return { schema, patterns };
}
