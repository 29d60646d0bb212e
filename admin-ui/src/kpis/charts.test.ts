import { describe, expect, it } from 'vitest';
import { axisTicks } from './charts.js';

describe('chart axes', () => {
  it('ticks at round steps that reach the largest value', () => {
    expect(axisTicks(22)).toEqual([0, 10, 20, 30]);
    expect(axisTicks(0.8)).toEqual([0, 0.5, 1, 1.5]);
    expect(axisTicks(105)).toEqual([0, 50, 100, 150]);
    expect(axisTicks(0)).toEqual([0, 1]);
    for (const max of [3, 7, 13, 58, 999]) expect(axisTicks(max).at(-1)).toBeGreaterThanOrEqual(max);
  });
});
