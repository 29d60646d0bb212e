import { describe, expect, it } from 'vitest';
import { dataPointer, isWithin, pointerOfId } from './field-ids.js';

describe('field ids and pointers', () => {
  it('maps rjsf ids to data pointers', () => {
    expect(pointerOfId('root.steps.0.due')).toBe('/steps/0/due');
    expect(pointerOfId('root.da_group')).toBe('/da_group');
    expect(pointerOfId('root.sex-1')).toBe('/sex');
    expect(pointerOfId('root')).toBe('');
  });
  it('strips the request body prefix of API pointers', () => {
    expect(dataPointer('/data/birthDate')).toBe('/birthDate');
    expect(dataPointer('/data')).toBe('');
    expect(dataPointer('/other')).toBe('/other');
  });
  it('tells nesting', () => {
    expect(isWithin('/a/0/b', '/a')).toBe(true);
    expect(isWithin('/ab', '/a')).toBe(false);
  });
});
