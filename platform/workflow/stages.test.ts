import { describe, expect, it } from 'vitest';
import type { ScenarioEvent } from '../definitions/definition-types.generated.js';
import { step } from './step.js';
import { workflowDefinition } from './workflow-definition.js';
import {
  codes,
  type Driver,
  drive,
  editedSop,
  fixtureBundle,
  toImplementation,
} from './workflow-test-kit.js';

const MINOR = { firstName: 'Timur', birthDate: '2010-02-01' };
const intake = (
  data: Record<string, unknown> = { consentedOn: '2025-01-06', risk: 'low' },
): ScenarioEvent => ({
  type: 'submit',
  form: 'intake-form',
  data,
});

describe('opening a case', () => {
  it('starts in the initial stage, open, with the stage tasks whose condition holds', () => {
    const d = drive();
    expect(d.state).toMatchObject({
      stage: 'intake',
      status: 'open',
      stageEntry: 1,
      openedAt: d.now,
      reopenedCount: 0,
    });
    expect(d.openIds()).toEqual(['consent', 'call-client']);
    expect(d.effects.map((e) => e.type)).toEqual([
      'case_opened',
      'stage_changed',
      'task_created',
      'task_created',
      'priority_changed',
    ]);
  });

  it('refuses a second open and events without a case', () => {
    const d = drive();
    const def = d.def;
    const clock = { now: () => new Date(d.now) };
    expect(codes(step(def, d.state, { type: 'open', actor: { role: 'case_manager' } }, clock))).toEqual([
      'already_opened',
    ]);
    expect(codes(step(def, null, { type: 'resume', actor: { role: 'case_manager' } }, clock))).toEqual([
      'no_case',
    ]);
  });

  it('refuses to open when the initial stage entry condition fails', () => {
    const bundle = editedSop((sop) => {
      sop.stages[0] = { ...sop.stages[0], entry: { '===': [{ var: 'person.firstName' }, 'Nobody'] } };
    });
    const def = workflowDefinition(bundle, 'cm');
    const result = step(
      def,
      null,
      { type: 'open', actor: { role: 'case_manager' } },
      { now: () => new Date() },
      {},
    );
    expect(codes(result)).toEqual(['entry_condition']);
  });
});

describe('advance: each block reason', () => {
  type Row = [string, (d: Driver) => void, ScenarioEvent, string[]];
  const rows: Row[] = [
    [
      'nothing submitted yet',
      () => {},
      { type: 'advance', to: 'assessment' },
      ['form_missing:intake-form', 'task_open:consent', 'entry_condition'],
    ],
    [
      'guard false for a minor',
      (d) => d.event(intake()),
      { type: 'advance', to: 'assessment' },
      ['guard_failed'],
    ],
    ['no transition to that stage', () => {}, { type: 'advance', to: 'planning' }, ['no_transition']],
    [
      'target entry condition false',
      (d) => d.event(intake({ risk: 'low' })),
      { type: 'advance', to: 'assessment' },
      ['entry_condition'],
    ],
    [
      'required task open and form missing in assessment',
      (d) => {
        d.event(intake());
        d.event({ type: 'advance', to: 'assessment' });
      },
      { type: 'advance', to: 'planning' },
      ['form_missing:assessment', 'task_open:assess'],
    ],
    [
      'exit condition false',
      (d) => {
        d.event(intake());
        d.event({ type: 'advance', to: 'assessment' });
        d.event({ type: 'submit', form: 'assessment', data: { needs: 'none' } });
      },
      { type: 'advance', to: 'planning' },
      ['exit_condition'],
    ],
    [
      'approval not granted',
      (d) => {
        d.event(intake());
        d.event({ type: 'advance', to: 'assessment' });
        d.event({ type: 'submit', form: 'assessment', data: { needs: 'housing' } });
        d.event({ type: 'submit', form: 'plan', data: { goal: 'Home' } });
      },
      { type: 'advance', to: 'implementation' },
      ['approval_pending:plan-approval'],
    ],
    [
      'case not open',
      (d) => {
        toImplementation(d);
        d.event({ type: 'set_passive' });
      },
      { type: 'advance', to: 'assessment' },
      ['case_not_open'],
    ],
  ];

  it.each(rows)('%s', (name, setup, event, expected) => {
    const d = drive(undefined, name.includes('minor') ? { person: MINOR } : {});
    setup(d);
    const before = structuredClone(d.state);
    const result = d.event(event);
    expect(codes(result)).toEqual(expected);
    expect(d.state).toEqual(before);
  });

  it('carries the guard explanation trace', () => {
    const d = drive(undefined, { person: MINOR });
    d.event(intake());
    const result = d.event({ type: 'advance', to: 'assessment' });
    expect(result.ok).toBe(false);
    const guard = result.ok ? undefined : result.blockedBy.find((b) => b.code === 'guard_failed');
    expect(guard?.params).toEqual({ transition: 'to-assessment' });
    expect(guard?.trace).toMatchObject({ op: 'rule', passed: false });
  });
});

describe('moving between stages', () => {
  it('moves when every guard holds, creating the new stage tasks', () => {
    const d = drive();
    d.event(intake({ consentedOn: '2025-01-06', risk: 'high' }));
    const result = d.event({ type: 'advance', to: 'assessment' });
    expect(result.ok).toBe(true);
    expect(d.state).toMatchObject({ stage: 'assessment', stageEntry: 2, stageEnteredAt: d.now });
    // call-client (not required) is cancelled on leaving; home-visit appears because risk is high.
    expect(d.openIds().sort()).toEqual(['assess', 'home-visit']);
    expect(d.state.tasks.find((t) => t.defId === 'call-client')?.status).toBe('cancelled');
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'task_cancelled', defId: 'call-client', cause: 'stage_left' }),
    );
    expect(d.effects).toContainEqual(
      expect.objectContaining({
        type: 'stage_changed',
        from: 'intake',
        to: 'assessment',
        transition: 'to-assessment',
      }),
    );
  });

  it('does not create a task whose condition fails on entry', () => {
    const d = drive();
    d.event(intake());
    d.event({ type: 'advance', to: 'assessment' });
    expect(d.openIds()).toEqual(['assess']);
  });

  it('takes an automatic transition as soon as its guards hold', () => {
    const d = drive();
    d.event(intake());
    d.event({ type: 'advance', to: 'assessment' });
    const result = d.event({ type: 'submit', form: 'assessment', data: { needs: 'employment' } });
    expect(result.ok).toBe(true);
    expect(d.state.stage).toBe('planning');
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'stage_changed', transition: 'to-planning' }),
    );
  });

  it('chains automatic transitions but stops a cycle at the bound', () => {
    const bundle = editedSop((sop) => {
      const [intakeStage, assessment] = sop.stages as { transitions: Record<string, unknown>[] }[];
      intakeStage!.transitions = [
        { id: 'loop-a', to: 'assessment', name: { en: 'A', ru: 'A' }, automatic: true },
      ];
      assessment!.transitions = [{ id: 'loop-b', to: 'intake', name: { en: 'B', ru: 'B' }, automatic: true }];
      delete (assessment as Record<string, unknown>).entry;
      delete (sop.stages[0] as Record<string, unknown>).requiredForms;
      delete (assessment as Record<string, unknown>).requiredForms;
      delete (assessment as Record<string, unknown>).exit;
      for (const s of sop.stages)
        for (const t of (s.tasks as { required?: boolean }[] | undefined) ?? []) t.required = false;
    });
    const d = drive(bundle);
    const moves = d.effects.filter((e) => e.type === 'stage_changed');
    expect(moves.length).toBe(21);
  });

  it('re-creates the stage tasks when a stage is entered again', () => {
    const d = toImplementation(drive());
    expect(d.event({ type: 'advance', to: 'assessment' }).ok).toBe(true);
    // the required assessment task is new, so the automatic move to planning waits for it
    expect(d.state.stage).toBe('assessment');
    expect(d.openIds()).toEqual(['assess']);
    d.event({ type: 'submit', form: 'assessment', data: { needs: 'employment' } });
    expect(d.state.stage).toBe('planning');
    // the plan approval was granted in the earlier planning stage: it does not count now
    expect(codes(d.event({ type: 'advance', to: 'implementation' }))).toEqual([
      'approval_pending:plan-approval',
    ]);
  });
});

describe('a site that only overlays a template SOP', () => {
  it('runs the merged fixture SOP of fx-site', () => {
    const d = drive(fixtureBundle('fx-site'), {
      sopId: 'base',
      person: { firstName: 'A', lastName: 'B', birthDate: '1990-01-01' },
    });
    expect(d.openIds()).toEqual(['screen']);
    d.event({
      type: 'submit',
      form: 'screening',
      data: { screenedOn: '2025-01-06', severity: 'low', hasDisability: true, disabilityGroup: 'II' },
    });
    expect(d.event({ type: 'advance', to: 'assessment' }).ok).toBe(true);
  });
});
