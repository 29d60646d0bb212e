import type { LocalizedText } from '../kernel/localized-text.js';
import type { FieldNode } from './field-tree.js';
import type { JsonSchema } from './form-types.js';

/**
 * The rule-free schema the server compiles once: types, formats, every option value (deprecated
 * ones stay valid for existing data), lengths, ranges, patterns, item counts, always-required
 * fields, no unknown fields. No titles: nothing here is shown, so there is less to compile.
 */
export type ValidationSchema = {
  readonly schema: JsonSchema;
  /** `patternMessage` by the ajv schema path of the field (`#/properties/nationalId`). */
  readonly patternMessages: ReadonlyMap<string, LocalizedText>;
};

const FORMATS: Record<string, string> = { time: 'iso-time' };
const COPIED = ['minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'minItems', 'maxItems'] as const;

function build(node: FieldNode, at: string, messages: Map<string, LocalizedText>): Record<string, unknown> {
  const f = node.field;
  const schema: Record<string, unknown> = { type: f.type };
  if (f.format) schema.format = FORMATS[f.format] ?? f.format;
  for (const key of COPIED) if (f[key] !== undefined) schema[key] = f[key];
  if (f.pattern !== undefined && f.patternMessage !== undefined) messages.set(at, f.patternMessage);
  if (node.options !== undefined) {
    // An empty option set (an empty lookup) accepts nothing; ajv refuses an empty `enum`.
    if (node.options.length > 0) schema.enum = node.options.map((o) => o.value);
    else schema.not = {};
  }
  if (node.kind === 'array') {
    if (node.item) schema.items = build(node.item, `${at}/items`, messages);
    if (node.multi || f.uniqueItems) schema.uniqueItems = true;
  }
  if (node.kind === 'object') {
    const properties: Record<string, unknown> = {};
    for (const [name, child] of node.children)
      properties[name] = build(child, `${at}/properties/${name}`, messages);
    schema.properties = properties;
    if (f.required !== undefined && f.required.length > 0) schema.required = [...f.required];
    schema.additionalProperties = false;
  }
  return schema;
}

export function validationSchema(root: FieldNode): ValidationSchema {
  const patternMessages = new Map<string, LocalizedText>();
  const schema = build(root, '#', patternMessages);
  return { schema, patternMessages };
}
