import { describe, expect, it } from 'vitest';
import { CASE_MANAGER_PERMISSIONS, PARTNER_TYPES, PERMISSIONS, siteDefinition } from './site-draft.js';

describe('a new site as the form describes it', () => {
  it('reads the permissions and partner kinds from the definition language', () => {
    expect(PERMISSIONS).toContain('case.open');
    expect(PARTNER_TYPES).toContain('ngo');
    expect(CASE_MANAGER_PERMISSIONS.every((p) => PERMISSIONS.includes(p))).toBe(true);
  });

  it('keeps texts in the chosen languages only and leaves out what is empty', () => {
    expect(
      siteDefinition({
        id: 'pilot',
        extends: 'cm-template',
        name: { en: 'Pilot', fr: '', uz: 'Pilot uz' },
        locales: ['en', 'fr'],
        defaultLocale: 'en',
        timeZone: ' ',
        partners: [{ id: 'hub', name: { en: 'Hub' }, type: 'ngo', hub: true }],
        roles: [],
      }),
    ).toEqual({
      id: 'pilot',
      extends: 'cm-template',
      name: { en: 'Pilot' },
      locales: ['en', 'fr'],
      defaultLocale: 'en',
      partners: [{ id: 'hub', name: { en: 'Hub' }, type: 'ngo', hub: true }],
    });
  });
});
