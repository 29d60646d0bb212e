import { describe, expect, it } from 'vitest';
import { fixUzbekDates, formatDay } from './format.js';

describe('dates', () => {
  it('writes Uzbek dates by hand', () => {
    expect(formatDay('1990-04-12', 'uz')).toBe('12-aprel, 1990');
    expect(fixUzbekDates('Sana: 2025 M01 06')).toBe('Sana: 6-yanvar, 2025');
  });
  it('writes English dates day first', () => {
    expect(formatDay('1990-04-12', 'en')).toBe('12 Apr 1990');
  });
});
