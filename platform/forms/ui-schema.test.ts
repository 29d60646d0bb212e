import { describe, expect, it } from 'vitest';
import { effectiveForm } from './effective-form.js';
import { formFixtureBundle } from './form-fixture-bundle.js';
import type { EffectiveForm, JsonSchema } from './form-types.js';

const bundle = formFixtureBundle();
const TODAY = '2025-03-01';

function run(formId: string, data: unknown, locale = 'en'): EffectiveForm {
  return effectiveForm({ bundle, formId, data, locale, today: TODAY });
}

describe('ui schema', () => {
  const ui = run('intake', {}).uiSchema;

  it('orders fields by section and describes the sections for the object template', () => {
    expect((ui['ui:order'] as string[]).slice(0, 6)).toEqual([
      'fullName',
      'nationalId',
      'birthDate',
      'age',
      'locked',
      'employment',
    ]);
    expect(ui['ui:sections']).toEqual([
      { id: 'identity', title: 'Identity', fields: ['fullName', 'nationalId', 'birthDate', 'age', 'locked'] },
      {
        id: 'situation',
        title: 'Situation',
        description: 'Work and income.',
        fields: ['employment', 'region', 'sector', 'income', 'incomeSource', 'languages'],
      },
      {
        id: '_unsectioned',
        fields: [
          'needs',
          'household',
          'householdSize',
          'disabledMembers',
          'adults',
          'incomePerAdult',
          'contact',
          'notes',
        ],
      },
    ]);
  });

  it('maps widgets, placeholders and help texts, items and nested objects included', () => {
    expect(ui.notes).toEqual({ 'ui:widget': 'textarea', 'ui:placeholder': 'Anything else to note' });
    expect(ui.income).toEqual({ 'ui:widget': 'updown' });
    expect(ui.fullName).toEqual({ 'ui:help': 'As on the identity document' });
    expect((ui.household as { items: JsonSchema }).items).toMatchObject({
      'ui:order': ['name', 'relation', 'age', 'disabled', 'supportNeeds', '*'],
      name: { 'ui:placeholder': 'First name' },
      relation: { 'ui:widget': 'radio' },
    });
    expect(ui.contact).toMatchObject({ callAt: { 'ui:widget': 'time' } });
    expect(ui.needs).toEqual({ 'ui:widget': 'checkboxes' });
  });

  it('is one frozen object per locale, whatever the data', () => {
    expect(run('intake', { region: 'north' }).uiSchema).toBe(ui);
    expect(Object.isFrozen(ui)).toBe(true);
    expect(run('intake', {}, 'fr').uiSchema).not.toBe(ui);
  });
});
