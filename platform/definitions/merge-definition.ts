import type { Origins } from './origins.js';

type Json = unknown;
type JsonRecord = Record<string, Json>;

const isRecord = (v: Json): v is JsonRecord => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The key arrays of objects are merged by: `id`, or `value` for option lists; undefined otherwise. */
function mergeKeyOf(items: readonly Json[]): 'id' | 'value' | undefined {
  if (items.length === 0) return undefined;
  for (const key of ['id', 'value'] as const)
    if (items.every((item) => isRecord(item) && item[key] !== undefined)) return key;
  return undefined;
}

function mergeArrays(
  base: Json[],
  patch: Json[],
  baseOrigin: string,
  patchFile: string,
  origins: Origins,
): Json[] {
  const key = mergeKeyOf(patch);
  if (key === undefined || (base.length > 0 && mergeKeyOf(base) !== key)) {
    origins.markNode(patch, patchFile);
    return patch;
  }
  const patches = new Map(
    patch.map((item) => [JSON.stringify((item as JsonRecord)[key]), item as JsonRecord]),
  );
  const result: Json[] = [];
  const keep = (value: Json, origin: string) => {
    origins.markKey(result, result.length, origin);
    result.push(value);
  };
  for (const [index, item] of base.entries()) {
    const itemOrigin = origins.originOfKey(base, index, baseOrigin);
    const id = JSON.stringify((item as JsonRecord)[key]);
    const itemPatch = patches.get(id);
    patches.delete(id);
    if (itemPatch === undefined) keep(item, itemOrigin);
    else if (itemPatch.$remove !== true)
      keep(mergeValue(item, itemPatch, itemOrigin, patchFile, origins), itemOrigin);
  }
  origins.recordMerge(result, base, patch);
  for (const added of patches.values()) {
    if (added.$remove === true) continue;
    origins.markNode(added, patchFile);
    keep(added, patchFile);
  }
  return result;
}

/**
 * Applies `patch` to `base`: objects merge key by key (`null` deletes a key, as in RFC 7396),
 * arrays of objects that all carry an `id` (or, for option lists, a `value`) merge item by item
 * (`{"id": …, "$remove": true}` removes one; new items are appended), other values are replaced.
 * Records in `origins` which file wrote each part of the result.
 */
export function mergeValue(
  base: Json,
  patch: Json,
  baseOrigin: string,
  patchFile: string,
  origins: Origins,
): Json {
  if (Array.isArray(base) && Array.isArray(patch))
    return mergeArrays(base, patch, baseOrigin, patchFile, origins);
  if (!isRecord(base) || !isRecord(patch)) {
    origins.markNode(patch, patchFile);
    return patch;
  }
  const result: JsonRecord = {};
  origins.markNode(result, baseOrigin);
  origins.recordMerge(result, base, patch);
  for (const [key, value] of Object.entries(base)) {
    const childOrigin = origins.originOfKey(base, key, baseOrigin);
    if (!(key in patch)) {
      result[key] = value;
      origins.markKey(result, key, childOrigin);
    } else if (patch[key] !== null) {
      const merged = mergeValue(value, patch[key], childOrigin, patchFile, origins);
      result[key] = merged;
      origins.markKey(result, key, merged === patch[key] ? patchFile : childOrigin);
    }
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'override' || value === null || key in base) continue;
    result[key] = value;
    origins.markNode(value, patchFile);
    origins.markKey(result, key, patchFile);
  }
  return result;
}
