import type { LocalizedText } from '../kernel/localized-text.js';
import { formatKeywords } from './field-formats.js';
import type { FieldNode } from './field-tree.js';
import type { JsonSchema } from './form-types.js';

/**
 * `render`: for react-jsonschema-form (descriptions go to the ui schema as help, deprecated options
 * are not offered); `export`: the full contract (descriptions kept, deprecated options marked).
 */
export type SchemaPurpose = 'render' | 'export';

export type SchemaContext = {
  readonly purpose: SchemaPurpose;
  readonly text: (value: LocalizedText | undefined) => string | undefined;
  /** Field paths filled by `calculate` rules: read-only. */
  readonly calculated: ReadonlySet<string>;
  /** The schema of a child field; the render cache passes itself so that subtrees are shared. */
  readonly child: (node: FieldNode) => JsonSchema;
  /** What to say when a local time does not match (render only). */
  readonly timeMessage?: string;
};

/** One option as a `oneOf` entry: `{ const, title }`, plus `description` and `deprecated`. */
export type OptionEntry = {
  readonly const: unknown;
  readonly title: string;
  readonly description?: string;
  readonly deprecated?: true;
};

/** The option entries of a field, localized, in definition order (deprecated ones marked). */
export function optionEntries(node: FieldNode, ctx: Pick<SchemaContext, 'text'>): OptionEntry[] {
  return (node.options ?? []).map((option) => {
    const description = ctx.text(option.description);
    return {
      const: option.value,
      title: ctx.text(option.label) ?? String(option.value),
      ...(description ? { description } : {}),
      ...(option.deprecated ? { deprecated: true as const } : {}),
    };
  });
}

const COPIED = ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const;

/** An option field that offers nothing accepts no value: `not: {}` (JSON Schema has no empty `enum`). */
export function withOffered(schema: Record<string, unknown>, offered: readonly OptionEntry[]): void {
  delete schema.oneOf;
  delete schema.not;
  if (offered.length > 0) schema.oneOf = offered;
  else {
    schema.not = {};
    schema.readOnly = true;
  }
}

function common(node: FieldNode, ctx: SchemaContext): Record<string, unknown> {
  const f = node.field;
  const schema: Record<string, unknown> = { type: f.type };
  const title = ctx.text(f.title);
  if (title) schema.title = title;
  const description = ctx.purpose === 'export' ? ctx.text(f.description) : undefined;
  if (description) schema.description = description;
  const { time, ...keywords } = formatKeywords(f);
  Object.assign(schema, keywords);
  for (const key of COPIED) if (f[key] !== undefined) schema[key] = f[key];
  // ajv-errors' keyword: rjsf shows the message when the UI adds that plugin; strict validators
  // reject unknown keywords, so the exported contract leaves it out.
  const patternMessage = time ? ctx.timeMessage : ctx.text(f.patternMessage);
  if (ctx.purpose === 'render' && patternMessage && keywords.pattern)
    schema.errorMessage = { pattern: patternMessage };
  if (f.default !== undefined) schema.default = f.default;
  if (f.readOnly || ctx.calculated.has(node.path)) schema.readOnly = true;
  return schema;
}

/** The JSON Schema of one field (children through `ctx.child`). */
export function fieldSchema(node: FieldNode, ctx: SchemaContext): JsonSchema {
  const schema = common(node, ctx);
  if (node.kind === 'value' && node.options !== undefined) {
    const entries = optionEntries(node, ctx);
    withOffered(schema, ctx.purpose === 'export' ? entries : entries.filter((e) => !e.deprecated));
  }
  if (node.kind === 'array') {
    if (node.item) schema.items = ctx.child(node.item);
    if (node.multi || node.field.uniqueItems) schema.uniqueItems = true;
  }
  if (node.kind === 'object') {
    const properties: Record<string, JsonSchema> = {};
    for (const [name, child] of node.children) properties[name] = ctx.child(child);
    schema.properties = properties;
    const required = node.field.required ?? [];
    if (required.length > 0) schema.required = [...required];
    schema.additionalProperties = false;
  }
  return schema;
}
