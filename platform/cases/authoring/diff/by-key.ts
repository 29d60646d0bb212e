import { canonicalJson } from '../../../kernel/canonical-json.js';

/** An item of a list with its index, for pointers. */
export type Indexed<T> = { readonly item: T; readonly index: number };

/** Items added, removed and changed between two lists. */
export type KeyedDiff<T> = {
  readonly added: Indexed<T>[];
  readonly removed: Indexed<T>[];
  /** Items on both sides whose JSON differs. */
  readonly changed: { readonly key: string; readonly before: Indexed<T>; readonly after: Indexed<T> }[];
};

/** Compares two lists item by item, matching items by a key (their id, an option's value). */
export function diffByKey<T>(
  before: readonly T[] | undefined,
  after: readonly T[] | undefined,
  keyOf: (item: T, index: number) => string,
): KeyedDiff<T> {
  const index = (list: readonly T[] | undefined) =>
    new Map((list ?? []).map((item, i) => [keyOf(item, i), { item, index: i }]));
  const a = index(before);
  const b = index(after);
  const result: KeyedDiff<T> = { added: [], removed: [], changed: [] };
  for (const [key, old] of a) {
    const now = b.get(key);
    if (now === undefined) result.removed.push(old);
    else if (!same(old.item, now.item)) result.changed.push({ key, before: old, after: now });
  }
  for (const [key, now] of b) if (!a.has(key)) result.added.push(now);
  return result;
}

/** Deep equality of JSON values. */
export const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** The keys of two records whose values differ (or exist on one side only), except `skip`. */
export function changedKeys(
  a: object | undefined,
  b: object | undefined,
  skip: readonly string[] = [],
): string[] {
  const [x, y] = [(a ?? {}) as Record<string, unknown>, (b ?? {}) as Record<string, unknown>];
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  return [...keys].filter((k) => !skip.includes(k) && !same(x[k], y[k])).sort();
}
