import { describe, expect, it } from 'vitest';
import { validatorCompilations } from './ajv-validator.js';
import { formEngineStats } from './compiled-form.js';
import { effectiveForm } from './effective-form.js';
import { formFixtureBundle } from './form-fixture-bundle.js';
import type { FormInput } from './form-types.js';
import { validateDraft, validateSubmission } from './validate-submission.js';

const bundle = formFixtureBundle();
const input = (formId: string, data: unknown): FormInput => ({
  bundle,
  formId,
  data,
  locale: 'en',
  today: '2025-03-01',
});
const VALID_INTAKE = { fullName: 'Dilnoza', birthDate: '1990-04-02' };

describe('compiled once', () => {
  it('compiles the validator and the rules once per bundle hash and form, whatever the bundle object', () => {
    const fresh = formFixtureBundle((files) => {
      (files.get('fx-site/intake.form.json') as { description: object }).description = {
        en: 'Changed',
        fr: 'Changé',
      };
    });
    const again = formFixtureBundle((files) => {
      (files.get('fx-site/intake.form.json') as { description: object }).description = {
        en: 'Changed',
        fr: 'Changé',
      };
    });
    expect(again).not.toBe(fresh);
    expect(again.hash).toBe(fresh.hash);
    const compilations = validatorCompilations();
    const prepared = formEngineStats().preparedForms;
    for (let i = 0; i < 5; i++) {
      validateSubmission({
        ...input('intake', { ...VALID_INTAKE, notes: `${i}` }),
        bundle: i % 2 ? fresh : again,
      });
      effectiveForm({ ...input('intake', { notes: `${i}` }), bundle: i % 2 ? again : fresh });
    }
    expect(validatorCompilations() - compilations).toBe(1);
    expect(formEngineStats().preparedForms - prepared).toBe(1);
    validateDraft({ ...input('intake', {}), bundle: fresh });
    expect(validatorCompilations() - compilations).toBe(1);
  });
});

describe('the prepared-form cache', () => {
  it('fails with not_found for a form the bundle lacks, without caching anything', () => {
    const before = formEngineStats().preparedForms;
    expect(() => effectiveForm(input('nope', {}))).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => effectiveForm(input('__proto__', {}))).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
    expect(formEngineStats().preparedForms).toBe(before);
  });

  it('prepares another version of a form separately', () => {
    const before = formEngineStats().preparedForms;
    const changed = formFixtureBundle((files) => {
      (files.get('fx-site/screening.form.json') as { title: object }).title = {
        en: 'Screening v2',
        fr: 'Dépistage v2',
      };
    });
    expect(changed.hash).not.toBe(bundle.hash);
    effectiveForm(input('screening', {}));
    const v2 = effectiveForm({ ...input('screening', {}), bundle: changed });
    expect(v2.schema.title).toBe('Screening v2');
    expect(formEngineStats().preparedForms - before).toBe(2);
    expect(effectiveForm(input('screening', {})).schema.title).toBe('Screening');
  });
});
