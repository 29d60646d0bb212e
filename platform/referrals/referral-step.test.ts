import { describe, expect, it } from 'vitest';
import type { Referral, ReferralStatus } from './referral.js';
import type { ReferralEvent } from './referral-event.js';
import {
  codes,
  create,
  drive,
  effectTypes,
  fixtureBundle,
  referralIn,
  REFERRAL_STATUSES as STATUSES,
} from './referral-test-kit.js';

/** The state machine as specified: each event, the states it may leave, the state it enters. */
const MACHINE: [ReferralEvent, ReferralStatus[], ReferralStatus][] = [
  [{ type: 'send' }, ['draft'], 'requested'],
  [{ type: 'receive' }, ['requested'], 'received'],
  [{ type: 'accept' }, ['requested', 'received'], 'accepted'],
  [{ type: 'decline', reason: 'no_places' }, ['requested', 'received'], 'rejected'],
  [{ type: 'start' }, ['accepted'], 'in_progress'],
  [{ type: 'hold', note: 'Client in hospital' }, ['in_progress'], 'on_hold'],
  [{ type: 'resume' }, ['on_hold'], 'in_progress'],
  [{ type: 'complete' }, ['accepted', 'in_progress'], 'completed'],
  [{ type: 'cancel' }, ['draft', 'requested', 'received', 'accepted', 'in_progress', 'on_hold'], 'cancelled'],
  [{ type: 'fail', reason: 'service_failed' }, ['accepted', 'in_progress', 'on_hold'], 'failed'],
];

const ROWS = MACHINE.flatMap(([event, from, to]) =>
  STATUSES.map((status) => [event.type, status, from.includes(status) ? to : null, event] as const),
);

describe('referral state machine', () => {
  it.each(STATUSES)('the fixture path reaches %s', (status) => {
    expect(referralIn(status).referral?.status).toBe(status);
  });

  it.each(ROWS)('%s from %s → %s', (_, status, to, event) => {
    const d = referralIn(status);
    const before = structuredClone(d.referral) as Referral;
    const result = d.step(event);
    if (to === null) {
      expect(codes(result)).toEqual(['invalid_transition']);
      expect(result.ok ? null : result.blockedBy[0]?.params).toEqual({ from: status, event: event.type });
      expect(d.referral).toEqual(before);
    } else {
      expect(codes(result)).toEqual([]);
      expect(d.referral?.status).toBe(to);
      expect(d.effects[0]).toMatchObject({
        type: 'referral_status_changed',
        from: status,
        to,
        event: event.type,
      });
      expect(d.referral?.history.at(-1)).toMatchObject({ event: event.type, from: status, to });
    }
  });

  it('never changes the referral it was given', () => {
    const d = referralIn('requested');
    const frozen = structuredClone(d.referral) as Referral;
    const given = structuredClone(frozen);
    d.step({ type: 'accept' });
    expect(given).toEqual(frozen);
    expect(d.referral).not.toEqual(frozen);
  });

  it('creates a draft held by the sender, with the full timeline', () => {
    const d = drive();
    const effects = d.must(create('to-employment', { reason: 'training', planStep: 1 }));
    expect(d.referral).toMatchObject({
      status: 'draft',
      responsibility: 'sender',
      reason: 'training',
      planStep: 1,
      sender: { partnerId: 'hub', role: 'case_manager', userId: 'case_manager-1' },
      receiver: { kind: 'partner', partnerId: 'employment', onSystem: true },
    });
    expect(effects).toEqual([
      expect.objectContaining({ type: 'referral_status_changed', from: null, to: 'draft', event: 'create' }),
    ]);
  });

  it('records every date of a full lifecycle and what each step told the runtime', () => {
    const d = referralIn('draft');
    expect(effectTypes(d.must({ type: 'send' }))).toEqual([
      'referral_status_changed',
      'plan_step_status',
      'disclosure',
    ]);
    d.at('2025-03-04T05:00:00.000Z').must({ type: 'receive' });
    expect(effectTypes(d.at('2025-03-05T05:00:00.000Z').must({ type: 'accept' }))).toEqual([
      'referral_status_changed',
      'responsibility_changed',
      'plan_step_status',
    ]);
    d.at('2025-03-06T05:00:00.000Z').must({ type: 'start' });
    d.must({ type: 'hold', note: 'Client ill' });
    d.must({ type: 'resume' });
    d.at('2025-03-20T05:00:00.000Z').must({ type: 'complete', note: 'Placed' });
    expect(d.referral).toMatchObject({
      status: 'completed',
      sentAt: '2025-03-03T04:00:00.000Z',
      receivedAt: '2025-03-04T05:00:00.000Z',
      respondedAt: '2025-03-05T05:00:00.000Z',
      startedAt: '2025-03-06T05:00:00.000Z',
      completedAt: '2025-03-20T05:00:00.000Z',
      responsibility: 'sender',
    });
    expect(d.referral?.history.map((h) => h.to)).toEqual([
      'draft',
      'requested',
      'received',
      'accepted',
      'in_progress',
      'on_hold',
      'in_progress',
      'completed',
    ]);
    expect(d.referral?.history.find((h) => h.to === 'on_hold')?.note).toBe('Client ill');
  });

  it('keeps the first start date across a hold', () => {
    const d = referralIn('in_progress');
    d.must({ type: 'hold' });
    d.at('2025-03-12T05:00:00.000Z').must({ type: 'resume' });
    expect(d.referral?.startedAt).toBe('2025-03-03T04:00:00.000Z');
  });

  it.each([
    ['decline with a reason of the lookup', { type: 'decline', reason: 'not_eligible' }, []],
    ['decline with an unknown reason', { type: 'decline', reason: 'busy' }, ['unknown_reason']],
    ['decline without a reason', { type: 'decline', reason: '' }, ['unknown_reason']],
    ['fail as a no-show', { type: 'fail', reason: 'no_show' }, ['invalid_transition']],
  ] as [string, ReferralEvent, string[]][])('%s', (_, event, expected) => {
    const d = referralIn('received');
    expect(codes(d.step(event))).toEqual(expected);
    if (expected.length === 0) expect(d.referral?.declineReason).toBe('not_eligible');
  });

  it('refuses an unknown failure reason', () => {
    const d = referralIn('accepted');
    const result = d.step({ type: 'fail', reason: 'weather' as 'no_show' });
    expect(codes(result)).toEqual(['unknown_reason']);
    expect(d.step({ type: 'fail', reason: 'no_show' }).ok).toBe(true);
    expect(d.referral).toMatchObject({ status: 'failed', failReason: 'no_show' });
  });

  it('needs the counter-referral to complete when the protocol has one', () => {
    const d = referralIn('in_progress');
    d.data = { ...d.data, referralForms: { 'referral-request': { clientSigned: true } } };
    const result = d.step({ type: 'complete' });
    expect(codes(result)).toEqual(['form_missing:feedback']);
    expect(result.ok ? null : result.blockedBy[0]?.params).toEqual({ form: 'feedback', referral: 'ref-1' });
  });

  it.each([
    ['a second create', create('to-employment', { reason: 'job_search' }), 'already_created'],
    ['an event before create', { type: 'send' } as ReferralEvent, 'no_referral'],
  ])('refuses %s', (_, event, code) => {
    const d = event.type === 'create' ? referralIn('draft') : drive();
    expect(codes(d.step(event))).toEqual([code]);
  });

  it.each([
    ['an unknown protocol', create('to-nowhere'), ['unknown_protocol']],
    [
      'a reason the protocol does not list',
      create('to-employment', { reason: 'housing' }),
      ['unknown_reason'],
    ],
    ['no reason where the protocol lists some', create('to-employment'), ['unknown_reason']],
    [
      'a reason where the protocol lists none',
      create('to-interpreting', { reason: 'x' }),
      ['unknown_reason'],
    ],
    [
      'a service of another route',
      create('to-employment', { reason: 'job_search', service: 'peer-advice' }),
      ['unknown_service:peer-advice'],
    ],
    [
      'a service of no route',
      create('to-ngo', { service: 'closed-workshop' }),
      ['unknown_service:closed-workshop'],
    ],
    ['a plan step without a plan link', create('to-ngo', { planStep: 0 }), ['invalid_plan_step']],
    [
      'a negative plan step',
      create('to-employment', { reason: 'job_search', planStep: -1 }),
      ['invalid_plan_step'],
    ],
    [
      'a service routed to the protocol',
      create('to-employment', { reason: 'job_search', service: 'job-club' }),
      [],
    ],
  ] as [string, ReferralEvent, string[]][])('create with %s', (_, event, expected) => {
    expect(codes(drive().step(event))).toEqual(expected);
  });

  it.each([
    ['inactive', 'closed-workshop'],
    ['gap', 'respite-care'],
  ])('refuses a routed service that is %s', (status, service) => {
    const bundle = fixtureBundle('fx-referrals', (files) => {
      const json = files.get(`fx-referrals/${service}.service.json`) as Record<string, unknown>;
      json.referral = { referral: 'to-employment' };
    });
    const result = drive({ bundle }).step(create('to-employment', { reason: 'job_search', service }));
    expect(codes(result)).toEqual([`service_unavailable:${service}`]);
    expect(result.ok ? null : result.blockedBy[0]?.params).toEqual({ service, status });
  });

  it('takes the protocol’s service as the target of a service protocol', () => {
    const d = drive();
    d.must(create('to-ngo'));
    expect(d.referral).toMatchObject({
      serviceId: 'peer-advice',
      receiver: { kind: 'partner', partnerId: 'ngo' },
    });
  });

  it('refuses a referral whose protocol left the site', () => {
    const d = referralIn('draft');
    const gone = { ...(d.referral as Referral), protocolId: 'retired' };
    d.referral = gone;
    expect(codes(d.step({ type: 'send' }))).toEqual(['unknown_protocol']);
  });
});
