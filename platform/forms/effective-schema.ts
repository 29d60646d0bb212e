import { isJsonObject } from '../kernel/json.js';
import { appendPointer } from '../kernel/json-pointer.js';
import type { RuleState } from './apply-rules.js';
import type { CompiledForm } from './compiled-form.js';
import { type OptionEntry, withOffered } from './field-schema.js';
import type { FieldNode } from './field-tree.js';
import { formMessage } from './form-messages.js';
import type { JsonSchema } from './form-types.js';
import { itemVariants } from './item-variants.js';
import { jsonEqual } from './json-equal.js';
import type { RenderCache } from './render-cache.js';
import { type SchemaBuild, withErrors } from './schema-build.js';

const own = (value: unknown, key: string): unknown =>
  isJsonObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;

/** The options to offer when they differ from the cached ones: held deprecated values, rule filters. */
function offered(b: SchemaBuild, node: FieldNode, ptr: string | undefined, values: readonly unknown[]) {
  const entries = b.render.options(node);
  const held = (e: OptionEntry) => values.some((v) => jsonEqual(v, e.const));
  const allowed = ptr === undefined ? undefined : b.state.allowed.get(ptr)?.values;
  if (allowed === undefined && !entries.some((e) => e.deprecated && held(e))) return undefined;
  return entries.filter(
    (e) =>
      (!e.deprecated || held(e)) && (allowed === undefined || allowed.some((a) => jsonEqual(a, e.const))),
  );
}

function valueSchema(b: SchemaBuild, node: FieldNode, ptr: string | undefined, values: readonly unknown[]) {
  const base = b.render.node(node);
  const options = node.options === undefined ? undefined : offered(b, node, ptr, values);
  const readonly = ptr !== undefined && b.state.readonly.has(ptr) && base.readOnly !== true;
  if (options === undefined && !readonly) return base;
  const schema: Record<string, unknown> = { ...base };
  if (options !== undefined) withOffered(schema, options);
  if (readonly) schema.readOnly = true;
  return schema;
}

/** A multi-select: its items offer the options; a filter on the array filters them. */
function multiSchema(b: SchemaBuild, node: FieldNode, ptr: string | undefined, values: readonly unknown[]) {
  const base = b.render.node(node);
  const item = node.item as FieldNode;
  const chosen = values.flatMap((v) => (Array.isArray(v) ? v : []));
  const options = offered(b, item, ptr, chosen);
  const readonly = ptr !== undefined && b.state.readonly.has(ptr) && base.readOnly !== true;
  if (options === undefined && !readonly) return base;
  const schema: Record<string, unknown> = { ...base };
  if (options !== undefined) {
    const items: Record<string, unknown> = { ...b.render.node(item) };
    withOffered(items, options);
    schema.items = items;
  }
  if (readonly) schema.readOnly = true;
  return schema;
}

function arraySchema(b: SchemaBuild, node: FieldNode, ptr: string | undefined, values: readonly unknown[]) {
  const base = b.render.node(node);
  if (node.item === undefined) return base;
  const group = b.cf.groups.get(node.path);
  // Per-item variants need object items (`if` on their fields); rules on the items of a plain
  // list are checked by the engine only (README.md, "Semantics").
  if (group !== undefined && ptr !== undefined && node.item.kind === 'object') {
    const items = Array.isArray(values[0]) ? values[0] : [];
    return { ...base, items: itemVariants(b, group, node.item, ptr, items) };
  }
  const items = b.node(
    node.item,
    undefined,
    values.flatMap((v) => (Array.isArray(v) ? v : [])),
  );
  return items === base.items ? base : { ...base, items };
}

function objectSchema(
  b: SchemaBuild,
  node: FieldNode,
  ptr: string | undefined,
  values: readonly unknown[],
  exclude?: ReadonlySet<string>,
): Record<string, unknown> {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const always = new Set(node.field.required ?? []);
  for (const [name, child] of node.children) {
    if (exclude?.has(name)) continue;
    const childPtr = ptr === undefined ? undefined : appendPointer(ptr, name);
    if (childPtr !== undefined && b.state.hidden.has(childPtr)) continue;
    const childValues = values.map((v) => own(v, name)).filter((v) => v !== undefined);
    properties[name] = b.node(child, childPtr, childValues);
    if (always.has(name) || (childPtr !== undefined && b.state.required.has(childPtr))) required.push(name);
  }
  const schema: Record<string, unknown> = { ...b.render.node(node), properties };
  if (required.length > 0) schema.required = required;
  else delete schema.required;
  return schema;
}

function node(
  b: SchemaBuild,
  field: FieldNode,
  ptr: string | undefined,
  values: readonly unknown[],
): JsonSchema {
  if (!b.cf.dynamic.has(field.path)) return b.render.node(field);
  if (field.kind === 'value') return valueSchema(b, field, ptr, values);
  if (field.kind === 'object') return objectSchema(b, field, ptr, values);
  return field.multi ? multiSchema(b, field, ptr, values) : arraySchema(b, field, ptr, values);
}

function errorsByScope(state: RuleState, render: RenderCache): Map<string, string[]> {
  const byScope = new Map<string, string[]>();
  for (const m of state.messages) {
    if (m.kind === 'warning') continue;
    // A failed rule blocks the whole form: it may belong to a group without per-item variants.
    const scope = m.kind === 'failed' ? '' : m.scope;
    const text =
      m.kind === 'failed'
        ? formMessage('rule_failed', render.text.locale, {}, render.text.fallbacks)
        : (render.text.text(m.plan.rule.message) ?? m.plan.code);
    byScope.set(scope, [...(byScope.get(scope) ?? []), text]);
  }
  return byScope;
}

/**
 * The JSON Schema react-jsonschema-form renders for the current data: the cached localized schema
 * with what the rules decided applied — hidden fields left out, `required` as the rules say,
 * read-only fields marked, options filtered (deprecated ones offered only where held), per-item
 * rules as item-level `if`/`then`, and active error rules as `not: {}` on the root or the item.
 * Subtrees no rule touches are the cached objects themselves (frozen; never modify them).
 */
export function effectiveSchema(cf: CompiledForm, state: RuleState, render: RenderCache): JsonSchema {
  const b: SchemaBuild = {
    cf,
    state,
    render,
    errorsByScope: errorsByScope(state, render),
    node: (field, ptr, values) => node(b, field, ptr, values),
    object: (field, ptr, values, exclude) => objectSchema(b, field, ptr, values, exclude),
  };
  const root = objectSchema(b, cf.tree.root, '', [state.work.data]);
  const title = render.text.text(cf.form.title);
  const description = render.text.text(cf.form.description);
  const schema: Record<string, unknown> = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...root,
  };
  withErrors(schema, b.errorsByScope.get(''));
  return schema;
}
