import { PlatformError } from '../kernel/errors.js';
import type { JsonValue } from '../kernel/json.js';

/** Deeper than any form nests; data beyond it is refused rather than recursed into. */
const MAX_DEPTH = 64;

function copy(value: unknown, depth: number): JsonValue | undefined {
  if (value === null || typeof value !== 'object') {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
    if (typeof value === 'number' && !Number.isFinite(value)) return null;
    return value as JsonValue;
  }
  if (depth > MAX_DEPTH) throw new PlatformError('bad_request', 'The data is nested too deeply.');
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1) ?? null);
  const out: Record<string, JsonValue> = {};
  for (const [key, item] of Object.entries(value)) {
    const copied = copy(item, depth + 1);
    if (copied !== undefined) out[key] = copied;
  }
  return out;
}

/**
 * A deep copy with JSON's meaning: properties whose value is `undefined` (what a form library
 * leaves behind when a field is cleared) are absent, and the caller's object is never shared.
 * @throws PlatformError `bad_request` for data nested deeper than any form.
 */
export function jsonCopy(value: unknown): JsonValue | undefined {
  return copy(value, 0);
}
