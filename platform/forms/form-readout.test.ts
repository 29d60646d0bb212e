import { describe, expect, it } from 'vitest';
import { formFixtureBundle } from './form-fixture-bundle.js';
import { formReadout } from './form-readout.js';

const bundle = formFixtureBundle();

describe('formReadout', () => {
  const data = {
    notes: 'Call first',
    fullName: 'Dilnoza R.',
    birthDate: '1990-04-02',
    locked: true,
    employment: 'employed',
    languages: ['uz', 'en'],
    income: 1250.5,
    household: [{ name: 'Aziz', relation: 'child', age: 9 }],
    contact: { email: 'd@example.org' },
    unknown: 'left out',
  };

  it('lists values in layout order with labels, options by label and localized words', () => {
    const lines = formReadout(bundle, 'intake', data, 'fr').map(({ label, value, depth }) => [
      depth,
      label,
      value,
    ]);
    expect(lines).toEqual([
      [0, 'Nom complet', 'Dilnoza R.'],
      [0, 'Date de naissance', '2 avril 1990'],
      [0, 'Identité vérifiée', 'Oui'],
      [0, 'Emploi', 'En emploi'],
      [0, 'Revenu mensuel', '1\u202f250,5'], // French groups digits with a narrow no-break space
      [0, 'Langues', 'Ouzbek, Anglais'],
      [0, 'Ménage', ''],
      [1, 'Ménage 1', ''],
      [2, 'Nom', 'Aziz'],
      [2, 'Lien', 'Enfant'],
      [2, 'Âge', '9'],
      [0, 'Contact', ''],
      [1, 'Courriel', 'd@example.org'],
      [0, 'Notes', 'Call first'],
    ]);
  });

  it('points every line at the data', () => {
    const pointers = formReadout(bundle, 'intake', data, 'en').map((l) => l.pointer);
    expect(pointers).toContain('/household/0/relation');
    expect(pointers).toContain('/contact/email');
  });

  it('formats dates for the locale', () => {
    const line = (locale: string) =>
      formReadout(bundle, 'intake', { birthDate: '1990-04-02' }, locale).find(
        (l) => l.pointer === '/birthDate',
      )?.value;
    expect(line('en')).toBe('April 2, 1990');
    expect(line('ru')).toBe('2 апреля 1990 г.');
  });

  it('reads nothing from data that is not an object', () => {
    expect(formReadout(bundle, 'intake', 'x', 'en')).toEqual([]);
  });
});
