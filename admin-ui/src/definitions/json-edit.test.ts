import { describe, expect, it } from 'vitest';
import { renameKey, reorderKeys, sameJson, setAt } from './json-edit.js';

describe('editing JSON by pointer', () => {
  it('replaces, creates and removes values without touching the original', () => {
    const root = { a: { b: [1, 2, 3] }, c: 'x' };
    expect(setAt(root, '/a/b/1', 9)).toEqual({ a: { b: [1, 9, 3] }, c: 'x' });
    expect(setAt(root, '/a/d/e', true)).toEqual({ a: { b: [1, 2, 3], d: { e: true } }, c: 'x' });
    expect(setAt(root, '/a/b/0', undefined)).toEqual({ a: { b: [2, 3] }, c: 'x' });
    expect(setAt(root, '/c', undefined)).toEqual({ a: { b: [1, 2, 3] } });
    expect(setAt(root, '/a/b/-', 4)).toEqual({ a: { b: [1, 2, 3, 4] }, c: 'x' });
    expect(root).toEqual({ a: { b: [1, 2, 3] }, c: 'x' });
  });

  it('renames and reorders keys in place, and compares without key order', () => {
    expect(Object.keys(renameKey({ a: 1, b: 2, c: 3 }, 'b', 'x'))).toEqual(['a', 'x', 'c']);
    expect(Object.keys(reorderKeys({ a: 1, b: 2, c: 3 }, ['c', 'a']))).toEqual(['c', 'a', 'b']);
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson({ b: [1, 2] }, { b: [2, 1] })).toBe(false);
  });
});
