import { describe, expect, it } from 'vitest';
import type { DisclosureEntry } from './disclosure.js';
import { DISCLOSURE_PHRASES } from './disclosure-phrases.js';
import { disclosureReport } from './disclosure-report.js';
import { CONSENTS, consent, create, drive, fixtureBundle, fxReferrals } from './referral-test-kit.js';

const bundle = fxReferrals();

const sent: DisclosureEntry = {
  at: '2025-03-03T04:00:00.000Z',
  personId: 'person-1',
  recipientPartner: 'employment',
  purpose: 'share-employment',
  consentId: 'consent-share-employment',
  fields: [
    'registration/firstName',
    'registration/lastName',
    'registration/birthDate',
    'assessment/disabilityGroup',
  ],
  reason: 'referral',
  referralId: 'ref-1',
};
const seen: DisclosureEntry = {
  ...sent,
  at: '2025-03-05T06:30:00.000Z',
  recipientUser: 'u-7',
  fields: ['assessment/skills', 'assessment/da'],
  reason: 'access',
};
const emergency: DisclosureEntry = {
  ...sent,
  at: '2025-03-04T23:00:00.000Z',
  recipientPartner: 'commission',
  purpose: null,
  consentId: null,
  fields: ['registration/nationalId'],
  reason: 'break_glass',
};

const texts = (locale: string, entries: DisclosureEntry[], userNames = { 'u-7': 'Ali Valiev' }) =>
  disclosureReport(entries, locale, bundle, { consents: CONSENTS, userNames }).map((l) => l.text);

describe('the disclosure report the client is shown', () => {
  it('reads in English, oldest first, dated in the site’s zone', () => {
    expect(texts('en', [seen, sent, emergency])).toEqual([
      'On 3 March 2025 Employment Service received your name, date of birth and disability group, under your consent of 1 March 2025 for “Referral to employment”.',
      'On 5 March 2025 a staff member at Disability Commission saw your national id in an emergency, without your consent.',
      'On 5 March 2025 Ali Valiev at Employment Service saw your skills and commission decision, under your consent of 1 March 2025 for “Referral to employment”.',
    ]);
  });

  it('reads in Russian', () => {
    expect(texts('ru', [sent, seen])).toEqual([
      '3 марта 2025 г. — ваши данные переданы получателю «Служба занятости»: имя, дата рождения и группа инвалидности. Основание: ваше согласие от 1 марта 2025 г. на «Направление в службу занятости».',
      '5 марта 2025 г. — ваши данные просмотрены (Ali Valiev, Служба занятости): навыки и решение комиссии. Основание: ваше согласие от 1 марта 2025 г. на «Направление в службу занятости».',
    ]);
  });

  it('reads in French on a site that works in French (fx-site)', () => {
    const fx = fixtureBundle('fx-site');
    const entry: DisclosureEntry = {
      ...sent,
      purpose: 'employment-referral',
      consentId: 'c-fr',
      fields: ['registration/firstName', 'registration/birthDate', 'screening/disabilityGroup'],
    };
    const consents = [consent('employment-referral', ['employment'], { id: 'c-fr' })];
    expect(disclosureReport([entry], 'fr', fx, { consents }).map((l) => l.text)).toEqual([
      "Le 3 mars 2025, Service de l'emploi a reçu vos données : prénom, date de naissance et groupe d'invalidité, en vertu de votre consentement du 1 mars 2025 pour « Orientation vers l'emploi ».",
    ]);
  });

  it('names the purpose without a date when the consent record is not at hand', () => {
    const [line] = disclosureReport([sent], 'en', bundle);
    expect(line?.text).toBe(
      'On 3 March 2025 Employment Service received your name, date of birth and disability group, under your consent for “Referral to employment”.',
    );
  });

  it('leaves out disclosures that contained no data', () => {
    expect(texts('en', [{ ...sent, fields: [] }])).toEqual([]);
  });

  it.each(Object.keys(DISCLOSURE_PHRASES))('has every phrase in %s', (locale) => {
    const [line] = disclosureReport([sent], locale, bundle, { consents: CONSENTS });
    expect(line?.text).toMatch(/name|nom|имя|ism|име|ime/);
    expect(line?.text).not.toMatch(/\{\w+\}/);
  });

  it('reports what a real referral disclosed', () => {
    const d = drive();
    d.must(create('to-commission', { reason: 'first_assessment' }));
    const effect = d.must({ type: 'send' }).find((e) => e.type === 'disclosure');
    const entry = effect?.type === 'disclosure' ? effect.entry : undefined;
    expect(entry?.fields).toEqual([
      'registration/firstName',
      'registration/lastName',
      'registration/birthDate',
      'registration/nationalId',
      'assessment/da.group',
      'assessment/da.decision',
      'assessment/members[].name',
    ]);
    expect(texts('en', entry ? [entry] : [])).toEqual([
      'On 3 March 2025 Disability Commission received your name, date of birth, national id, commission decision (group per decision), commission decision (decision) and household members (name), under your consent of 1 March 2025 for “Disability assessment”.',
    ]);
  });
});
