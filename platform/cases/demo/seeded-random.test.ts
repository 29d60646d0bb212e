import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';

const draw = (seed: string | number, n = 5) => {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('seededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draw(1)).toEqual(draw(1));
    expect(draw('1')).toEqual(draw(1));
    expect(draw(2)).not.toEqual(draw(1));
  });

  it('forks by label, whatever was drawn from the parent before', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    b.next();
    b.next();
    expect(a.fork('person').next()).toBe(b.fork('person').next());
    expect(a.fork(3).next()).not.toBe(a.fork(4).next());
  });

  it('keeps integers, picks, samples and shuffles within their bounds', () => {
    const r = seededRandom('bounds');
    for (let i = 0; i < 500; i++) {
      const n = r.int(3, 7);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
    const items = ['a', 'b', 'c', 'd'];
    expect(items).toContain(r.pick(items));
    expect(new Set(r.sample(items, 3)).size).toBe(3);
    expect(r.shuffle(items).sort()).toEqual(items);
    expect(
      r.weighted([
        ['never', 0],
        ['always', 1],
      ] as const),
    ).toBe('always');
  });

  it('draws about evenly', () => {
    const r = seededRandom('spread');
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[r.int(0, 3)] = (counts[r.int(0, 3)] ?? 0) + 1;
    for (const c of counts) expect(c).toBeGreaterThan(850);
  });
});
