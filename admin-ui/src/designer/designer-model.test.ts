import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../../platform/kernel/json.js';
import {
  addField,
  fieldsOf,
  moveField,
  removeField,
  renameField,
  rulesOf,
  setField,
  setWidget,
} from './designer-model.js';

const form: JsonObject = {
  kind: 'form',
  id: 'f',
  fields: {
    type: 'object',
    properties: {
      dob: { type: 'string', format: 'date' },
      age: { type: 'integer', readOnly: true },
      steps: { type: 'array', items: { type: 'object', properties: { status: { type: 'string' } } } },
    },
    required: ['dob'],
  },
  layout: {
    sections: [{ id: 'a', title: { en: 'A' }, fields: ['dob', 'age', 'steps'] }],
    widgets: { age: 'number', 'steps[].status': 'radio' },
  },
  rules: [
    { id: 'calc', field: 'age', effect: 'calculate', value: { age_years: [{ var: 'dob' }] } },
    { id: 'show', field: 'steps[].status', effect: 'show', when: { '!!': [{ var: ['age', 0] }] } },
  ],
};

describe('the form designer model', () => {
  it('renames a field in the fields, the layout and the rules, keeping its place', () => {
    const next = renameField(form, 'age', 'ageAtContact');
    expect(fieldsOf(next).map((f) => f.name)).toEqual(['dob', 'ageAtContact', 'steps']);
    expect(next.layout).toMatchObject({
      sections: [{ fields: ['dob', 'ageAtContact', 'steps'] }],
      widgets: { ageAtContact: 'number', 'steps[].status': 'radio' },
    });
    expect(next.rules).toEqual([
      { id: 'calc', field: 'ageAtContact', effect: 'calculate', value: { age_years: [{ var: 'dob' }] } },
      { id: 'show', field: 'steps[].status', effect: 'show', when: { '!!': [{ var: ['ageAtContact', 0] }] } },
    ]);
    expect(renameField(form, 'steps', 'plan').layout).toMatchObject({
      widgets: { 'plan[].status': 'radio' },
    });
  });

  it('lists fields in the order of the sections, whatever the order of the keys', () => {
    const shuffled = {
      ...form,
      fields: { type: 'object', properties: { steps: {}, age: {}, dob: {}, extra: {} } },
    };
    expect(fieldsOf(shuffled).map((f) => f.name)).toEqual(['dob', 'age', 'steps', 'extra']);
  });

  it('removes a field with its layout entries and rules', () => {
    const next = removeField(form, 'steps');
    expect(fieldsOf(next).map((f) => f.name)).toEqual(['dob', 'age']);
    expect(next.layout).toMatchObject({ sections: [{ fields: ['dob', 'age'] }], widgets: { age: 'number' } });
    expect((next.rules as unknown[]).length).toBe(1);
  });

  it('adds, moves, requires and sets widgets', () => {
    const added = addField(form, 'notes', { type: 'string' });
    expect(added.layout).toMatchObject({ sections: [{ fields: ['dob', 'age', 'steps', 'notes'] }] });
    const moved = moveField(added, 'notes', -1);
    expect(fieldsOf(moved).map((f) => f.name)).toEqual(['dob', 'age', 'notes', 'steps']);
    expect(moved.layout).toMatchObject({ sections: [{ fields: ['dob', 'age', 'notes', 'steps'] }] });
    const two = {
      ...form,
      layout: {
        sections: [
          { id: 'a', fields: ['dob', 'age'] },
          { id: 'b', fields: ['steps'] },
        ],
      },
    };
    expect(moveField(two, 'age', 1).layout).toMatchObject({
      sections: [{ fields: ['dob'] }, { fields: ['age', 'steps'] }],
    });
    // A section keeps at least one field.
    expect(moveField(two, 'steps', -1)).toBe(two);
    const bare = { ...form, layout: {} };
    expect(moveField(bare, 'age', 1)).toBe(bare);
    expect(setField(form, 'dob', { type: 'string' }, false).fields).not.toHaveProperty('required');
    expect(setWidget(form, 'age', undefined).layout).toMatchObject({
      widgets: { 'steps[].status': 'radio' },
    });
    expect(rulesOf(form, 'steps').map((r) => r.index)).toEqual([1]);
  });
});
