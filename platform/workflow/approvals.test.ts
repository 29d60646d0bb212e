import { describe, expect, it } from 'vitest';
import { codes, type Driver, drive } from './workflow-test-kit.js';

/** A case in planning with a submitted plan. */
function inPlanning(withPlan = true): Driver {
  const d = drive();
  d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06', risk: 'low' } });
  d.event({ type: 'advance', to: 'assessment' });
  d.event({ type: 'submit', form: 'assessment', data: { needs: 'employment' } });
  if (withPlan) d.event({ type: 'submit', form: 'plan', data: { goal: 'A job' } });
  return d;
}

const request = { type: 'request_approval', approval: 'plan-approval' } as const;

describe('approvals as gates', () => {
  it('a request makes the approval pending and gives the approver a task named after it', () => {
    const d = inPlanning();
    expect(d.event(request).ok).toBe(true);
    expect(d.state.approvals['plan-approval']).toMatchObject({
      status: 'pending',
      requestedAt: d.now,
      decidedAt: null,
    });
    expect(d.open()).toEqual([
      expect.objectContaining({
        id: 'plan-approval#1',
        kind: 'approval',
        role: 'supervisor',
        dueDate: '2025-01-08',
      }),
    ]);
    expect(d.effects).toContainEqual(
      expect.objectContaining({
        type: 'notification',
        to: { role: 'supervisor' },
        topic: 'approval_requested',
      }),
    );
  });

  it.each<[string, boolean, (typeof request)[], string[], string]>([
    ['the form is not submitted', false, [], ['form_missing:plan'], 'plan-approval'],
    ['it is already pending', true, [request], ['approval_already_pending:plan-approval'], 'plan-approval'],
    ['it is not an approval of the SOP', true, [], ['unknown_approval:nope'], 'nope'],
  ])('a request is refused when %s', (_, withPlan, before, expected, id) => {
    const d = inPlanning(withPlan);
    for (const e of before) d.event(e);
    expect(codes(d.event({ type: 'request_approval', approval: id }))).toEqual(expected);
  });

  it('approve grants it (by the approver or a role supervising it) and opens the gate', () => {
    const d = inPlanning();
    d.event(request);
    expect(codes(d.event({ type: 'approve', approval: 'plan-approval', role: 'case_manager' }))).toEqual([
      'role_not_allowed',
    ]);
    expect(d.event({ type: 'approve', approval: 'plan-approval', role: 'head' }).ok).toBe(true);
    expect(d.state.approvals['plan-approval']).toMatchObject({
      status: 'approved',
      decidedBy: { role: 'head' },
    });
    expect(d.state.tasks.find((t) => t.kind === 'approval')?.status).toBe('done');
    expect(d.event({ type: 'advance', to: 'implementation' }).ok).toBe(true);
  });

  it('return records the comment, keeps the gate closed, and a new request starts over', () => {
    const d = inPlanning();
    d.event(request);
    expect(codes(d.event({ type: 'return', approval: 'plan-approval', reason: '' }))).toEqual([
      'reason_required',
    ]);
    expect(d.event({ type: 'return', approval: 'plan-approval', reason: 'Add dates' }).ok).toBe(true);
    expect(d.state.approvals['plan-approval']).toMatchObject({ status: 'returned', comment: 'Add dates' });
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'approval_decided', decision: 'returned', comment: 'Add dates' }),
    );
    expect(codes(d.event({ type: 'advance', to: 'implementation' }))).toEqual([
      'approval_pending:plan-approval',
    ]);
    expect(codes(d.event({ type: 'approve', approval: 'plan-approval' }))).toEqual([
      'approval_not_pending:plan-approval',
    ]);
    d.event(request);
    expect(d.open().map((t) => t.id)).toEqual(['plan-approval#2']);
    d.event({ type: 'approve', approval: 'plan-approval' });
    expect(d.event({ type: 'advance', to: 'implementation' }).ok).toBe(true);
  });

  it('resubmitting the approved form withdraws the approval', () => {
    const d = inPlanning();
    d.event(request);
    d.event({ type: 'approve', approval: 'plan-approval' });
    d.event({ type: 'submit', form: 'plan', data: { goal: 'Another job' } });
    expect(d.state.approvals['plan-approval']).toBeUndefined();
    expect(d.effects).toContainEqual(
      expect.objectContaining({
        type: 'approval_withdrawn',
        approvalId: 'plan-approval',
        cause: 'resubmitted',
      }),
    );
    expect(codes(d.event({ type: 'advance', to: 'implementation' }))).toEqual([
      'approval_pending:plan-approval',
    ]);
  });

  it('an approval task is decided, not completed', () => {
    const d = inPlanning();
    d.event(request);
    expect(codes(d.event({ type: 'complete_task', task: 'plan-approval' }))).toEqual([
      'approval_task:plan-approval',
    ]);
  });

  it('notifies the requesting user of the decision', () => {
    const d = inPlanning();
    d.step({
      type: 'request_approval',
      approval: 'plan-approval',
      actor: { role: 'case_manager', userId: 'u-1' },
    });
    d.step({ type: 'approve', approval: 'plan-approval', actor: { role: 'supervisor', userId: 'u-2' } });
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'notification', to: { userId: 'u-1' }, topic: 'approval_decided' }),
    );
  });
});
