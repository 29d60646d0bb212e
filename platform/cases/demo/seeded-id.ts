import type { SeededRandom } from './seeded-random.js';

/**
 * A UUIDv7 whose time part is `ms` and whose random bits come from a seeded source: ids that sort
 * by creation time like the runtime's own (`kernel/ids.ts`), yet the same for the same seed.
 */
export function seededUuid(random: SeededRandom, ms: number): string {
  const bytes = new Uint8Array(16);
  let ts = ms;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ts % 256;
    ts = Math.floor(ts / 256);
  }
  for (let i = 6; i < 16; i++) bytes[i] = random.int(0, 255);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
