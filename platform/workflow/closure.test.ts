import { describe, expect, it } from 'vitest';
import { codes, type Driver, drive, editedSop, toImplementation } from './workflow-test-kit.js';

const MINOR = { firstName: 'Timur', birthDate: '2010-02-01' };
const closureForm = { type: 'submit', form: 'closure-form', data: { summary: 'done' } } as const;

function readyToClose(d: Driver): Driver {
  d.event(closureForm);
  d.event({ type: 'request_approval', approval: 'closure-approval' });
  d.event({ type: 'approve', approval: 'closure-approval' });
  return d;
}

describe('closing through a `closeWith` exit of the stage', () => {
  it('applies only that transition’s guards', () => {
    const d = drive(undefined, { person: MINOR });
    // intake is not in closure.fromStages and there is no closure form or approval: irrelevant here
    expect(d.event({ type: 'close', reason: 'not_eligible' }).ok).toBe(true);
    expect(d.state).toMatchObject({ status: 'closed', closureReason: 'not_eligible', closedAt: d.now });
    expect(d.open()).toEqual([]);
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'case_closed', reason: 'not_eligible', transition: 'ineligible' }),
    );
  });

  it('is refused when that transition’s guard fails', () => {
    const d = drive();
    expect(codes(d.event({ type: 'close', reason: 'not_eligible' }))).toEqual(['guard_failed']);
  });

  it('closes automatically when an automatic exit’s guards hold', () => {
    const bundle = editedSop((sop) => {
      const transitions = sop.stages[0]!.transitions as Record<string, unknown>[];
      transitions[1]!.automatic = true;
    });
    const d = drive(bundle, { person: MINOR });
    expect(d.state).toMatchObject({ status: 'closed', closureReason: 'not_eligible' });
  });
});

describe('the general closure', () => {
  it.each([
    [
      'from a stage not listed',
      (d: Driver) => d,
      ['closure_not_allowed_here', 'form_missing:closure-form', 'approval_pending:closure-approval'],
    ],
    [
      'without the form and approval',
      toImplementation,
      ['form_missing:closure-form', 'approval_pending:closure-approval'],
    ],
    [
      'with the form but not the approval',
      (d: Driver) => toImplementation(d).event(closureForm) && d,
      ['approval_pending:closure-approval'],
    ],
  ])('is refused %s', (_, setup, expected) => {
    const d = drive();
    setup(d);
    expect(codes(d.event({ type: 'close', reason: 'goals_met' }))).toEqual(expected);
  });

  it('refuses a reason that is not listed', () => {
    expect(codes(drive().event({ type: 'close', reason: 'bored' }))).toEqual(['unknown_reason:bored']);
  });

  it('closes with form and approval, cancelling open work and stopping reviews', () => {
    const d = readyToClose(toImplementation(drive()));
    d.event({ type: 'add_task', task: 'case-conference' });
    expect(d.event({ type: 'close', reason: 'moved' }).ok).toBe(true);
    expect(d.state).toMatchObject({ status: 'closed', closureReason: 'moved', reviews: {}, scheduled: [] });
    expect(d.open()).toEqual([]);
    expect(
      d.effects
        .filter((e) => e.type === 'task_cancelled')
        .map((e) => e.defId)
        .sort(),
    ).toEqual(['case-conference', 'progress-note']);
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'status_changed', from: 'open', to: 'closed' }),
    );
  });

  it('refuses to close a closed case', () => {
    const d = drive(undefined, { person: MINOR });
    d.event({ type: 'close', reason: 'not_eligible' });
    expect(codes(d.event({ type: 'close', reason: 'not_eligible' }))).toEqual(['case_not_open']);
  });

  it('closes a passive case too', () => {
    const d = readyToClose(toImplementation(drive()));
    d.event({ type: 'set_passive' });
    expect(d.event({ type: 'close', reason: 'withdrew' }).ok).toBe(true);
  });
});

describe('follow-ups after closure', () => {
  it('are scheduled when their condition holds, appear when due, and complete by their form', () => {
    const d = readyToClose(toImplementation(drive()));
    d.event({ type: 'close', reason: 'goals_met' });
    expect(d.state.scheduled.map((s) => [s.defId, s.dueDate])).toEqual([
      ['follow-up', '2025-04-06'],
      ['follow-up', '2025-07-06'],
    ]);
    expect(d.open()).toEqual([]);
    d.at('2025-04-06T09:00:00Z');
    expect(d.open()).toEqual([
      expect.objectContaining({ id: 'follow-up#1', kind: 'follow_up', role: 'case_manager' }),
    ]);
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'notification', topic: 'follow_up_due' }),
    );
    d.event({ type: 'submit', form: 'follow-up-form', data: { employed: true } });
    expect(d.open()).toEqual([]);
    d.at('2025-07-07T09:00:00Z');
    expect(d.open()).toEqual([expect.objectContaining({ id: 'follow-up#2', overdue: true })]);
  });

  it('are not scheduled when their condition fails', () => {
    const d = readyToClose(toImplementation(drive()));
    d.event({ type: 'close', reason: 'moved' });
    expect(d.state.scheduled).toEqual([]);
  });
});
