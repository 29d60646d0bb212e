import { describe, expect, it } from 'vitest';
import { effectiveForm } from './effective-form.js';
import { schemaAt as at, formFixtureBundle } from './form-fixture-bundle.js';
import type { EffectiveForm } from './form-types.js';

const bundle = formFixtureBundle();
const TODAY = '2025-03-01';

function run(formId: string, data: unknown, locale = 'en'): EffectiveForm {
  return effectiveForm({ bundle, formId, data, locale, today: TODAY });
}

describe('localization', () => {
  it.each([
    ['en', 'Full name', 'This field is required.'],
    ['fr', 'Nom complet', 'Ce champ est obligatoire.'],
    ['fr-CA', 'Nom complet', 'Ce champ est obligatoire.'],
    ['ru', 'Full name', 'Это поле обязательно для заполнения.'],
    ['sr-Latn', 'Full name', 'Ovo polje je obavezno.'],
  ])('%s: labels "%s", messages "%s"', (locale, label, required) => {
    const r = run('intake', {}, locale);
    expect(at(r.schema, 'fullName')?.title).toBe(label);
    expect(r.errors.find((e) => e.code === 'required')?.message).toBe(required);
  });

  it("falls back to the site's default locale before English", () => {
    const french = formFixtureBundle((files) => {
      const base = files.get('fx-base/fx-base.site.json') as { defaultLocale: string };
      base.defaultLocale = 'fr';
    });
    const r = effectiveForm({ bundle: french, formId: 'intake', data: {}, locale: 'de', today: TODAY });
    expect(r.schema.title).toBe('Accueil');
    expect(r.errors[0]?.message).toBe('Ce champ est obligatoire.');
  });
});
