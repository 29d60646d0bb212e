/**
 * A deterministic pseudo-random source for demo data: the same seed gives the same sequence on
 * every machine (sfc32 seeded by a 128-bit string hash). `fork(label)` derives an independent
 * source from the seed and a label, not from the numbers drawn so far, so person 17's data does
 * not change when person 3 draws one number more, or when only 20 of 1,000,000 persons are made.
 */
export type SeededRandom = {
  /** The seed key this source was made from (forks append their label). */
  readonly key: string;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One value, each with its (non-negative) weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  shuffle<T>(items: readonly T[]): T[];
  /** `n` distinct items (fewer when there are fewer), in random order. */
  sample<T>(items: readonly T[], n: number): T[];
  fork(label: string | number): SeededRandom;
};

/** A seeded random source; `seed` may be a number or any string. */
export function seededRandom(seed: string | number): SeededRandom {
  return new Sfc32Random(String(seed));
}

// A class rather than closures: a million persons make several million sources.
class Sfc32Random implements SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly key: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(key);
    // The first outputs of a freshly seeded sfc32 are poorly mixed; discard them.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** sfc32 (Chris Doty-Humphrey's small fast counting generator), 32-bit state words. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    return weightedPick(entries, this.next());
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }

  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, n));
  }

  fork(label: string | number): SeededRandom {
    return new Sfc32Random(`${this.key}/${label}`);
  }
}

function weightedPick<T>(entries: readonly (readonly [T, number])[], roll: number): T {
  const total = entries.reduce((sum, [, w]) => sum + Math.max(0, w), 0);
  if (entries.length === 0 || total <= 0) throw new Error('weighted pick without positive weights');
  let left = roll * total;
  for (const [value, weight] of entries) {
    left -= Math.max(0, weight);
    if (left < 0) return value;
  }
  return (entries.findLast(([, w]) => w > 0) as readonly [T, number])[0];
}

/** cyrb128: four 32-bit words from a string, a good seed for sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}
