import { describe, expect, it } from 'vitest';
import type { ReferralActor } from './referral-context.js';
import type { ReferralEffect } from './referral-effect.js';
import type { ReferralEvent } from './referral-event.js';
import { actor, codes, create, current, drive, fxReferrals, referralIn } from './referral-test-kit.js';

const ngoAdvisor: ReferralActor = actor(fxReferrals(), 'ngo', 'ngo_advisor');

const changes = (effects: readonly ReferralEffect[]) =>
  effects.flatMap((e) => (e.type === 'responsibility_changed' ? [`${e.from}→${e.to}`] : []));

const planStatuses = (effects: readonly ReferralEffect[]) =>
  effects.flatMap((e) => (e.type === 'plan_step_status' ? [e.status] : []));

/** Runs `events` on a fresh referral and collects the effects of each step. */
function run(protocol: string, events: ReferralEvent[], receiver?: ReferralActor) {
  const d = drive(receiver === undefined ? {} : { receiver });
  const reason = { 'to-employment': 'job_search', 'to-commission': 'first_assessment' }[protocol] ?? null;
  d.must(create(protocol, { reason, planStep: protocol === 'to-ngo' ? null : 2 }));
  return { d, steps: events.map((event) => d.must(event)) };
}

describe('the sender’s responsibility (seed 3.5.8)', () => {
  it.each([
    [
      'kept until accepted, then shared, back to the sender when the service ends',
      'to-employment',
      undefined,
      [
        [{ type: 'send' }, []],
        [{ type: 'accept' }, ['sender→shared']],
        [{ type: 'start' }, []],
        [{ type: 'complete' }, ['shared→sender']],
      ],
    ],
    [
      'shared, back to the sender when the service fails',
      'to-employment',
      undefined,
      [
        [{ type: 'send' }, []],
        [{ type: 'accept' }, ['sender→shared']],
        [{ type: 'fail', reason: 'no_show' }, ['shared→sender']],
      ],
    ],
    [
      'not changed by a decline',
      'to-employment',
      undefined,
      [
        [{ type: 'send' }, []],
        [{ type: 'decline', reason: 'no_places' }, []],
      ],
    ],
    [
      'transferred to the receiver on acceptance, and kept there',
      'to-ngo',
      ngoAdvisor,
      [
        [{ type: 'send' }, []],
        [{ type: 'accept' }, ['sender→receiver']],
        [{ type: 'start' }, []],
        [{ type: 'complete' }, []],
      ],
    ],
    [
      'always kept by the sender',
      'to-commission',
      undefined,
      [
        [{ type: 'send' }, []],
        [{ type: 'record_answer', answer: 'accepted' }, []],
        [{ type: 'record_answer', answer: 'completed' }, []],
      ],
    ],
  ] as [string, string, ReferralActor | undefined, [ReferralEvent, string[]][]][])(
    '%s',
    (_, protocol, receiver, steps) => {
      const { steps: effects } = run(
        protocol,
        steps.map(([event]) => event),
        receiver,
      );
      expect(effects.map(changes)).toEqual(steps.map(([, expected]) => expected));
    },
  );

  it('tells the runtime which mode applied', () => {
    const { steps } = run('to-ngo', [{ type: 'send' }, { type: 'accept' }], ngoAdvisor);
    expect(steps[1]?.find((e) => e.type === 'responsibility_changed')).toEqual({
      type: 'responsibility_changed',
      referralId: 'ref-1',
      mode: 'transferred_on_accept',
      from: 'sender',
      to: 'receiver',
      at: '2025-03-03T04:00:00.000Z',
    });
  });

  it('a transferred case cannot be called back by the former sender', () => {
    const { d } = run('to-ngo', [{ type: 'send' }, { type: 'accept' }], ngoAdvisor);
    expect(codes(d.step({ type: 'cancel' }))).toEqual(['responsibility_transferred']);
    expect(d.step({ type: 'fail', reason: 'service_failed' }).ok).toBe(true);
  });

  it('a shared responsibility returns to the sender when it cancels', () => {
    const d = referralIn('in_progress');
    expect(changes(d.must({ type: 'cancel', note: 'Client moved' }))).toEqual(['shared→sender']);
    expect(current(d)).toMatchObject({ responsibility: 'sender', closedAt: '2025-03-03T04:00:00.000Z' });
  });
});

describe('the linked action-plan step follows the referral (planLink.statusOn)', () => {
  it.each([
    [
      'to-employment: sent, accepted, completed',
      'to-employment',
      [{ type: 'send' }, { type: 'receive' }, { type: 'accept' }, { type: 'start' }, { type: 'complete' }],
      [['referred'], [], ['started'], [], ['completed']],
    ],
    [
      'to-employment: declined',
      'to-employment',
      [{ type: 'send' }, { type: 'decline', reason: 'no_places' }],
      [['referred'], ['dropped']],
    ],
    [
      'to-employment: failed',
      'to-employment',
      [{ type: 'send' }, { type: 'accept' }, { type: 'fail', reason: 'no_show' }],
      [['referred'], ['started'], ['dropped']],
    ],
    [
      'to-employment: cancelled (no status mapped)',
      'to-employment',
      [{ type: 'send' }, { type: 'cancel' }],
      [['referred'], []],
    ],
    [
      'to-commission maps only requested and completed',
      'to-commission',
      [{ type: 'send' }, { type: 'record_answer', answer: 'completed' }],
      [['referred'], ['completed']],
    ],
  ] as [string, string, ReferralEvent[], string[][]][])('%s', (_, protocol, events, expected) => {
    const { steps } = run(protocol, events);
    expect(steps.map(planStatuses)).toEqual(expected);
  });

  it('names the plan form, its repeat group, the status field and the step', () => {
    const { steps } = run('to-employment', [{ type: 'send' }]);
    expect(steps[0]?.find((e) => e.type === 'plan_step_status')).toEqual({
      type: 'plan_step_status',
      referralId: 'ref-1',
      form: 'plan',
      items: 'steps',
      statusField: 'status',
      step: 2,
      status: 'referred',
      at: '2025-03-03T04:00:00.000Z',
    });
  });

  it('leaves the plan alone for a referral not linked to a step', () => {
    const d = drive();
    d.must(create('to-employment', { reason: 'job_search' }));
    expect(d.must({ type: 'send' }).map((e) => e.type)).not.toContain('plan_step_status');
  });
});
