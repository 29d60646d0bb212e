import { canonicalJson } from '../kernel/canonical-json.js';
import { isJsonObject } from '../kernel/json.js';
import { appendPointer } from '../kernel/json-pointer.js';
import type { FieldNode } from './field-tree.js';
import type { JsonSchema } from './form-types.js';
import type { GroupPlan } from './group-plans.js';
import { type SchemaBuild, withErrors } from './schema-build.js';

type Variant = { readonly when: JsonSchema; readonly first: number; readonly members: unknown[] };

function own(value: unknown, key: string): unknown {
  return isJsonObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/** The `if` that picks out items agreeing with `item` on the fields the group's rules read. */
function signature(group: GroupPlan, item: unknown): { key: string; when: JsonSchema } {
  if (group.signatureKeys === 'whole') return { key: canonicalJson(item), when: { const: item } };
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  const parts: unknown[] = [];
  for (const key of group.signatureKeys) {
    const value = own(item, key);
    // `false` for an absent field: the item matches only while the field stays absent.
    properties[key] = value === undefined ? false : { const: value };
    if (value !== undefined) required.push(key);
    parts.push(value === undefined ? [key] : [key, value]);
  }
  const when = required.length > 0 ? { properties, required } : { properties };
  return { key: canonicalJson(parts), when };
}

function variantThen(b: SchemaBuild, group: GroupPlan, item: FieldNode, itemPtr: string, members: unknown[]) {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const always = new Set(item.field.required ?? []);
  for (const [name, child] of item.children) {
    const childPtr = appendPointer(itemPtr, name);
    if (b.state.hidden.has(childPtr)) continue;
    const varies = group.variantKeys.has(name);
    if (varies) {
      const values = members.map((m) => own(m, name)).filter((v) => v !== undefined);
      properties[name] = b.node(child, childPtr, values);
    }
    if ((varies && always.has(name)) || b.state.required.has(childPtr)) required.push(name);
  }
  const then: Record<string, unknown> = {};
  if (Object.keys(properties).length > 0) then.properties = properties;
  if (required.length > 0) then.required = required;
  withErrors(then, b.errorsByScope.get(itemPtr));
  return then;
}

/**
 * The `items` schema of a repeat group whose items per-item rules make differ. rjsf renders
 * each item with `items` resolved against that item's data, so: the fields no per-item rule
 * shapes form the shared part; each distinct combination of the fields the rules read becomes an
 * `allOf` entry `{ if: <those values>, then: <that item's fields, required list, errors> }`.
 * `unevaluatedProperties: false` (instead of `additionalProperties`) still refuses unknown fields
 * while letting `then` add fields. Items agreeing on the read fields get the same rule outcomes,
 * so one `then` serves them all. See README.md, "Per-item rules".
 */
export function itemVariants(
  b: SchemaBuild,
  group: GroupPlan,
  item: FieldNode,
  ptr: string,
  items: readonly unknown[],
): JsonSchema {
  const shared = b.object(item, undefined, items, group.variantKeys);
  delete shared.additionalProperties;
  shared.unevaluatedProperties = false;
  const variants = new Map<string, Variant>();
  items.forEach((value, index) => {
    if (!isJsonObject(value)) return;
    const { key, when } = signature(group, value);
    const found = variants.get(key);
    if (found) found.members.push(value);
    else variants.set(key, { when, first: index, members: [value] });
  });
  const entries: JsonSchema[] = [];
  for (const v of variants.values()) {
    const then = variantThen(b, group, item, appendPointer(ptr, v.first), v.members);
    if (Object.keys(then).length > 0) entries.push({ if: v.when, then });
  }
  if (entries.length > 0) shared.allOf = entries;
  return shared;
}
