import { describe, expect, it } from 'vitest';
import { codes, drive, editedSop, fxWorkflow, toImplementation } from './workflow-test-kit.js';

const intake = {
  type: 'submit',
  form: 'intake-form',
  data: { consentedOn: '2025-01-06', risk: 'high' },
} as const;

describe('completing and skipping tasks', () => {
  it.each([
    ['the responsible role', 'outreach', true],
    ['a role supervising none of it', 'case_manager', false],
  ])('call-client (outreach) completed by %s', (_, role, ok) => {
    const d = drive();
    const result = d.event({ type: 'complete_task', task: 'call-client', role });
    expect(result.ok).toBe(ok);
    if (ok)
      expect(d.state.tasks.find((t) => t.defId === 'call-client')).toMatchObject({
        status: 'done',
        completedAt: d.now,
      });
    else expect(codes(result)).toEqual(['role_not_allowed']);
  });

  it.each([
    ['case_manager', true],
    ['supervisor', true],
    ['head', true], // supervises supervisor, who supervises case_manager
    ['outreach', false],
  ])('a case_manager task may be finished by %s: %s', (role, ok) => {
    const d = toImplementation(drive());
    const result = d.event({ type: 'complete_task', task: 'progress-note', role });
    expect(result.ok).toBe(ok);
  });

  it('refuses complete_task for a task completed by a form', () => {
    const d = drive();
    const result = d.event({ type: 'complete_task', task: 'consent' });
    expect(codes(result)).toEqual(['form_required:intake-form']);
    expect(result.ok ? undefined : result.blockedBy[0]?.params).toEqual({
      form: 'intake-form',
      task: 'consent',
    });
  });

  it('skips a task with a reason, and refuses without one', () => {
    const d = drive();
    expect(codes(d.event({ type: 'skip_task', task: 'consent', reason: ' ' }))).toEqual(['reason_required']);
    expect(d.event({ type: 'skip_task', task: 'consent', reason: 'Consent recorded on paper' }).ok).toBe(
      true,
    );
    expect(d.state.tasks[0]).toMatchObject({
      defId: 'consent',
      status: 'skipped',
      comment: 'Consent recorded on paper',
    });
    // a skipped required task no longer blocks leaving the stage
    d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06' } });
    expect(d.event({ type: 'advance', to: 'assessment' }).ok).toBe(true);
  });

  it('refuses a task that is not open', () => {
    const d = drive();
    d.event({ type: 'complete_task', task: 'call-client' });
    expect(codes(d.event({ type: 'complete_task', task: 'call-client' }))).toEqual([
      'task_not_open:call-client',
    ]);
    expect(codes(d.event({ type: 'complete_task', task: 'nothing' }))).toEqual(['task_not_open:nothing']);
  });

  it('accepts an instance id as well as a definition id', () => {
    const d = drive();
    expect(d.state.tasks.map((t) => t.id)).toEqual(['consent#1', 'call-client#1']);
    expect(d.event({ type: 'complete_task', task: 'call-client#1' }).ok).toBe(true);
  });

  it('uses an injected id generator', () => {
    let n = 0;
    const d = drive(fxWorkflow(), { newTaskId: (defId, ordinal) => `${defId}-${ordinal}-${++n}` });
    expect(d.state.tasks.map((t) => t.id)).toEqual(['consent-1-1', 'call-client-1-2']);
  });

  it('refuses a submission of a form the site does not have', () => {
    expect(codes(drive().event({ type: 'submit', form: 'ghost', data: {} }))).toEqual(['unknown_form:ghost']);
  });

  it('submitting a form completes the open tasks naming it', () => {
    const d = drive();
    d.event(intake);
    expect(d.state.tasks[0]).toMatchObject({
      defId: 'consent',
      status: 'done',
      completedBy: { role: 'case_manager' },
    });
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'task_completed', taskId: 'consent#1' }),
    );
  });
});

describe('discretionary tasks', () => {
  it('adds one from the list, with its deadline', () => {
    const d = drive();
    expect(d.event({ type: 'add_task', task: 'case-conference' }).ok).toBe(true);
    expect(d.state.tasks.at(-1)).toMatchObject({
      defId: 'case-conference',
      discretionary: true,
      status: 'open',
      dueDate: '2025-01-13',
    });
  });

  it('refuses an id not on the list and one whose condition fails', () => {
    const d = drive();
    expect(codes(d.event({ type: 'add_task', task: 'consent' }))).toEqual(['unknown_task:consent']);
    expect(codes(d.event({ type: 'add_task', task: 'interpreter' }))).toEqual(['guard_failed']);
    d.event(intake);
    expect(d.event({ type: 'add_task', task: 'interpreter' }).ok).toBe(true);
  });

  it('survives stage changes', () => {
    const d = drive();
    d.event({ type: 'add_task', task: 'case-conference' });
    d.event(intake);
    d.event({ type: 'advance', to: 'assessment' });
    expect(d.openIds()).toContain('case-conference');
  });
});

describe('deadline anchors', () => {
  it('stage_entered: consent is due 3 working days after entering intake', () => {
    expect(drive().state.tasks[0]).toMatchObject({
      dueDate: '2025-01-09',
      dueAt: '2025-01-09T18:59:59.999Z',
    });
  });

  it('task_created (the default): call-client is due 2 days after creation', () => {
    expect(drive().state.tasks[1]?.dueDate).toBe('2025-01-08');
  });

  it("a form's date field: assess is due 10 working days after consent, skipping the holiday", () => {
    const d = drive();
    d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-08', risk: 'low' } });
    d.event({ type: 'advance', to: 'assessment' });
    expect(d.open()[0]).toMatchObject({ defId: 'assess', dueDate: '2025-01-23' });
  });

  it('a changed form date moves the deadline; an absent one leaves it open', () => {
    const d = drive();
    d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-08' } });
    d.event({ type: 'advance', to: 'assessment' });
    d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06' } });
    expect(d.open()[0]?.dueDate).toBe('2025-01-21');
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'task_due_changed', dueDate: '2025-01-21' }),
    );
  });

  it("another task's completion: home-visit is due 5 working days after consent was done", () => {
    const d = drive();
    d.at('2025-01-07T09:00:00Z');
    d.event(intake);
    d.event({ type: 'advance', to: 'assessment' });
    expect(d.open().find((t) => t.defId === 'home-visit')?.dueDate).toBe('2025-01-15');
  });

  it('a skipped anchor task counts as ended', () => {
    const d = drive();
    d.event({ type: 'skip_task', task: 'consent', reason: 'later' });
    d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06', risk: 'high' } });
    d.event({ type: 'advance', to: 'assessment' });
    // consent was skipped, which ends it: the visit counts from then
    expect(d.open().find((t) => t.defId === 'home-visit')?.dueDate).toBe('2025-01-13');
  });

  it('an anchor task not yet finished leaves the deadline unknown until it is', () => {
    const bundle = editedSop((sop) => {
      const tasks = sop.discretionaryTasks as { id: string; due?: unknown }[];
      tasks[0]!.due = { in: { amount: 2, unit: 'working_days' }, from: { task: 'call-client' } };
    });
    const d = drive(bundle);
    d.event({ type: 'add_task', task: 'case-conference' });
    expect(d.state.tasks.at(-1)).toMatchObject({ dueAt: null, dueDate: null });
    d.at('2025-01-07T09:00:00Z');
    d.event({ type: 'complete_task', task: 'call-client' });
    expect(d.state.tasks.at(-1)).toMatchObject({ dueDate: '2025-01-09' });
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'task_due_changed', taskId: 'case-conference#1' }),
    );
  });

  it('case_opened: the progress note is due 90 days after the case opened', () => {
    const d = toImplementation(drive());
    expect(d.open().find((t) => t.defId === 'progress-note')?.dueDate).toBe('2025-04-06');
  });

  it('a setting amount: write-plan is due plan_days (10) days after entering planning', () => {
    const d = drive();
    d.event(intake);
    d.event({ type: 'advance', to: 'assessment' });
    d.at('2025-01-08T09:00:00Z');
    d.event({ type: 'submit', form: 'assessment', data: { needs: 'employment' } });
    expect(d.open().find((t) => t.defId === 'write-plan')?.dueDate).toBe('2025-01-18');
  });
});
