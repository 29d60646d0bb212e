import { describe, expect, it } from 'vitest';
import type { WorkTask } from '../common/api-types.js';
import { matches } from './work-filters.js';

const now = Date.parse('2025-03-10T12:00:00Z');
const task = (over: Partial<WorkTask>): WorkTask => ({
  id: 't',
  caseId: 'c',
  instanceKey: 'k',
  definitionId: 'd',
  kind: 'task',
  roleId: 'r',
  dueAt: null,
  overdue: false,
  personName: 'P',
  caseStage: 's',
  caseOwnerUserId: null,
  ...over,
});

describe('work filters', () => {
  it('tells overdue from due this week', () => {
    const late = task({ dueAt: '2025-03-09T00:00:00Z' });
    const soon = task({ dueAt: '2025-03-12T00:00:00Z' });
    const later = task({ dueAt: '2025-04-12T00:00:00Z' });
    expect([late, soon, later].map((x) => matches(x, 'overdue', now))).toEqual([true, false, false]);
    expect([late, soon, later].map((x) => matches(x, 'week', now))).toEqual([false, true, false]);
  });
  it('filters by kind, passive reviews with follow-ups', () => {
    expect(matches(task({ kind: 'approval' }), 'approval', now)).toBe(true);
    expect(matches(task({ kind: 'passive_review' }), 'follow_up', now)).toBe(true);
    expect(matches(task({ kind: 'review' }), 'task', now)).toBe(false);
  });
});
