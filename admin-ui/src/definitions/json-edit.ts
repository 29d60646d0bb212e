import { canonicalJson } from '../../../platform/kernel/canonical-json.js';
import type { JsonObject, JsonValue } from '../../../platform/kernel/json.js';
import { parsePointer } from '../../../platform/kernel/json-pointer.js';

/** A copy of `root` with the value at `pointer` replaced (`undefined` removes it); parents are created. */
export function setAt<T extends JsonValue>(root: T, pointer: string, value: JsonValue | undefined): T {
  const tokens = parsePointer(pointer);
  const step = (node: JsonValue | undefined, i: number): JsonValue | undefined => {
    if (i === tokens.length) return value;
    const token = tokens[i] as string;
    if (Array.isArray(node)) {
      const copy = [...node];
      const index = token === '-' ? copy.length : Number(token);
      const next = step(copy[index], i + 1);
      if (next === undefined) copy.splice(index, 1);
      else copy[index] = next;
      return copy;
    }
    const object: JsonObject = node !== null && typeof node === 'object' ? { ...node } : {};
    const next = step(object[token], i + 1);
    if (next === undefined) delete object[token];
    else object[token] = next;
    return object;
  };
  return step(root, 0) as T;
}

/**
 * Whether two JSON values are the same. Key order does not count: the server keeps definitions in
 * jsonb, which orders keys its own way (arrays keep their order, and order that matters is in arrays).
 */
export const sameJson = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** An object with one key renamed, keeping its place among the others. */
export function renameKey(object: JsonObject, from: string, to: string): JsonObject {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k === from ? to : k, v]));
}

/** An object with its keys in a new order (keys not listed keep their order at the end). */
export function reorderKeys(object: JsonObject, order: readonly string[]): JsonObject {
  const listed = order.filter((k) => Object.hasOwn(object, k));
  const rest = Object.keys(object).filter((k) => !listed.includes(k));
  return Object.fromEntries([...listed, ...rest].map((k) => [k, object[k] as JsonValue]));
}
