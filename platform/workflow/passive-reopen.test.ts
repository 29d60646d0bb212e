import { describe, expect, it } from 'vitest';
import { codes, type Driver, drive, editedSop, toImplementation } from './workflow-test-kit.js';

function closed(reason = 'moved'): Driver {
  const d = toImplementation(drive());
  d.event({ type: 'submit', form: 'closure-form', data: { summary: 'done' } });
  d.event({ type: 'request_approval', approval: 'closure-approval' });
  d.event({ type: 'approve', approval: 'closure-approval' });
  d.event({ type: 'close', reason });
  return d;
}

describe('passive status', () => {
  it('is allowed from the listed stages only, and with a listed reason', () => {
    const d = drive();
    expect(codes(d.event({ type: 'set_passive' }))).toEqual(['passive_not_allowed_here']);
    toImplementation(d);
    expect(codes(d.event({ type: 'set_passive', reason: 'bored' }))).toEqual(['unknown_reason:bored']);
    expect(d.event({ type: 'set_passive', reason: 'no_contact' }).ok).toBe(true);
    expect(d.state).toMatchObject({
      status: 'passive',
      passive: { since: d.now, reason: 'no_contact', role: 'case_manager' },
    });
    expect(codes(d.event({ type: 'set_passive' }))).toEqual(['case_not_open']);
  });

  it('stops reviews and brings the case back to attention after `reviewAfter`', () => {
    const d = toImplementation(drive());
    d.event({ type: 'set_passive' });
    expect(d.state.reviews).toEqual({});
    expect(d.state.scheduled).toEqual([
      expect.objectContaining({ defId: 'passive-review', dueDate: '2025-03-03' }),
    ]);
    d.after({ amount: 4, unit: 'weeks' });
    expect(d.openIds()).toEqual(['progress-note']);
    d.at('2025-03-03T09:00:00Z');
    expect(d.openIds()).toEqual(['progress-note', 'passive-review']);
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'notification', topic: 'passive_review_due' }),
    );
  });

  it('a passive review done while staying passive schedules the next one', () => {
    const d = toImplementation(drive());
    d.event({ type: 'set_passive' });
    d.at('2025-03-03T09:00:00Z');
    expect(d.event({ type: 'complete_task', task: 'passive-review' }).ok).toBe(true);
    expect(d.state.scheduled).toEqual([
      expect.objectContaining({ defId: 'passive-review', dueDate: '2025-04-28' }),
    ]);
  });

  it('resume reopens work: the passive review counts as done and reviews start again', () => {
    const d = toImplementation(drive());
    d.event({ type: 'set_passive' });
    d.at('2025-03-03T09:00:00Z');
    expect(d.event({ type: 'resume' }).ok).toBe(true);
    expect(d.state).toMatchObject({ status: 'open', passive: null, scheduled: [] });
    expect(d.state.tasks.find((t) => t.kind === 'passive_review')?.status).toBe('done');
    expect(d.state.reviews.review?.dueDate).toBe('2025-03-31');
    expect(codes(d.event({ type: 'resume' }))).toEqual(['case_not_passive']);
  });

  it('resume before the passive review drops it', () => {
    const d = toImplementation(drive());
    d.event({ type: 'set_passive' });
    d.event({ type: 'resume' });
    d.after({ amount: 10, unit: 'weeks' });
    expect(d.state.tasks.some((t) => t.kind === 'passive_review')).toBe(false);
  });
});

describe('re-opening', () => {
  it('within the window returns the case to the re-open stage, open again', () => {
    const d = closed('goals_met');
    d.after({ amount: 2, unit: 'months' });
    expect(d.event({ type: 'reopen' }).ok).toBe(true);
    expect(d.state).toMatchObject({
      status: 'open',
      stage: 'assessment',
      reopenedAt: d.now,
      reopenedCount: 1,
      closedAt: null,
      closureReason: null,
      approvals: {},
      scheduled: [],
    });
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'case_reopened', stage: 'assessment', count: 1 }),
    );
  });

  it('requires the re-assessment forms again before leaving that stage', () => {
    const d = closed();
    d.event({ type: 'reopen' });
    // the old assessment is still there, but was not submitted since the re-open
    d.event({ type: 'complete_task', task: 'reassessment-call' });
    d.event({ type: 'skip_task', task: 'assess', reason: 'done with the form below' });
    expect(d.state.stage).toBe('assessment');
    expect(codes(d.event({ type: 'advance', to: 'planning' }))).toEqual(['form_missing:assessment']);
    d.event({ type: 'submit', form: 'assessment', data: { needs: 'housing' } });
    expect(d.state.stage).toBe('planning');
  });

  it('anchors deadlines on the re-opening', () => {
    const d = closed();
    d.at('2025-02-07T09:00:00Z'); // a Friday
    d.event({ type: 'reopen' });
    expect(d.open().find((t) => t.defId === 'reassessment-call')?.dueDate).toBe('2025-02-10');
  });

  it('requires the closure form again for the next closure', () => {
    const d = closed();
    d.event({ type: 'reopen' });
    d.event({ type: 'submit', form: 'assessment', data: { needs: 'housing' } });
    expect(codes(d.event({ type: 'close', reason: 'moved' }))).toEqual([
      'form_missing:closure-form',
      'approval_pending:closure-approval',
    ]);
  });

  it.each([
    ['after the window', (d: Driver) => d.after({ amount: 7, unit: 'months' }), ['not_reopenable']],
    ['on the last day of the window', (d: Driver) => d.at('2025-07-06T18:00:00Z'), []],
    ['the day after the window', (d: Driver) => d.at('2025-07-06T19:00:00Z'), ['not_reopenable']],
  ])('%s', (_, wait, expected) => {
    const d = closed();
    wait(d);
    const result = d.event({ type: 'reopen' });
    expect(codes(result)).toEqual(expected);
    if (!result.ok)
      expect(result.blockedBy[0]?.params).toEqual({ why: 'window_passed', until: '2025-07-06' });
  });

  it('refuses to re-open a case that is not closed, or when the SOP does not re-open', () => {
    const open = drive();
    expect(open.event({ type: 'reopen' }).ok).toBe(false);
    const bundle = editedSop((sop) => {
      delete sop.reopen;
    });
    const d = drive(bundle, { person: { firstName: 'T', birthDate: '2010-01-01' } });
    d.event({ type: 'close', reason: 'not_eligible' });
    const result = d.event({ type: 'reopen' });
    expect(result.ok ? undefined : result.blockedBy[0]?.params).toEqual({ why: 'no_reopen' });
  });
});
