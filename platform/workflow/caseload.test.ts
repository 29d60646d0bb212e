import { describe, expect, it } from 'vitest';
import { checkAllocation } from './allocation-check.js';
import { capsFor, caseWeight, caseWeightOf, workerLoad } from './caseload.js';
import { supervisorSummary } from './supervisor-summary.js';
import { drive, fixtureBundle, fxWorkflow } from './workflow-test-kit.js';

const item = (weight: number, status: 'open' | 'passive' | 'closed' = 'open') => ({ weight, status });

describe('case weights', () => {
  it.each([
    [
      'the first matching rule (high risk)',
      { forms: { 'intake-form': { risk: 'high' } }, case: { status: 'passive' } },
      3,
      0,
    ],
    ['a later rule', { forms: {}, case: { status: 'passive' } }, 0.5, 1],
    ['the default weight', { forms: { 'intake-form': { risk: 'low' } }, case: { status: 'open' } }, 1, null],
  ])('%s', (_, facts, weight, rule) => {
    expect(caseWeight(fxWorkflow(), facts)).toMatchObject({ weight, rule });
  });

  it('weighs a case from its engine state', () => {
    const d = drive();
    expect(caseWeightOf(d.def, d.state, d.now).weight).toBe(1);
    d.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06', risk: 'high' } });
    expect(caseWeightOf(d.def, d.state, d.now)).toMatchObject({ weight: 3, label: { en: 'High risk' } });
  });

  it('uses the default of 1 when the site sets none', () => {
    const bundle = fixtureBundle('fx-site');
    expect(caseWeight(bundle, { forms: { screening: { severity: 'high' } } }).weight).toBe(2);
    expect(caseWeight(bundle, { forms: {} }).weight).toBe(1);
  });
});

describe('caps and allocation', () => {
  it('resolves caps per role, from numbers and settings, taking the tightest', () => {
    expect(capsFor(fxWorkflow(), ['case_manager'])).toEqual({ maxWeightedLoad: 10, maxCases: 4 });
    expect(capsFor(fxWorkflow(), ['outreach'])).toEqual({ maxWeightedLoad: null, maxCases: 2 });
    expect(capsFor(fxWorkflow(), ['case_manager', 'outreach'])).toEqual({ maxWeightedLoad: 10, maxCases: 2 });
    expect(capsFor(fxWorkflow(), ['supervisor'])).toEqual({ maxWeightedLoad: null, maxCases: null });
  });

  it('counts open and passive cases, not closed ones', () => {
    expect(workerLoad([item(3), item(0.5, 'passive'), item(2, 'closed')])).toEqual({
      openCases: 2,
      weightedLoad: 3.5,
    });
  });

  it.each([
    ['within the caps', [item(3), item(3)], 1, 'ok', []],
    ['reaching the weighted cap exactly', [item(3), item(3), item(3)], 1, 'ok', []],
    ['over the weighted cap', [item(3), item(3), item(3)], 3, 'refuse', ['max_weighted_load']],
    ['over the case count', [item(1), item(1), item(1), item(1)], 1, 'refuse', ['max_cases']],
    ['closed cases do not count', [item(3, 'closed'), item(3, 'closed'), item(3), item(3)], 3, 'ok', []],
  ] as const)('fx-workflow refuses over capacity: %s', (_, cases, weight, outcome, exceeded) => {
    const check = checkAllocation(fxWorkflow(), { roles: ['case_manager'], cases }, weight);
    expect(check.outcome).toBe(outcome);
    expect(check.exceeded).toEqual(exceeded);
  });

  it('fx-site only warns', () => {
    const cases = Array.from({ length: 15 }, () => item(2));
    const check = checkAllocation(fixtureBundle('fx-site'), { roles: ['case_manager'], cases }, 2);
    expect(check).toMatchObject({
      outcome: 'warn',
      before: { weightedLoad: 30 },
      after: { weightedLoad: 32, openCases: 16 },
    });
  });
});

describe('the supervisor view', () => {
  it('shows open cases, weighted load against the cap and overdue tasks per worker', () => {
    const rows = supervisorSummary(fxWorkflow(), {
      now: '2025-02-01T09:00:00Z',
      workers: [
        { userId: 'ann', roles: ['case_manager'] },
        { userId: 'bob', roles: ['case_manager'] },
        { userId: 'sue', roles: ['outreach'] },
      ],
      cases: [
        { caseId: 'c1', ownerId: 'ann', weight: 3, status: 'open' },
        { caseId: 'c2', ownerId: 'ann', weight: 3, status: 'open' },
        { caseId: 'c3', ownerId: 'ann', weight: 3, status: 'passive' },
        { caseId: 'c4', ownerId: 'ann', weight: 3, status: 'open' },
        { caseId: 'c5', ownerId: 'bob', weight: 1, status: 'closed' },
      ],
      tasks: [
        { caseId: 'c1', status: 'open', overdue: true },
        { caseId: 'c2', status: 'open', dueAt: '2025-01-31T18:59:59.999Z' },
        { caseId: 'c2', status: 'done', overdue: true },
        { caseId: 'c4', status: 'open', dueAt: '2025-02-05T18:59:59.999Z' },
        { caseId: 'c1', assigneeId: 'sue', status: 'open', overdue: true },
      ],
    });
    expect(rows).toEqual([
      {
        userId: 'ann',
        openCases: 4,
        weightedLoad: 12,
        limits: { maxWeightedLoad: 10, maxCases: 4 },
        utilisation: 1.2,
        overCapacity: true,
        overdueTasks: 2,
      },
      {
        userId: 'bob',
        openCases: 0,
        weightedLoad: 0,
        limits: { maxWeightedLoad: 10, maxCases: 4 },
        utilisation: 0,
        overCapacity: false,
        overdueTasks: 0,
      },
      {
        userId: 'sue',
        openCases: 0,
        weightedLoad: 0,
        limits: { maxWeightedLoad: null, maxCases: 2 },
        utilisation: null,
        overCapacity: false,
        overdueTasks: 1,
      },
    ]);
  });
});
