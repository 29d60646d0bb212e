import { describe, expect, it } from 'vitest';
import { nextWakeUp } from './next-wake-up.js';
import { step, tick } from './step.js';
import { drive, toImplementation } from './workflow-test-kit.js';

describe('the scheduler tick', () => {
  it('is idempotent: a second tick at the same instant changes nothing', () => {
    const d = toImplementation(drive(), 'high');
    for (const at of ['2025-01-13T09:00:00Z', '2025-02-03T09:00:00Z', '2025-06-01T09:00:00Z']) {
      const first = tick(d.def, d.state, at);
      expect(first.effects.length).toBeGreaterThan(0);
      const second = tick(d.def, first.state, at);
      expect(second.effects).toEqual([]);
      expect(second.state).toEqual(first.state);
      d.state = first.state;
    }
  });

  it('marks each overdue task once, with a notification to its role', () => {
    const d = drive();
    d.at('2025-01-09T09:00:00Z');
    expect(d.effects).toEqual([
      expect.objectContaining({
        type: 'task_overdue',
        defId: 'call-client',
        dueAt: '2025-01-08T18:59:59.999Z',
      }),
      expect.objectContaining({ type: 'notification', to: { role: 'outreach' }, topic: 'task_overdue' }),
    ]);
    d.at('2025-01-09T10:00:00Z');
    expect(d.effects).toEqual([]);
  });

  it('does not change the state it is given', () => {
    const d = toImplementation(drive());
    const frozen = structuredClone(d.state);
    tick(d.def, d.state, '2025-03-01T09:00:00Z');
    step(
      d.def,
      d.state,
      { type: 'advance', to: 'assessment', actor: { role: 'case_manager' } },
      { now: () => new Date() },
    );
    expect(d.state).toEqual(frozen);
  });

  it('runs before every event, so an event sees the state at its own instant', () => {
    const d = toImplementation(drive());
    d.now = '2025-02-03T09:00:00.000Z'; // time passed without a tick
    d.event({ type: 'submit', form: 'review-form', data: { summary: 'done' } });
    expect(d.state.tasks.find((t) => t.kind === 'review')?.status).toBe('done');
    expect(d.effects.map((e) => e.type)).toContain('task_created');
  });

  it('keeps the state plain JSON', () => {
    const d = toImplementation(drive(), 'high');
    d.after({ amount: 5, unit: 'weeks' });
    expect(JSON.parse(JSON.stringify(d.state))).toEqual(d.state);
    expect(JSON.parse(JSON.stringify(d.effects))).toEqual(d.effects);
  });
});

describe('nextWakeUp', () => {
  it('is the earliest deadline passing or review appearing', () => {
    const d = drive();
    // call-client is due at the end of 2025-01-08 (Tashkent); it passes one millisecond later
    expect(nextWakeUp(d.state)).toBe('2025-01-08T19:00:00.000Z');
    toImplementation(d);
    d.event({ type: 'complete_task', task: 'progress-note' });
    expect(nextWakeUp(d.state)).toBe('2025-02-02T19:00:00.000Z');
  });

  it('is null when nothing is pending, and a tick before it changes nothing', () => {
    const d = drive(undefined, { person: { firstName: 'T', birthDate: '2010-01-01' } });
    d.event({ type: 'close', reason: 'not_eligible' });
    expect(nextWakeUp(d.state)).toBeNull();
    const open = drive();
    const wake = nextWakeUp(open.state) as string;
    expect(tick(open.def, open.state, new Date(Date.parse(wake) - 1)).effects).toEqual([]);
    expect(tick(open.def, open.state, wake).effects.length).toBeGreaterThan(0);
  });
});
