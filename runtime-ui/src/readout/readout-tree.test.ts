import { describe, expect, it } from 'vitest';
import { isRepeat, isTable, readoutTree, tableColumns } from './readout-tree.js';

const lines = [
  { pointer: '/planDate', depth: 0, label: 'Date', value: '6 Jan 2025' },
  { pointer: '/steps', depth: 0, label: 'Steps', value: '' },
  { pointer: '/steps/0', depth: 1, label: 'Steps 1', value: '' },
  { pointer: '/steps/0/measure', depth: 2, label: 'Measure', value: 'Course' },
  { pointer: '/steps/1', depth: 1, label: 'Steps 2', value: '' },
  { pointer: '/steps/1/due', depth: 2, label: 'Due', value: '1 May' },
  { pointer: '/steps/1/measure', depth: 2, label: 'Measure', value: 'Job' },
  { pointer: '/signatures', depth: 0, label: 'Signatures', value: '' },
  { pointer: '/signatures/client', depth: 1, label: 'Client', value: 'D. K.' },
];

describe('readout tree', () => {
  const tree = readoutTree(lines);
  it('nests lines under their headings', () => {
    expect(tree.map((n) => n.line.pointer)).toEqual(['/planDate', '/steps', '/signatures']);
    expect(tree[1]?.children.map((n) => n.children.length)).toEqual([1, 2]);
  });
  it('recognises flat repeat groups as tables, with columns in order', () => {
    expect(isRepeat(tree[1]!)).toBe(true);
    expect(isTable(tree[1]!)).toBe(true);
    expect(isRepeat(tree[2]!)).toBe(false);
    expect(tableColumns(tree[1]!)).toEqual([
      { key: 'measure', label: 'Measure' },
      { key: 'due', label: 'Due' },
    ]);
  });
});
