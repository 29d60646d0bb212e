/**
 * The only way the engine reads facts. JSON Logic paths come from site authors, so a path may
 * name anything; reading only own properties and refusing the names that lead to prototypes
 * keeps `{"var": "__proto__.polluted"}` or `{"var": "constructor"}` from reaching runtime objects.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const hasOwn = Object.prototype.hasOwnProperty;

/** Whether a path segment may be read at all. */
export function isSafeSegment(segment: string): boolean {
  return !FORBIDDEN.has(segment);
}

/** The own property `key` of `target` (strings and arrays included), or `undefined`. */
export function ownProperty(target: unknown, key: string): unknown {
  if (target === null || target === undefined || FORBIDDEN.has(key)) return undefined;
  return hasOwn.call(target, key) ? (target as Record<string, unknown>)[key] : undefined;
}

/**
 * Like {@link ownProperty} for a key already known to be safe (checked when the rule was
 * compiled); the compiled evaluator calls it on its hot path.
 */
export function ownSafe(target: unknown, key: string): unknown {
  if (target === null || target === undefined) return undefined;
  return hasOwn.call(target, key) ? (target as Record<string, unknown>)[key] : undefined;
}

/** Splits a `var` path as json-logic-js does: `String(path).split('.')`. */
export function pathSegments(path: unknown): string[] {
  return String(path).split('.');
}

/** Whether a `var` path means "the whole data" (`""`, `null` or absent). */
export function isWholeDataPath(path: unknown): boolean {
  return path === undefined || path === '' || path === null;
}

/**
 * json-logic-js `var`: the value at `path` of `data`; `fallback` (default `null`) when a step is
 * missing. A `null` found at the end is returned as `null`, not as the fallback.
 */
export function readVar(data: unknown, path: unknown, fallback: unknown): unknown {
  if (isWholeDataPath(path)) return data;
  const notFound = fallback === undefined ? null : fallback;
  let current = data;
  for (const segment of pathSegments(path)) {
    if (current === null || current === undefined) return notFound;
    current = ownProperty(current, segment);
    if (current === undefined) return notFound;
  }
  return current;
}
