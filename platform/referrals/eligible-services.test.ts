import { describe, expect, it } from 'vitest';
import { bundleEvaluator } from './eligibility.js';
import { eligibleServices } from './eligible-services.js';
import { CASE_FACTS, fixtureBundle, fxReferrals } from './referral-test-kit.js';

const bundle = fxReferrals();
const evaluator = bundleEvaluator(bundle);
const minor = { ...CASE_FACTS, person: { ...CASE_FACTS.person, birthDate: '2010-01-01' } };
const summary = (facts: unknown) =>
  eligibleServices(bundle, facts, evaluator).map((s) => [s.service, s.eligible, s.referral, s.status]);

describe('screening lists the services the client is eligible for, with reasons', () => {
  it.each([
    [
      'an adult in group II who speaks Russian',
      CASE_FACTS,
      [
        ['interpreting', true, 'to-interpreting', 'active'],
        ['job-club', true, 'to-employment', 'active'],
        ['peer-advice', true, 'to-ngo', 'active'],
        ['vocational-course', true, 'to-employment', 'active'],
        ['respite-care', true, null, 'gap'],
      ],
    ],
    [
      'a minor',
      minor,
      [
        ['interpreting', true, 'to-interpreting', 'active'],
        ['respite-care', true, null, 'gap'],
        ['job-club', false, 'to-employment', 'active'],
        ['peer-advice', false, 'to-ngo', 'active'],
        ['vocational-course', false, 'to-employment', 'active'],
      ],
    ],
    [
      'an adult without a group who speaks English',
      { ...CASE_FACTS, person: { ...CASE_FACTS.person, language: 'en' }, forms: { assessment: {} } },
      [
        ['interpreting', true, 'to-interpreting', 'active'],
        ['peer-advice', true, 'to-ngo', 'active'],
        ['job-club', false, 'to-employment', 'active'],
        ['vocational-course', false, 'to-employment', 'active'],
        ['respite-care', false, null, 'gap'],
      ],
    ],
  ])('%s', (_, facts, expected) => {
    expect(summary(facts)).toEqual(expected);
  });

  it('leaves inactive services out', () => {
    expect(summary(CASE_FACTS).map(([id]) => id)).not.toContain('closed-workshop');
  });

  it('explains with the service’s condition, then its protocol’s, in the locale', () => {
    const jobClub = eligibleServices(bundle, minor, evaluator, 'ru').find((s) => s.service === 'job-club');
    expect(jobClub?.explanation).toEqual([
      { text: 'Предпочитаемый язык "ru" = "ru" — выполнено', passed: true, depth: 0 },
      { text: 'все следующие условия — не выполнено', passed: false, depth: 0 },
      { text: 'правило «adult» — не выполнено', passed: false, depth: 1 },
      { text: 'возраст 15 ≥ Минимальный возраст 18 — не выполнено', passed: false, depth: 2 },
      { text: 'rule("has-group") — не проверялось', depth: 1 },
    ]);
  });

  it('evaluates a rule named by both the service and its protocol once (fx-site job club)', () => {
    const fx = fixtureBundle('fx-site');
    const facts = {
      person: { birthDate: '1990-05-01' },
      forms: { screening: { disabilityGroup: 'I' } },
      settings: { min_age: 18 },
      today: '2025-03-03',
    };
    const [jobClub] = eligibleServices(fx, facts, bundleEvaluator(fx), 'fr');
    expect(jobClub).toMatchObject({ service: 'job-club', eligible: true, referral: 'to-employment' });
    expect(jobClub?.explanation.filter((l) => l.depth === 0)).toHaveLength(1);
  });

  it('counts a condition that cannot be evaluated as not met, and says why', () => {
    const broken = {
      ...evaluator,
      explain: () => ({ value: true, trace: { op: 'x', value: true, args: [] } }),
    };
    expect(eligibleServices(bundle, CASE_FACTS, broken).every((s) => s.eligible)).toBe(true);
    const failing = {
      ...evaluator,
      explain: () => {
        throw new Error('The rule cannot be evaluated on these facts.');
      },
    };
    const [first] = eligibleServices(bundle, CASE_FACTS, failing).filter((s) => s.service === 'peer-advice');
    expect(first).toMatchObject({ eligible: false, error: 'The rule cannot be evaluated on these facts.' });
  });
});
