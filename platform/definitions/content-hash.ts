import { createHash } from 'node:crypto';
import { canonicalJson } from '../kernel/canonical-json.js';

/** SHA-256 (hex) of the canonical JSON of a value: equal content, equal hash. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
