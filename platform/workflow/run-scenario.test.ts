import { describe, expect, it } from 'vitest';
import type { Scenario } from '../definitions/definition-types.generated.js';
import { runScenario } from './run-scenario.js';
import { formatScenarioReport, runAllScenarios, runSiteScenarios } from './run-site-scenarios.js';
import { ADULT, fixtureBundle, fxWorkflow } from './workflow-test-kit.js';

const run = (steps: Scenario['steps'], extra: Partial<Scenario> = {}) =>
  runScenario(fxWorkflow(), 'cm', { name: 'test', person: { ...ADULT }, steps, ...extra });
const failures = (steps: Scenario['steps'], extra: Partial<Scenario> = {}) =>
  run(steps, extra).steps.flatMap((s) => s.failures);

const intake = {
  type: 'submit',
  form: 'intake-form',
  data: { consentedOn: '2025-01-06', risk: 'low' },
} as const;

describe('the scenarios the fixture sites carry', () => {
  it('fx-site: the ineligible client is closed', () => {
    const results = runAllScenarios(fixtureBundle('fx-site'));
    expect(results.map((r) => [r.name, r.passed])).toEqual([['ineligible client is closed', true]]);
  });

  it('fx-workflow: every scenario passes', () => {
    const report = runSiteScenarios(fxWorkflow());
    expect(report).toMatchObject({ siteId: 'fx-workflow', total: 3, passed: 3, failed: 0 });
    expect(formatScenarioReport(report).split('\n')[0]).toBe('fx-workflow: 3/3 SOP scenarios passed');
  });
});

describe('expectations and what a failure says', () => {
  it.each<[string, Scenario['steps'], string[]]>([
    [
      'a matching expectation',
      [{ event: intake, expect: { stage: 'intake', openTasks: ['call-client'] } }],
      [],
    ],
    [
      'a wrong stage',
      [{ expect: { stage: 'planning' }, after: { amount: 1, unit: 'hours' } }],
      ['stage: expected "planning", got "intake"'],
    ],
    [
      'a wrong status',
      [{ expect: { status: 'closed' }, after: { amount: 1, unit: 'hours' } }],
      ['status: expected "closed", got "open"'],
    ],
    [
      'open tasks differ',
      [{ event: intake, expect: { openTasks: ['consent', 'call-client'] } }],
      ['openTasks: expected [call-client, consent], got [call-client] (missing consent)'],
    ],
    [
      'an unexpected overdue task',
      [{ after: { amount: 3, unit: 'days' }, expect: { overdueTasks: [] } }],
      ['overdueTasks: expected [], got [call-client] (unexpected call-client)'],
    ],
    [
      'milestones differ',
      [{ event: intake, expect: { milestones: [] } }],
      ['milestones: expected [], got [engaged] (unexpected engaged)'],
    ],
    [
      'an unexpected refusal, explained',
      [{ event: { type: 'advance', to: 'assessment' } }],
      [
        'rejected: the event was refused: [form_missing:intake-form, task_open:consent, entry_condition] — Cannot move to Assessment: form “Intake” not submitted; task “Record consent” not done; the entry condition of Assessment is not met (Consent given on (empty) — failed)',
      ],
    ],
    [
      'an expected refusal that does not happen',
      [{ event: intake, expect: { rejected: true } }],
      ['rejected: expected the event to be refused, but it was accepted'],
    ],
    [
      'other block codes',
      [{ event: { type: 'advance', to: 'assessment' }, expect: { blockedBy: ['form_missing:intake-form'] } }],
      [
        'blockedBy: expected [form_missing:intake-form], got [entry_condition, form_missing:intake-form, task_open:consent] (unexpected task_open:consent, entry_condition)',
      ],
    ],
    [
      'block codes in any order',
      [
        {
          event: { type: 'advance', to: 'assessment' },
          expect: { blockedBy: ['entry_condition', 'task_open:consent', 'form_missing:intake-form'] },
        },
      ],
      [],
    ],
    [
      'a closure reason',
      [{ event: { type: 'close', reason: 'moved' }, expect: { rejected: true, closureReason: 'moved' } }],
      ['closureReason: expected "moved", got null'],
    ],
  ])('%s', (_, steps, expected) => {
    expect(failures(steps)).toEqual(expected);
  });

  it('acts with the role the step names', () => {
    expect(
      failures([
        {
          event: { type: 'complete_task', task: 'call-client', role: 'case_manager' },
          expect: { rejected: true, blockedBy: ['role_not_allowed'] },
        },
      ]),
    ).toEqual([]);
  });

  it('starts at `start`', () => {
    // From a Friday the call (2 calendar days) is overdue on Monday, consent (3 working days) is not.
    const steps: Scenario['steps'] = [
      { after: { amount: 1, unit: 'working_days' }, expect: { overdueTasks: ['call-client'] } },
    ];
    expect(failures(steps, { start: '2025-01-10T09:00:00Z' })).toEqual([]);
    expect(failures(steps)).not.toEqual([]);
  });

  it('reports a case that cannot be opened', () => {
    const bundle = fixtureBundle('fx-workflow', (files) => {
      const sop = files.get('fx-workflow/cm.sop.json') as { stages: Record<string, unknown>[] };
      sop.stages[0]!.entry = { '===': [{ var: 'person.firstName' }, 'Nobody'] };
    });
    const result = runScenario(bundle, 'cm', {
      name: 'x',
      person: { ...ADULT },
      steps: [{ after: { amount: 1, unit: 'days' } }],
    });
    expect(result).toMatchObject({ passed: false, steps: [] });
    expect(result.error).toBe(
      'Cannot open the case: the entry condition of Intake is not met (First name "Aziza" = "Nobody" — failed)',
    );
  });

  it('formats failures under their scenario', () => {
    const bundle = fixtureBundle('fx-workflow', (files) => {
      const sop = files.get('fx-workflow/cm.sop.json') as { scenarios: Scenario[] };
      sop.scenarios = [
        { name: 'wrong', person: { ...ADULT }, steps: [{ event: intake, expect: { stage: 'planning' } }] },
      ];
    });
    expect(formatScenarioReport(runSiteScenarios(bundle))).toBe(
      [
        'fx-workflow: 0/1 SOP scenarios passed',
        '  ✗ cm: wrong',
        '      step 1: stage: expected "planning", got "intake"',
      ].join('\n'),
    );
  });
});
