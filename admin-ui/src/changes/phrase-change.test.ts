import { describe, expect, it } from 'vitest';
import type { CountedChange } from '../api/admin-types.js';
import { phraseChange } from './phrase-change.js';

const change = (code: string, params: CountedChange['params'], text = 'server words'): CountedChange => ({
  kind: 'form',
  definitionId: 'outreach-contact',
  definition: 'F1 Outreach contact',
  code,
  pointer: '',
  params,
  text,
  impact: null,
  affected: null,
});

describe('changes in the user’s language', () => {
  it('phrases known codes with their params and the names it is given', () => {
    expect(phraseChange(change('field_renamed_candidate', { from: 'a', to: 'b' }), 'fr')).toBe(
      'F1 Outreach contact : champ « a » remplacé par « b » — renommé ? Indiquez-le lors de la migration',
    );
    expect(
      phraseChange(change('setting_changed', { setting: 'min_age', from: 18, to: 25 }), 'en', {
        setting: (id) => `Minimum age (${id})`,
        stage: String,
        task: String,
        review: String,
        role: String,
        partner: String,
      }),
    ).toBe('Setting “Minimum age (min_age)”: 18 → 25');
    expect(phraseChange(change('field_required_changed', { field: 'x', required: false }), 'en')).toBe(
      'Field “x” of F1 Outreach contact is no longer required',
    );
    expect(
      phraseChange(change('role_permissions_changed', { role: 'r', gained: ['a'], lost: ['b'] }), 'en'),
    ).toBe('Permissions of role “r”: +a −b');
  });

  it('falls back to the server’s words for codes it does not know', () => {
    expect(phraseChange(change('something_new', { milestone: 'm' }), 'uz')).toBe('server words');
  });
});
