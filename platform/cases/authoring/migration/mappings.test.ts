import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../kernel/json.js';
import { fixtureBundle } from '../authoring-test-kit.js';
import { acceptedIds } from './accepted-ids.js';
import { mapOption, renameField } from './map-form-data.js';
import { invertMappings, parseMappings } from './mappings.js';

describe('mappings', () => {
  it.each([
    [{ fields: {} }, '/mappings/fields'],
    [{ fields: [{ form: 'a', from: 'x' }] }, '/mappings/fields/0'],
    [{ fields: [{ form: 'a', from: 'g[].x', to: 'y' }] }, '/mappings/fields/0/to'],
    [{ options: [{ form: 'a', field: 'x', from: {}, to: 'y' }] }, '/mappings/options/0'],
    [{ stages: { a: 1 } }, '/mappings/stages'],
  ])('refuses %j with a pointer', (value, pointer) => {
    expect(() => parseMappings(value)).toThrow(
      expect.objectContaining({ fields: [expect.objectContaining({ pointer })] }),
    );
  });

  it('undoes only what the version moved back to does not accept', () => {
    const m = parseMappings({
      fields: [
        { form: 'assessment', from: 'disability_group', to: 'disability_category' },
        { form: 'assessment', from: 'old_notes', to: 'notes' },
      ],
      options: [
        { form: 'plan', field: 'steps[].status', from: 'dropped', to: 'planned' },
        { form: 'plan', field: 'steps[].status', from: 'cancelled', to: 'abandoned' },
      ],
      stages: { screening: 'intake', closing: 'ending' },
      tasks: { review: 'plan-review' },
    });
    expect(invertMappings(m, acceptedIds(fixtureBundle()))).toEqual({
      fields: [{ form: 'assessment', from: 'disability_category', to: 'disability_group' }],
      options: [{ form: 'plan', field: 'steps[].status', from: 'abandoned', to: 'cancelled' }],
      stages: { ending: 'closing' },
      tasks: { 'plan-review': 'review' },
    });
  });
});

describe('form data rewriting', () => {
  const data: JsonObject = {
    a: 1,
    steps: [{ status: 'dropped', x: 1 }, { status: 'done' }, { x: 2 }],
    tags: ['dropped', 'y'],
  };

  it('renames a field in every item of a repeat group, on a copy', () => {
    const result = renameField(data, { form: 'f', from: 'steps[].x', to: 'steps[].y' });
    expect(result).toEqual({
      count: 2,
      data: { ...data, steps: [{ status: 'dropped', y: 1 }, { status: 'done' }, { y: 2 }] },
    });
    expect((data.steps as JsonObject[])[0]).toHaveProperty('x');
  });

  it('replaces an option value in single and multiple choice fields', () => {
    expect(
      mapOption(data, { form: 'f', field: 'steps[].status', from: 'dropped', to: 'planned' }).data.steps,
    ).toEqual([{ status: 'planned', x: 1 }, { status: 'done' }, { x: 2 }]);
    expect(mapOption(data, { form: 'f', field: 'tags', from: 'dropped', to: 'z' }).data.tags).toEqual([
      'z',
      'y',
    ]);
  });
});
