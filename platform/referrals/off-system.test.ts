import { describe, expect, it } from 'vitest';
import type { ReferralStatus } from './referral.js';
import type { ReferralEffect } from './referral-effect.js';
import type { ReferralEvent } from './referral-event.js';
import { CASE_DATA, codes, create, current, drive, PERSON, REFERRAL_FORMS } from './referral-test-kit.js';

function sentToCommission(person = PERSON) {
  const d = drive();
  d.data = { ...d.data, caseData: { ...CASE_DATA, person } };
  d.must(create('to-commission', { reason: 'first_assessment', planStep: 0 }));
  return { d, effects: d.must({ type: 'send' }) };
}

const letterOf = (effects: readonly ReferralEffect[]) => effects.find((e) => e.type === 'letter');

describe('a receiver not on the system gets a printed letter', () => {
  it('is produced on sending, in the client’s language', () => {
    const { effects } = sentToCommission();
    expect(effects.map((e) => e.type)).toEqual([
      'referral_status_changed',
      'plan_step_status',
      'disclosure',
      'letter',
    ]);
    const letter = letterOf(effects);
    expect(letter).toMatchObject({ type: 'letter', referralId: 'ref-1', locale: 'ru' });
    expect(letter?.type === 'letter' ? letter.letter.title : null).toBe(
      'Направление в комиссию по инвалидности',
    );
    expect(letter?.type === 'letter' ? letter.letter.body : null).toBe(
      'Центр направляет Aziza Karimova в Комиссия по инвалидности: Первичное освидетельствование. Просим ответить до 17 марта 2025 г.',
    );
  });

  it('falls back to the site’s default language', () => {
    const { effects } = sentToCommission({ ...PERSON, language: 'other' });
    const letter = letterOf(effects);
    expect(letter?.type === 'letter' ? [letter.locale, letter.letter.body] : null).toEqual([
      'en',
      'Hub agency refers Aziza Karimova to the Disability Commission: First assessment. Please answer by 17 March 2025.',
    ]);
  });

  it('is not produced for a receiver on the system', () => {
    const d = drive();
    d.must(create('to-employment', { reason: 'job_search' }));
    expect(letterOf(d.must({ type: 'send' }))).toBeUndefined();
  });

  it('reaches an organisation outside the partnership, under a consent naming its service', () => {
    const d = drive();
    d.must(create('to-interpreting'));
    const effects = d.must({ type: 'send' });
    expect(current(d).receiver).toEqual({ kind: 'organization', serviceId: 'interpreting', onSystem: false });
    const disclosure = effects.find((e) => e.type === 'disclosure');
    expect(disclosure?.type === 'disclosure' ? disclosure.entry.recipientPartner : null).toBe(
      'service:interpreting',
    );
    const letter = letterOf(effects);
    expect(letter?.type === 'letter' ? letter.letter.title : null).toBe('Направление');
    expect(letter?.type === 'letter' ? letter.letter.body : null).toContain('Получатель: Общество глухих.');
  });
});

/** Answers the sender records for the commission, from each state. */
const ANSWERS: [string, ReferralStatus, ReferralEvent, string[], ReferralStatus[]][] = [
  ['accepted', 'requested', { type: 'record_answer', answer: 'accepted' }, [], ['accepted']],
  [
    'declined with a reason',
    'requested',
    { type: 'record_answer', answer: 'declined', reason: 'Documents missing' },
    [],
    ['rejected'],
  ],
  [
    'declined without a reason',
    'requested',
    { type: 'record_answer', answer: 'declined' },
    ['unknown_reason'],
    [],
  ],
  [
    'completed right away (acceptance implied)',
    'requested',
    { type: 'record_answer', answer: 'completed' },
    [],
    ['accepted', 'completed'],
  ],
  [
    'completed after acceptance',
    'accepted',
    { type: 'record_answer', answer: 'completed' },
    [],
    ['completed'],
  ],
  [
    'failed after acceptance',
    'accepted',
    { type: 'record_answer', answer: 'failed', reason: 'no_show' },
    [],
    ['failed'],
  ],
  [
    'failed before acceptance',
    'requested',
    { type: 'record_answer', answer: 'failed', reason: 'no_show' },
    ['invalid_transition'],
    [],
  ],
  [
    'failed without a known reason',
    'accepted',
    { type: 'record_answer', answer: 'failed', reason: 'rain' },
    ['unknown_reason'],
    [],
  ],
  ['accepted twice', 'accepted', { type: 'record_answer', answer: 'accepted' }, ['invalid_transition'], []],
  [
    'anything once completed',
    'completed',
    { type: 'record_answer', answer: 'declined', reason: 'x' },
    ['invalid_transition'],
    [],
  ],
];

describe('the sender records the answers of a receiver not on the system', () => {
  it.each(ANSWERS)('%s', (_, from, event, expected, passed) => {
    const { d } = sentToCommission();
    if (from !== 'requested')
      d.must({ type: 'record_answer', answer: from === 'accepted' ? 'accepted' : 'completed' });
    const result = d.step(event);
    expect(codes(result)).toEqual(expected);
    if (result.ok)
      expect(result.effects.flatMap((e) => (e.type === 'referral_status_changed' ? [e.to] : []))).toEqual(
        passed,
      );
  });

  it('dates the answer when the receiver gave it, and marks it as recorded on its behalf', () => {
    const { d } = sentToCommission();
    d.at('2025-03-12T05:00:00.000Z');
    const effects = d.must({
      type: 'record_answer',
      answer: 'accepted',
      answeredAt: '2025-03-07T06:00:00.000Z',
      note: 'Phoned',
    });
    expect(effects[0]).toMatchObject({
      type: 'referral_status_changed',
      event: 'record_answer',
      to: 'accepted',
      onBehalfOfReceiver: true,
      by: { partnerId: 'hub', role: 'case_manager', userId: 'case_manager-1' },
      at: '2025-03-07T06:00:00.000Z',
    });
    expect(current(d)).toMatchObject({
      respondedAt: '2025-03-07T06:00:00.000Z',
      completionDue: { dueDate: '2025-04-06' },
    });
    expect(current(d).history.at(-1)).toMatchObject({ note: 'Phoned', onBehalfOfReceiver: true });
  });

  it.each([
    ['before the referral was sent', '2025-03-02T06:00:00.000Z'],
    ['in the future', '2025-03-04T06:00:00.000Z'],
    ['not a date', 'yesterday'],
  ])('refuses an answer dated %s', (_, answeredAt) => {
    const { d } = sentToCommission();
    expect(codes(d.step({ type: 'record_answer', answer: 'accepted', answeredAt }))).toEqual([
      'invalid_date',
    ]);
  });

  it('needs the counter-referral to record a completion', () => {
    const { d } = sentToCommission();
    d.data = { ...d.data, referralForms: { 'commission-request': REFERRAL_FORMS['commission-request'] } };
    expect(codes(d.step({ type: 'record_answer', answer: 'completed' }))).toEqual(['form_missing:feedback']);
  });

  it('is for the sending agency only', () => {
    const { d } = sentToCommission();
    const receiver = {
      userId: 'x',
      partnerId: 'commission',
      roleId: 'counsellor',
      permissions: new Set(['referral.respond' as const]),
    };
    expect(codes(d.step({ type: 'record_answer', answer: 'accepted' }, receiver))).toEqual([
      'role_not_allowed',
      'wrong_agency',
    ]);
  });
});
