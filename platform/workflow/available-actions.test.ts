import { describe, expect, it } from 'vitest';
import { type AvailableAction, availableActions } from './available-actions.js';
import { drive, toImplementation } from './workflow-test-kit.js';

const summary = (actions: AvailableAction[]) =>
  actions.map((a) => {
    const { blockedBy, ...rest } = a;
    return { ...rest, blockedBy: blockedBy.map((b) => b.code) };
  });

describe('availableActions', () => {
  it('lists the stage’s transitions and exits, the closure and the optional work, each with its blocks', () => {
    const d = drive();
    expect(summary(availableActions(d.def, d.state, d.now, d.external))).toEqual([
      {
        type: 'advance',
        to: 'assessment',
        transition: 'to-assessment',
        automatic: false,
        blockedBy: ['form_missing:intake-form', 'task_open:consent', 'entry_condition'],
      },
      { type: 'close', reason: 'not_eligible', transition: 'ineligible', blockedBy: ['guard_failed'] },
      {
        type: 'close',
        reason: null,
        transition: null,
        blockedBy: [
          'closure_not_allowed_here',
          'form_missing:closure-form',
          'approval_pending:closure-approval',
        ],
      },
      { type: 'set_passive', blockedBy: ['passive_not_allowed_here'] },
      { type: 'add_task', task: 'case-conference', blockedBy: [] },
      { type: 'add_task', task: 'interpreter', blockedBy: ['guard_failed'] },
      { type: 'request_approval', approval: 'plan-approval', blockedBy: ['form_missing:plan'] },
      { type: 'request_approval', approval: 'closure-approval', blockedBy: [] },
    ]);
  });

  it('offers resume and closure for a passive case, re-opening for a closed one', () => {
    const d = toImplementation(drive());
    d.event({ type: 'set_passive' });
    expect(availableActions(d.def, d.state, d.now).map((a) => a.type)).toEqual(['resume', 'close']);
    const minor = drive(undefined, { person: { firstName: 'T', birthDate: '2010-01-01' } });
    minor.event({ type: 'close', reason: 'not_eligible' });
    expect(summary(availableActions(minor.def, minor.state, minor.now))).toEqual([
      { type: 'reopen', blockedBy: [] },
    ]);
    expect(summary(availableActions(minor.def, minor.state, '2026-01-01T00:00:00Z'))).toEqual([
      { type: 'reopen', blockedBy: ['not_reopenable'] },
    ]);
  });

  it('does not change the state', () => {
    const d = drive();
    const before = structuredClone(d.state);
    availableActions(d.def, d.state, '2025-06-01T00:00:00Z');
    expect(d.state).toEqual(before);
  });
});
