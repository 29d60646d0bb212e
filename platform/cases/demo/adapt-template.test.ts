import { describe, expect, it } from 'vitest';
import { loadSitesFromDisk } from '../../definitions/load-sites.js';
import { adaptTemplate } from './adapt-template.js';
import { personSubstitution } from './person-substitution.js';
import { scenarioLibrary } from './scenario-library.js';
import { seededRandom } from './seeded-random.js';

const bundle = (() => {
  const b = loadSitesFromDisk('uz-tashkent-icm')[0]?.bundle;
  if (b === undefined) throw new Error('site does not check');
  return b;
})();

describe('adaptTemplate', () => {
  it('rewrites a scenario submission for another client and another day', () => {
    const library = scenarioLibrary(bundle);
    const template = library.forms.get('outreach-contact')?.[0];
    if (template === undefined) throw new Error('no outreach template');
    const person = {
      lastName: 'Yusupov',
      firstName: 'Bobur',
      patronymic: 'Anvarovich',
      jshshir: '30203851231234',
      birthDate: '1985-03-02',
      sex: 'male',
      preferredLanguage: 'uz',
      phone: '+998907654321',
      district: 'yashnabod',
      mahalla: 'Qorasaroy',
    };
    const substitution = personSubstitution(bundle.site.registration, template.person, person);
    const form = bundle.forms['outreach-contact'];
    const ctx = { bundle, random: seededRandom(1), today: '2025-03-10', library, locale: 'uz' };
    const data = adaptTemplate(
      template.data,
      form?.fields.properties ?? {},
      { substitution, shiftDays: 63, variation: 0 },
      ctx,
    );
    expect(data.contactDate).toBe('2025-03-10');
    expect(data.district).toBe('yashnabod');
    expect(data.person).toMatchObject({
      fullName: 'Yusupov Bobur Anvarovich',
      dob: '1985-03-02',
      sex: 'male',
      phone: '+998907654321',
    });
    expect(JSON.stringify(data)).not.toMatch(/Karimova|Dilnoza|1990-04-12/);
  });

  it('knows the scenarios’ forms, clients and return comments', () => {
    const library = scenarioLibrary(bundle);
    expect([...library.forms.keys()]).toEqual(
      expect.arrayContaining(['outreach-contact', 'action-plan', 'case-closure']),
    );
    expect(library.persons.length).toBeGreaterThan(0);
    expect(library.comments.length).toBeGreaterThan(0);
  });
});
