import { describe, expect, it } from 'vitest';
import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import type { Referral } from './referral.js';
import { referralLetter } from './referral-letter.js';
import { CASE_DATA, create, current, drive, fxReferrals } from './referral-test-kit.js';
import { sharedView } from './shared-view.js';

const bundle = fxReferrals();
const commission = bundle.referrals['to-commission'] as ReferralDefinition;

function sent(protocol: string, extra: Parameters<typeof create>[1] = {}): Referral {
  const d = drive();
  d.must(create(protocol, extra));
  d.must({ type: 'send' });
  return current(d);
}

describe('the referral letter', () => {
  const referral = sent('to-commission', { reason: 'first_assessment' });
  const shared = sharedView(bundle, commission, CASE_DATA);

  it('fills the protocol’s letter and appends exactly the shared fields', () => {
    expect(referralLetter(bundle, commission, referral, shared, 'en')).toEqual({
      locale: 'en',
      title: 'Referral to the Disability Commission',
      body: 'Hub agency refers Aziza Karimova to the Disability Commission: First assessment. Please answer by 17 March 2025.',
      lines: [
        { form: 'registration', label: 'First name', value: 'Aziza', depth: 0 },
        { form: 'registration', label: 'Last name', value: 'Karimova', depth: 0 },
        { form: 'registration', label: 'Date of birth', value: '1 May 1990', depth: 0 },
        { form: 'registration', label: 'National id', value: '12345678', depth: 0 },
        { form: 'assessment', label: 'Commission decision', value: '', depth: 0 },
        { form: 'assessment', label: 'Group per decision', value: 'II', depth: 1 },
        { form: 'assessment', label: 'Decision', value: 'employable', depth: 1 },
        { form: 'assessment', label: 'Household members', value: '', depth: 0 },
        { form: 'assessment', label: 'Household members 1', value: '', depth: 1 },
        { form: 'assessment', label: 'Name', value: 'Ali', depth: 2 },
        { form: 'assessment', label: 'Household members 2', value: '', depth: 1 },
        { form: 'assessment', label: 'Name', value: 'Vali', depth: 2 },
      ],
    });
  });

  it('is in the client’s language when none is asked for', () => {
    const withLanguage: ReferralDefinition = {
      ...commission,
      shared: [{ form: 'registration', fields: ['firstName', 'lastName', 'language'] }],
    };
    const letter = referralLetter(
      bundle,
      withLanguage,
      referral,
      sharedView(bundle, withLanguage, CASE_DATA),
    );
    expect(letter.locale).toBe('ru');
    expect(letter.body).toBe(
      'Центр направляет Aziza Karimova в Комиссия по инвалидности: Первичное освидетельствование. Просим ответить до 17 марта 2025 г.',
    );
    expect(letter.lines.map((l) => l.value)).toEqual(['Aziza', 'Karimova', 'Русский']);
  });

  it('falls back to the site default without the client’s language', () => {
    expect(referralLetter(bundle, commission, referral, shared).locale).toBe('en');
  });

  it('leaves blanks for what is not shared or not known yet', () => {
    const draft = { ...referral, responseDue: null, reason: null };
    const letter = referralLetter(bundle, commission, draft, { fields: [], data: {} }, 'en');
    expect(letter.body).toBe(
      'Hub agency refers __________ to the Disability Commission: __________. Please answer by __________.',
    );
    expect(letter.lines).toEqual([]);
  });

  it('uses the standard letter, naming the service, when the protocol has none', () => {
    const employment = bundle.referrals['to-employment'] as ReferralDefinition;
    const toJobClub = sent('to-employment', { reason: 'training', service: 'job-club' });
    const letter = referralLetter(
      bundle,
      employment,
      toJobClub,
      sharedView(bundle, employment, CASE_DATA),
      'ru',
    );
    expect(letter.title).toBe('Направление');
    expect(letter.body).toBe(
      'Центр направляет клиента Aziza Karimova. Получатель: Служба занятости (Клуб поиска работы). Причина: Профобучение. Просим ответить до 10 марта 2025 г.',
    );
    expect(letter.lines.some((l) => l.value === 'private notes' || l.value === 'F20')).toBe(false);
  });
});
