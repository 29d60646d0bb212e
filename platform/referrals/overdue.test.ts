import { describe, expect, it } from 'vitest';
import { referralWakeUp } from './overdue.js';
import type { ReferralTask } from './referral-effect.js';
import { codes, create, current, drive, effectTypes, referralIn } from './referral-test-kit.js';

const tasksOf = (effects: readonly { type: string }[]): ReferralTask[] =>
  effects.flatMap((e) => ('task' in e && e.type === 'task' ? [e.task as ReferralTask] : []));

describe('response deadlines in working days of the site (Asia/Tashkent, Sat–Sun off)', () => {
  it.each([
    ['Monday → 5 working days later', 'to-employment', '2025-03-03T04:00:00.000Z', '2025-03-10'],
    ['Friday → over the weekend', 'to-employment', '2025-03-07T04:00:00.000Z', '2025-03-14'],
    [
      'Friday → over the weekend and the Navruz holiday',
      'to-employment',
      '2025-03-14T04:00:00.000Z',
      '2025-03-24',
    ],
    ['on a Saturday that is also Women’s Day', 'to-employment', '2025-03-08T04:00:00.000Z', '2025-03-14'],
    ['over New Year (an annual holiday)', 'to-employment', '2025-12-29T04:00:00.000Z', '2026-01-06'],
    [
      'late evening in UTC is the next day in Tashkent',
      'to-employment',
      '2025-03-03T20:00:00.000Z',
      '2025-03-11',
    ],
    ['3 working days from a Friday', 'to-ngo', '2025-03-07T04:00:00.000Z', '2025-03-12'],
    ['10 working days over Navruz', 'to-commission', '2025-03-10T04:00:00.000Z', '2025-03-25'],
  ])('%s', (_, protocol, sentAt, dueDate) => {
    const d = drive({ start: sentAt });
    d.must(
      create(
        protocol,
        protocol === 'to-commission'
          ? { reason: 'first_assessment' }
          : protocol === 'to-employment'
            ? { reason: 'job_search' }
            : {},
      ),
    );
    d.must({ type: 'send' });
    expect(d.referral?.responseDue?.dueDate).toBe(dueDate);
  });

  it('passes at the end of the due day in the site’s zone', () => {
    const d = referralIn('requested');
    expect(d.referral?.responseDue).toEqual({ dueAt: '2025-03-10T18:59:59.999Z', dueDate: '2025-03-10' });
  });

  it.each([
    ['working days from acceptance', 'to-employment', '2025-03-13T04:00:00.000Z', '2025-03-28'],
    [
      'calendar days from acceptance (holidays count)',
      'to-commission',
      '2025-03-13T04:00:00.000Z',
      '2025-04-12',
    ],
  ])('completion deadline in %s', (_, protocol, acceptedAt, dueDate) => {
    const d = drive();
    d.must(create(protocol, { reason: protocol === 'to-commission' ? 'first_assessment' : 'job_search' }));
    d.must({ type: 'send' });
    d.at(acceptedAt);
    if (protocol === 'to-commission') d.must({ type: 'record_answer', answer: 'accepted' });
    else d.must({ type: 'accept' });
    expect(d.referral?.completionDue?.dueDate).toBe(dueDate);
  });

  it('has no completion deadline when the protocol sets none', () => {
    const d = drive();
    d.must(create('to-ngo'));
    d.must({ type: 'send' });
    d.must(
      { type: 'accept' },
      { userId: 'a', partnerId: 'ngo', roleId: 'ngo_advisor', permissions: new Set(['referral.respond']) },
    );
    expect(d.referral?.completionDue).toBeNull();
    expect(referralWakeUp(current(d))).toBeNull();
  });
});

describe('overdue responses create tasks for both sides', () => {
  it('does nothing before the deadline has passed', () => {
    const d = referralIn('requested').at('2025-03-10T18:59:59.999Z');
    expect(d.must({ type: 'tick' })).toEqual([]);
    expect(d.referral?.overdue).toEqual({ response: false, completion: false });
  });

  it('marks the referral overdue once and tasks the sender and the receiver', () => {
    const d = referralIn('requested').at('2025-03-10T19:00:00.000Z');
    const effects = d.must({ type: 'tick' });
    expect(effectTypes(effects)).toEqual(['referral_overdue', 'task', 'task']);
    const missed = { dueAt: '2025-03-10T18:59:59.999Z', dueDate: '2025-03-10' };
    expect(tasksOf(effects)).toEqual([
      {
        id: 'ref-1/response-overdue/sender',
        kind: 'response_overdue',
        side: 'sender',
        referralId: 'ref-1',
        protocolId: 'to-employment',
        partnerId: 'hub',
        roles: ['case_manager'],
        userId: 'case_manager-1',
        missed,
        createdAt: '2025-03-10T19:00:00.000Z',
      },
      {
        id: 'ref-1/response-overdue/receiver',
        kind: 'response_overdue',
        side: 'receiver',
        referralId: 'ref-1',
        protocolId: 'to-employment',
        partnerId: 'employment',
        roles: ['counsellor', 'registrar'],
        userId: null,
        missed,
        createdAt: '2025-03-10T19:00:00.000Z',
      },
    ]);
    expect(d.at('2025-03-12T05:00:00.000Z').must({ type: 'tick' })).toEqual([]);
  });

  it.each([
    ['accept', { type: 'accept' }, 'answered'],
    ['decline', { type: 'decline', reason: 'no_places' }, 'answered'],
    ['cancel', { type: 'cancel' }, 'cancelled'],
  ] as const)('closes both tasks on %s', (_, event, cause) => {
    const d = referralIn('received').at('2025-03-11T05:00:00.000Z');
    d.must({ type: 'tick' });
    const closes = d.must(event).filter((e) => e.type === 'task');
    expect(closes).toEqual([
      {
        type: 'task',
        action: 'close',
        taskId: 'ref-1/response-overdue/sender',
        cause,
        at: '2025-03-11T05:00:00.000Z',
      },
      {
        type: 'task',
        action: 'close',
        taskId: 'ref-1/response-overdue/receiver',
        cause,
        at: '2025-03-11T05:00:00.000Z',
      },
    ]);
    expect(d.referral?.openTasks).toEqual([]);
    expect(d.referral?.overdue.response).toBe(true);
  });

  it('gives the completion tasks to the receiver roles that deliver, and closes them on completion', () => {
    const d = referralIn('in_progress').at('2025-03-18T05:00:00.000Z');
    expect(d.referral?.completionDue?.dueDate).toBe('2025-03-17');
    const tasks = tasksOf(d.must({ type: 'tick' }));
    expect(tasks.map((t) => [t.id, t.roles])).toEqual([
      ['ref-1/completion-overdue/sender', ['case_manager']],
      ['ref-1/completion-overdue/receiver', ['counsellor']],
    ]);
    const closes = d.must({ type: 'complete' }).filter((e) => e.type === 'task');
    expect(closes.map((e) => ('cause' in e ? e.cause : null))).toEqual(['completed', 'completed']);
  });

  it('lets the completion deadline run on hold', () => {
    const d = referralIn('on_hold').at('2025-03-18T05:00:00.000Z');
    expect(effectTypes(d.must({ type: 'tick' }))).toEqual(['referral_overdue', 'task', 'task']);
    expect(d.must({ type: 'fail', reason: 'service_failed' }).filter((e) => e.type === 'task')).toHaveLength(
      2,
    );
  });

  it('tasks only the sender when the receiver is not on the system', () => {
    const d = drive();
    d.must(create('to-commission', { reason: 'first_assessment' }));
    d.must({ type: 'send' });
    const tasks = tasksOf(d.at('2025-03-20T05:00:00.000Z').must({ type: 'tick' }));
    expect(tasks.map((t) => t.id)).toEqual(['ref-1/response-overdue/sender']);
  });

  it('does not count a deadline for a referral already answered', () => {
    const d = referralIn('rejected').at('2025-04-01T05:00:00.000Z');
    expect(d.must({ type: 'tick' })).toEqual([]);
  });

  it.each([
    ['draft', null],
    ['requested', '2025-03-10T19:00:00.000Z'],
    ['accepted', '2025-03-17T19:00:00.000Z'],
    ['on_hold', '2025-03-17T19:00:00.000Z'],
    ['completed', null],
  ] as const)('the next wake-up of a %s referral is %s', (status, wakeUp) => {
    const d = referralIn(status);
    expect(referralWakeUp(current(d))).toBe(wakeUp);
  });

  it('does not wake an overdue referral again', () => {
    const d = referralIn('requested').at('2025-03-11T05:00:00.000Z');
    d.must({ type: 'tick' });
    expect(referralWakeUp(current(d))).toBeNull();
    expect(codes(d.step({ type: 'tick' }, null))).toEqual([]);
  });
});
