import { describe, expect, it } from 'vitest';
import { loadSitesFromDisk } from '../../definitions/load-sites.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { validateSubmission } from '../../forms/index.js';
import { ageInYears } from '../../kernel/dates.js';
import { ageBand } from './age-band.js';
import { type GeneratedPerson, generatePersons } from './generate-persons.js';
import { serbianCyrillic } from './person-name.js';

const NOW = new Date('2025-09-01T00:00:00Z');
const bundleOf = (id: string): SiteBundle => {
  const bundle = loadSitesFromDisk(id)[0]?.bundle;
  if (bundle === undefined) throw new Error(`site ${id} does not check`);
  return bundle;
};
const UZ = bundleOf('uz-tashkent-icm');
const RS = bundleOf('rs-youth-nes-csw');
const CF = bundleOf('child-family-cm');
const persons = (
  bundle: SiteBundle,
  count: number,
  from = 0,
  seed: string | number = 1,
): GeneratedPerson[] => [...generatePersons({ bundle, count, seed, now: NOW, from })];

describe('generatePersons', () => {
  it('is deterministic, and person i depends only on the seed and i', () => {
    const all = persons(UZ, 30);
    expect(persons(UZ, 30)).toEqual(all);
    expect(persons(UZ, 10, 20)).toEqual(all.slice(20));
    expect(persons(UZ, 5, 0, 2).map((p) => p.data)).not.toEqual(all.slice(0, 5).map((p) => p.data));
  });

  it.each([UZ, RS, CF])('makes registrations the site’s form accepts ($siteId)', (bundle) => {
    const form = bundle.site.registration?.form.form ?? '';
    for (const p of persons(bundle, 150)) {
      const today = p.registeredAt.toISOString().slice(0, 10);
      const result = validateSubmission({ bundle, formId: form, data: p.data, locale: 'en', today });
      expect(result.errors, JSON.stringify(p.data)).toEqual([]);
      expect(p.registeredAt.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(p.registeredAt.getTime()).toBeGreaterThan(NOW.getTime() - 541 * 86_400_000);
    }
  });

  it('gives ages of the target group, a few outside it', () => {
    for (const [bundle, field] of [
      [UZ, 'birthDate'],
      [RS, 'dateOfBirth'],
      [CF, 'dateOfBirth'],
    ] as const) {
      const list = persons(bundle, 300);
      const inside = list.filter((p) => {
        const age = ageInYears(String(p.data[field]), p.registeredAt.toISOString().slice(0, 10)) ?? -1;
        const band = ageBand(bundle.site, p.sex);
        return age >= band.min && age < band.max;
      });
      expect(inside.length / list.length, bundle.siteId).toBeGreaterThan(0.88);
      expect(inside.length, bundle.siteId).toBeLessThan(list.length);
    }
    expect(ageBand(RS.site, 'male')).toEqual({ min: 15, max: 31 });
    expect(ageBand(UZ.site, 'female')).toEqual({ min: 18, max: 55 });
    expect(ageBand(CF.site, 'female')).toEqual({ min: 0, max: 18 });
  });

  it('names people in their language, in one script per person, with sexes and identifiers to match', () => {
    for (const p of persons(RS, 200)) {
      const name = `${p.data.firstName} ${p.data.lastName}`;
      if (p.data.preferredLocale === 'sr-Latn') expect(name).not.toMatch(/[\u0400-\u04FF]/);
      else expect(name).toBe(serbianCyrillic(name));
      const jmbg = String(p.data.jmbg);
      const birth = String(p.data.dateOfBirth);
      expect(jmbg.slice(0, 7)).toBe(`${birth.slice(8, 10)}${birth.slice(5, 7)}${birth.slice(1, 4)}`);
    }
    const uz = persons(UZ, 200);
    for (const p of uz) {
      const russian = /[\u0400-\u04FF]/.test(String(p.data.lastName));
      expect(/[\u0400-\u04FF]/.test(String(p.data.firstName))).toBe(russian);
      if (p.data.sex === 'female' && !russian) expect(String(p.data.lastName)).toMatch(/a$/);
      expect(String(p.data.jshshir).slice(1, 7)).toBe(
        `${String(p.data.birthDate).slice(8, 10)}${String(p.data.birthDate).slice(5, 7)}${String(p.data.birthDate).slice(2, 4)}`,
      );
    }
    expect(uz.some((p) => /[\u0400-\u04FF]/.test(String(p.data.lastName)))).toBe(true);
    const sexes = new Set(uz.map((p) => p.sex));
    expect(sexes).toEqual(new Set(['female', 'male']));
    expect(new Set(uz.map((p) => p.data.phone)).size).toBeGreaterThan(190);
  });
});
