import { describe, expect, it } from 'vitest';
import { manualClock } from '../kernel/clock.js';
import type { Evaluator } from '../rules/index.js';
import type { ConsentRecord } from './consent.js';
import { receiverAccess } from './receiver-access.js';
import { withdrawConsent } from './record-consent.js';
import {
  CASE_DATA,
  CASE_FACTS,
  CONSENTS,
  codes,
  consent,
  create,
  drive,
  REFERRAL_FORMS,
  referralIn,
} from './referral-test-kit.js';

const employment = (extra: Partial<ConsentRecord> = {}) => consent('share-employment', ['employment'], extra);

/** Consents of the client at the time of sending (Monday 3 March 2025, 09:00 in Tashkent). */
const CONSENT_CASES: [string, ConsentRecord[], string[]][] = [
  ['a written consent covering the receiver', [employment()], []],
  ['no consent at all', [], ['consent_missing']],
  ['consent for another purpose', [consent('share-ngo', ['employment'])], ['consent_missing']],
  ['consent not covering the receiver', [employment({ recipients: ['ngo'] })], ['consent_missing']],
  ['consent of another person', [employment({ personId: 'person-2' })], ['consent_missing']],
  ['consent given only later', [employment({ givenAt: '2025-03-04T05:00:00.000Z' })], ['consent_missing']],
  ['verbal consent where written is required', [employment({ mode: 'verbal' })], ['consent_missing']],
  ['consent that expired', [employment({ expiresAt: '2025-03-02T18:59:59.999Z' })], ['consent_expired']],
  [
    'consent withdrawn',
    [employment({ withdrawnAt: '2025-03-02T05:00:00.000Z', withdrawnBy: 'client' })],
    ['consent_withdrawn'],
  ],
  [
    'consent withdrawal recorded for later',
    [employment({ withdrawnAt: '2025-03-05T05:00:00.000Z', withdrawnBy: 'client' })],
    [],
  ],
  [
    'a new consent after a withdrawal',
    [
      employment({
        id: 'c-old',
        withdrawnAt: '2025-02-20T05:00:00.000Z',
        withdrawnBy: 'client',
        givenAt: '2025-02-01T05:00:00.000Z',
      }),
      employment({ id: 'c-new' }),
    ],
    [],
  ],
  [
    'an older consent does not revive a withdrawn newer one',
    [
      employment({ id: 'c-old', givenAt: '2025-02-01T05:00:00.000Z' }),
      employment({ id: 'c-new', withdrawnAt: '2025-03-02T05:00:00.000Z', withdrawnBy: 'parent_or_guardian' }),
    ],
    ['consent_withdrawn'],
  ],
];

describe('sending needs active consent', () => {
  it.each(CONSENT_CASES)('%s', (_, consents, expected) => {
    const d = referralIn('draft');
    d.data = { ...d.data, consents };
    expect(codes(d.step({ type: 'send' }))).toEqual(expected);
  });

  it('names the purpose, the recipient and the record', () => {
    const d = referralIn('draft');
    d.data = { ...d.data, consents: [employment({ expiresAt: '2025-03-02T18:59:59.999Z' })] };
    const result = d.step({ type: 'send' });
    expect(result.ok ? null : result.blockedBy[0]?.params).toEqual({
      purpose: 'share-employment',
      recipient: 'employment',
      consent: 'consent-share-employment',
      expiresAt: '2025-03-02T18:59:59.999Z',
      withdrawnAt: null,
    });
  });

  it('records the consent the data went under', () => {
    const d = referralIn('requested');
    expect(d.referral?.consentId).toBe('consent-share-employment');
  });
});

describe('a withdrawal while the referral runs', () => {
  function withdrawnAfterSending() {
    const d = referralIn('requested');
    const clock = manualClock('2025-03-04T05:00:00.000Z');
    const withdrawn = withdrawConsent(CONSENTS[0] as ConsentRecord, { by: 'client' }, clock);
    if (!withdrawn.ok) throw new Error('cannot withdraw');
    d.data = { ...d.data, consents: [withdrawn.record, ...CONSENTS.slice(1)] };
    return d.at('2025-03-05T05:00:00.000Z');
  }

  it('lets the referral already sent continue to its end', () => {
    const d = withdrawnAfterSending();
    for (const type of ['accept', 'start', 'complete'] as const) expect(d.step({ type }).ok).toBe(true);
    expect(d.referral?.status).toBe('completed');
  });

  it('refuses a new referral under the withdrawn consent', () => {
    const d = withdrawnAfterSending();
    const again = drive({ start: '2025-03-05T05:00:00.000Z', data: d.data });
    again.must(create('to-employment', { id: 'ref-2', reason: 'training' }));
    expect(codes(again.step({ type: 'send' }))).toEqual(['consent_withdrawn']);
  });

  it('stops any new disclosure to the receiver at once', () => {
    const d = withdrawnAfterSending();
    const referral = d.referral;
    if (referral === null) throw new Error('no referral');
    const before = receiverAccess(d.bundle, referral, CASE_DATA, CONSENTS, {
      at: '2025-03-04T04:00:00.000Z',
    });
    expect(before.ok).toBe(true);
    const after = receiverAccess(d.bundle, referral, CASE_DATA, d.data.consents ?? [], {
      at: d.clock.now().toISOString(),
    });
    expect(after.ok ? [] : after.blockedBy.map((b) => b.code)).toEqual(['consent_withdrawn']);
  });
});

describe('sending needs the receiver’s eligibility', () => {
  const minor = { ...CASE_FACTS, person: { ...CASE_FACTS.person, birthDate: '2010-01-01' } };

  it('refuses with the rules engine’s explanation in the caller’s locale', () => {
    const d = referralIn('draft');
    d.data = { ...d.data, caseFacts: minor, locale: 'ru' };
    const result = d.step({ type: 'send' });
    expect(codes(result)).toEqual(['not_eligible']);
    const refusal = result.ok ? undefined : result.blockedBy[0];
    expect(refusal?.params).toEqual({ protocol: 'to-employment' });
    expect(refusal?.trace).toMatchObject({ op: 'and', passed: false });
    expect(refusal?.explanation).toContainEqual({
      text: 'возраст 15 ≥ Минимальный возраст 18 — не выполнено',
      passed: false,
      depth: 2,
    });
  });

  it('explains with the field titles of the site', () => {
    const d = referralIn('draft');
    d.data = { ...d.data, caseFacts: { ...CASE_FACTS, forms: { assessment: { disabilityGroup: 'IV' } } } };
    const result = d.step({ type: 'send' });
    const lines = result.ok ? [] : (result.blockedBy[0]?.explanation ?? []).map((l) => l.text);
    expect(lines).toContain('Disability group "IV" is one of ["I", "II", "III"] — failed');
  });

  it('checks the directory service’s own condition too', () => {
    const d = drive();
    d.must(create('to-ngo'));
    d.data = { ...d.data, caseFacts: minor };
    const result = d.step({ type: 'send' });
    expect(result.ok ? null : result.blockedBy.map((b) => [b.code, b.params])).toEqual([
      ['not_eligible', { service: 'peer-advice' }],
    ]);
  });

  it('counts a condition that cannot be evaluated as not met', () => {
    const broken: Evaluator = {
      evaluate: () => true,
      compile: () => () => true,
      explain: () => {
        throw new Error('rule exceeded the evaluation limits');
      },
    };
    const d = referralIn('draft');
    d.data = { ...d.data, evaluator: broken };
    const result = d.step({ type: 'send' });
    expect(result.ok ? null : result.blockedBy[0]?.params).toEqual({
      protocol: 'to-employment',
      error: 'rule exceeded the evaluation limits',
    });
  });

  it('sends without facts only when the protocol has no condition', () => {
    const d = drive();
    d.data = { ...d.data, caseFacts: undefined };
    d.must(create('to-commission', { reason: 'first_assessment' }));
    expect(d.step({ type: 'send' }).ok).toBe(true);
    const e = referralIn('draft');
    e.data = { ...e.data, caseFacts: undefined };
    expect(codes(e.step({ type: 'send' }))).toEqual(['not_eligible']);
  });
});

describe('sending needs the referral form, read and signed by the client', () => {
  it.each([
    ['submitted and signed', REFERRAL_FORMS, []],
    ['not submitted', {}, ['form_missing:referral-request']],
    ['submitted, not signed', { 'referral-request': { details: 'x', clientSigned: false } }, ['not_signed']],
    ['submitted, signature not ticked', { 'referral-request': { details: 'x' } }, ['not_signed']],
  ])('to-employment: %s', (_, referralForms, expected) => {
    const d = referralIn('draft');
    d.data = { ...d.data, referralForms };
    const result = d.step({ type: 'send' });
    expect(codes(result)).toEqual(expected);
    if (expected[0] === 'not_signed')
      expect(result.ok ? null : result.blockedBy[0]?.params).toEqual({
        form: 'referral-request',
        fields: ['clientSigned'],
      });
  });

  it.each([
    ['a signature', { question: 'q', clientSignature: 'data:image/png;base64,AAAA' }, []],
    ['an empty signature pad', { question: 'q', clientSignature: ' ' }, ['not_signed']],
    ['no signature', { question: 'q' }, ['not_signed']],
  ])('to-commission (signature widget): %s', (_, form, expected) => {
    const d = drive();
    d.must(create('to-commission', { reason: 'first_assessment' }));
    d.data = { ...d.data, referralForms: { 'commission-request': form } };
    expect(codes(d.step({ type: 'send' }))).toEqual(expected);
  });

  it('reports every missing condition at once', () => {
    const d = referralIn('draft');
    d.data = { consents: [], caseFacts: {}, caseData: CASE_DATA, referralForms: {} };
    expect(codes(d.step({ type: 'send' }))).toEqual([
      'consent_missing',
      'not_eligible',
      'form_missing:referral-request',
    ]);
  });

  it('needs no form when the protocol has none', () => {
    const d = drive();
    d.must(create('to-ngo'));
    d.data = { ...d.data, referralForms: {} };
    expect(d.step({ type: 'send' }).ok).toBe(true);
  });
});
