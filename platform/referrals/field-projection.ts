import type { Field } from '../definitions/definition-types.generated.js';
import type { PathStep } from '../definitions/form-field-at.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../kernel/json.js';

type Properties = Readonly<Record<string, Field>> | undefined;

const own = (object: JsonObject, key: string): JsonValue | undefined =>
  Object.hasOwn(object, key) ? object[key] : undefined;

/**
 * A copy of `value` shaped by its field definition: only declared properties (data the form does
 * not know never leaves), sensitive ones only when their own path is `listed`, scalars only where
 * the field is a scalar. `path` is the field's path in the listing notation (`da.group`, `members[].health`).
 */
export function copyField(
  value: JsonValue | undefined,
  field: Field,
  path: string,
  listed: ReadonlySet<string>,
): JsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  if (field.type === 'object') {
    if (!isJsonObject(value)) return undefined;
    const out: JsonObject = {};
    for (const [name, child] of Object.entries(field.properties ?? {})) {
      const childPath = `${path}.${name}`;
      if (child.sensitive !== undefined && !listed.has(childPath)) continue;
      const copied = copyField(own(value, name), child, childPath, listed);
      if (copied !== undefined) out[name] = copied;
    }
    return out;
  }
  if (field.type === 'array') {
    const items = field.items;
    if (!Array.isArray(value) || items === undefined) return undefined;
    return value.map((item) => copyField(item, items, `${path}[]`, listed) ?? null);
  }
  return typeof value === 'object' ? undefined : value;
}

/**
 * The smallest object holding what a listed path reaches in `container`, e.g. `{da: {group: "II"}}`
 * for `da.group`, `{members: [{name: "A"}, {name: "B"}]}` for `members[].name`.
 */
export function projectPath(
  container: JsonObject,
  steps: readonly PathStep[],
  properties: Properties,
  listed: ReadonlySet<string>,
  index = 0,
  prefix = '',
): JsonObject | undefined {
  const step = steps[index];
  const field =
    step && properties !== undefined && Object.hasOwn(properties, step.name)
      ? properties[step.name]
      : undefined;
  if (step === undefined || field === undefined) return undefined;
  const path = prefix === '' ? step.name : `${prefix}.${step.name}`;
  const last = index === steps.length - 1;
  const value = own(container, step.name);
  const inner = (v: JsonValue | undefined, f: Field, p: string): JsonValue | undefined => {
    if (last) return copyField(v, f, p, listed);
    return isJsonObject(v) ? projectPath(v, steps, f.properties, listed, index + 1, p) : undefined;
  };
  let projected: JsonValue | undefined;
  if (!step.each) projected = inner(value, field, path);
  else if (Array.isArray(value) && field.items !== undefined) {
    const items = field.items;
    projected = value.map((item) => inner(item, items, `${path}[]`) ?? null);
  }
  return projected === undefined ? undefined : { [step.name]: projected };
}

/** The value a path reaches in projected data: an array per `[]` step, `undefined` when absent. */
export function pluck(
  value: JsonValue | undefined,
  steps: readonly PathStep[],
  index = 0,
): JsonValue | undefined {
  if (index === steps.length) return value;
  const step = steps[index] as PathStep;
  if (!isJsonObject(value)) return undefined;
  const next = own(value, step.name);
  if (!step.each) return pluck(next, steps, index + 1);
  return Array.isArray(next) ? next.map((item) => pluck(item, steps, index + 1) ?? null) : undefined;
}

/** Merges two projections of the same form: objects by key, arrays item by item. */
export function mergeProjections(a: JsonValue | undefined, b: JsonValue | undefined): JsonValue | undefined {
  if (a === undefined || a === null) return b;
  if (b === undefined || b === null) return a;
  if (Array.isArray(a) && Array.isArray(b))
    return Array.from(
      { length: Math.max(a.length, b.length) },
      (_, i) => mergeProjections(a[i], b[i]) ?? null,
    );
  if (isJsonObject(a) && isJsonObject(b)) {
    const out: JsonObject = { ...a };
    for (const [key, value] of Object.entries(b)) out[key] = mergeProjections(own(a, key), value) ?? null;
    return out;
  }
  return b;
}
