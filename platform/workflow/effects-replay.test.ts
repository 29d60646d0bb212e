import { describe, expect, it } from 'vitest';
import type { TaskInstance } from './case-state.js';
import type { Effect } from './effects.js';
import type { StepResult } from './step.js';
import { codes, drive } from './workflow-test-kit.js';

type Row = Pick<TaskInstance, 'id' | 'status' | 'dueAt' | 'overdue'>;

/** What a runtime's tasks table holds after applying the task effects in order. */
function replay(effects: readonly Effect[]): Map<string, Row> {
  const rows = new Map<string, Row>();
  const set = (id: string, change: Partial<Row>) => rows.set(id, { ...(rows.get(id) as Row), ...change });
  for (const e of effects) {
    if (e.type === 'task_created')
      rows.set(e.task.id, { id: e.task.id, status: 'open', dueAt: e.task.dueAt, overdue: false });
    if (e.type === 'task_completed') set(e.taskId, { status: 'done' });
    if (e.type === 'task_skipped') set(e.taskId, { status: 'skipped' });
    if (e.type === 'task_cancelled') set(e.taskId, { status: 'cancelled' });
    if (e.type === 'task_overdue') set(e.taskId, { overdue: true });
    if (e.type === 'task_due_changed')
      set(e.taskId, { dueAt: e.dueAt, overdue: rows.get(e.taskId)?.overdue ?? false });
  }
  return rows;
}

describe('effects describe every change', () => {
  it('replaying the task effects of a whole case gives the tasks of its state', () => {
    const d = drive();
    const all: Effect[] = [...d.effects];
    const ok = (f: () => StepResult) => {
      const result = f();
      expect(codes(result)).toEqual([]);
      all.push(...d.effects);
    };
    const wait = (f: () => unknown) => {
      f();
      all.push(...d.effects);
    };
    ok(() =>
      d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06', risk: 'high' } }),
    );
    wait(() => d.after({ amount: 3, unit: 'days' }));
    ok(() => d.event({ type: 'advance', to: 'assessment' }));
    ok(() => d.event({ type: 'skip_task', task: 'home-visit', reason: 'seen at the office' }));
    ok(() => d.event({ type: 'submit', form: 'assessment', data: { needs: 'employment' } }));
    ok(() => d.event({ type: 'submit', form: 'plan', data: { goal: 'A job' } }));
    ok(() => d.event({ type: 'request_approval', approval: 'plan-approval' }));
    ok(() => d.event({ type: 'approve', approval: 'plan-approval' }));
    ok(() => d.event({ type: 'advance', to: 'implementation' }));
    wait(() => d.after({ amount: 2, unit: 'weeks' }));
    ok(() => d.event({ type: 'submit', form: 'risk-check', data: { stillHigh: false } }));
    ok(() => d.event({ type: 'add_task', task: 'case-conference' }));
    wait(() => d.after({ amount: 5, unit: 'weeks' }));
    ok(() =>
      d.step({
        type: 'adjust_review',
        review: 'review',
        date: '2025-02-20',
        actor: { role: 'case_manager' },
      }),
    );
    ok(() => d.event({ type: 'submit', form: 'closure-form', data: { summary: 'done' } }));
    ok(() => d.event({ type: 'request_approval', approval: 'closure-approval' }));
    ok(() => d.event({ type: 'approve', approval: 'closure-approval' }));
    ok(() => d.event({ type: 'close', reason: 'goals_met' }));
    wait(() => d.after({ amount: 4, unit: 'months' }));
    ok(() => d.event({ type: 'reopen' }));
    expect(d.state).toMatchObject({ status: 'open', stage: 'assessment', reopenedCount: 1 });
    const kinds = new Set(all.map((e) => e.type));
    for (const type of [
      'task_created',
      'task_completed',
      'task_skipped',
      'task_overdue',
      'task_due_changed',
      'task_cancelled',
    ])
      expect(kinds, type).toContain(type);
    const rows = replay(all);
    const byId = (a: Row, b: Row) => a.id.localeCompare(b.id);
    expect([...rows.values()].sort(byId)).toEqual(
      d.state.tasks.map(({ id, status, dueAt, overdue }) => ({ id, status, dueAt, overdue })).sort(byId),
    );
  });
});
