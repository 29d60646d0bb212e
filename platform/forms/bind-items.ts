import { isJsonObject } from '../kernel/json.js';

const hasOwn = Object.prototype.hasOwnProperty;

function placed(
  container: unknown,
  segments: readonly string[],
  i: number,
  items: readonly unknown[],
  k: number,
): unknown {
  const seg = segments[i] as string;
  const each = seg.endsWith('[]');
  const base = each ? items[k] : isJsonObject(container) ? container[seg] : undefined;
  if (i === segments.length - 1) return base;
  const next = segments[i + 1] as string;
  const object = isJsonObject(base) ? base : {};
  return { ...object, [next]: placed(base, segments, i + 1, items, each ? k + 1 : k) };
}

/**
 * Evaluates `run` with the facts of one item: `{"var": "steps[].y"}` reads the fact path
 * `steps[]` → `y`, so the item is bound under the key `steps[]` (and `da` → `steps[]` for a group
 * inside an object, `a[]` → `b[]` for nested groups). Field names cannot contain `[]`, so these keys
 * never collide with data. Only the first key is set on the shared facts, and it is restored after.
 */
export function withItems<T>(
  facts: Record<string, unknown>,
  segments: readonly string[],
  items: readonly unknown[],
  run: () => T,
): T {
  if (segments.length === 0) return run();
  const key = segments[0] as string;
  const had = hasOwn.call(facts, key);
  const saved = facts[key];
  facts[key] = placed(facts, segments, 0, items, 0);
  try {
    return run();
  } finally {
    if (had) facts[key] = saved;
    else delete facts[key];
  }
}
