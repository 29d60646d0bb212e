import { describe, expect, it } from 'vitest';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { inlineDrafts, readsOf } from './rule-reads.js';

const bundle = {
  site: { settings: { min_age: { value: 25 }, max_age: { value: 60 } } },
  rules: {
    adult: { logic: { '>=': [{ age_years: [{ var: 'person.birthDate' }] }, { var: 'settings.min_age' }] } },
    eligible: { logic: { and: [{ rule: 'adult' }, { '===': [{ var: 'forms.consent.agrees' }, true] }] } },
  },
} as unknown as SiteBundle;

describe('what a rule reads', () => {
  it('follows called rules to the settings and facts they read', () => {
    expect(readsOf(bundle.rules.eligible?.logic, bundle.rules)).toEqual({
      settings: ['min_age'],
      rules: ['adult'],
      facts: ['person.birthDate', 'forms.consent.agrees'],
    });
  });

  it('writes settings and called rules into the logic', () => {
    expect(inlineDrafts({ rule: 'eligible' }, bundle)).toEqual({
      and: [
        { '>=': [{ age_years: [{ var: 'person.birthDate' }] }, 25] },
        { '===': [{ var: 'forms.consent.agrees' }, true] },
      ],
    });
    expect(inlineDrafts({ var: ['settings.unknown', 3] }, bundle)).toEqual({ var: ['settings.unknown', 3] });
  });
});
