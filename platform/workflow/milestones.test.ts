import { describe, expect, it } from 'vitest';
import { step } from './step.js';
import { drive } from './workflow-test-kit.js';

describe('milestones', () => {
  it('are reached the first time their condition holds, and stay reached', () => {
    const d = drive();
    expect(d.state.milestones).toEqual({});
    d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06' } });
    expect(d.state.milestones).toEqual({ engaged: { reachedAt: d.now } });
    expect(d.effects).toContainEqual({ type: 'milestone_reached', milestoneId: 'engaged', at: d.now });
    const reachedAt = d.now;
    d.at('2025-01-07T09:00:00Z');
    d.event({ type: 'advance', to: 'assessment' });
    d.event({ type: 'submit', form: 'assessment', data: { needs: 'housing' } });
    d.event({ type: 'submit', form: 'plan', data: { signed: true } });
    d.event({ type: 'submit', form: 'plan', data: { signed: false } });
    expect(d.state.milestones).toEqual({ engaged: { reachedAt }, 'plan-signed': { reachedAt: d.now } });
  });

  it('a condition that cannot be evaluated counts as not holding and is reported', () => {
    const d = drive();
    const failing = {
      ...d.def.evaluator,
      compile: (logic: unknown) =>
        logic === d.def.sop.milestones?.[0]?.when
          ? () => {
              throw new Error('limit exceeded');
            }
          : d.def.evaluator.compile(logic),
    };
    const def = { ...d.def, evaluator: failing };
    const event = {
      type: 'submit',
      form: 'intake-form',
      data: { consentedOn: '2025-01-06' },
      actor: { role: 'case_manager' },
    } as const;
    const result = step(def, d.state, event, { now: () => new Date(d.now) });
    expect(result.ok && result.state.milestones).toEqual({});
    expect(result.ok && result.effects).toContainEqual({
      type: 'condition_error',
      where: 'milestone:engaged',
      message: 'limit exceeded',
    });
  });
});

describe('priority', () => {
  it('is recomputed from the rule on every change', () => {
    const d = drive();
    expect(d.state.priority).toBe('normal');
    d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06', risk: 'high' } });
    expect(d.state.priority).toBe('urgent');
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'priority_changed', from: 'normal', to: 'urgent' }),
    );
  });
});
