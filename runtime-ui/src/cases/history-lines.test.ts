import { describe, expect, it } from 'vitest';
import type { SopDefinition } from '../../../platform/definitions/definition-types.generated.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import type { HistoryItem } from '../common/api-types.js';
import { historyLines } from './history-lines.js';

const sop = {
  stages: [
    { id: 'intake', name: { en: 'Intake' } },
    { id: 'planning', name: { en: 'Planning' } },
  ],
  approvals: [{ id: 'plan-ok', name: { en: 'Plan approval' } }],
  closure: { reasons: [{ value: 'done', label: { en: 'Goals met' } }] },
} as unknown as SopDefinition;
const bundle = {
  forms: { plan: { title: { en: 'Case plan' } } },
  site: { roles: [] },
} as unknown as SiteBundle;
const jointBundle = {
  forms: {},
  site: {
    roles: [{ id: 'counsellor', name: { en: 'Employment counsellor' } }],
    partners: [{ id: 'nes', name: { en: 'NES Paraćin' } }],
  },
} as unknown as SiteBundle;
const context = {
  bundle,
  sop,
  locale: 'en' as const,
  l: (t: unknown) => (t as { en?: string } | undefined)?.en ?? '',
};

const event = (type: string, payload: Record<string, unknown>): HistoryItem => ({
  id: 'e',
  seq: 1,
  type,
  at: '2025-01-06T09:00:00Z',
  actorUserId: null,
  actorName: null,
  payload,
});

describe('history lines', () => {
  it('tells each effect of an event in words, with the definitions’ names', () => {
    const lines = historyLines(
      context,
      event('case.submit', {
        effects: [
          { type: 'form_submitted', formId: 'plan', at: '' },
          { type: 'stage_changed', from: 'intake', to: 'planning', transition: 't', at: '' },
          {
            type: 'approval_decided',
            approvalId: 'plan-ok',
            decision: 'returned',
            comment: 'Add a goal',
            at: '',
          },
          { type: 'case_closed', reason: 'done', transition: null, at: '' },
          {
            type: 'notification',
            to: { role: 'x' },
            topic: 'task_overdue',
            taskId: null,
            subject: '',
            at: '',
          },
        ],
      }),
    );
    expect(lines).toEqual([
      'Form submitted: Case plan',
      'Moved from “Intake” to “Planning”',
      'Returned: Plan approval — “Add a goal”',
      'Case closed: Goals met',
    ]);
  });
  it('tells assignments and team changes, which carry no effects', () => {
    expect(historyLines(context, event('case.assigned', {}))).toEqual(['Key worker changed']);
  });
  it('tells who of another partner joined the team under the client’s consent', () => {
    const joint = { ...context, bundle: jointBundle, names: new Map([['u-nes', 'Milica Petrović']]) };
    const added = (userId: string) =>
      event('case.team_member_added', { userId, roleId: 'counsellor', partnerId: 'nes', consentId: 'c1' });
    expect(historyLines(joint, added('u-nes'))).toEqual([
      'Added Milica Petrović of NES Paraćin to the team as Employment counsellor, under the client’s consent',
    ]);
    expect(historyLines(joint, added('u-gone'))).toEqual([
      'Added a member of NES Paraćin to the team as Employment counsellor, under the client’s consent',
    ]);
    expect(
      historyLines(joint, event('case.team_member_added', { userId: 'u-nes', roleId: 'counsellor' })),
    ).toEqual(['Added to the team as Employment counsellor']);
  });
  it('tells an emergency access with its reason and when it runs out, in the site’s time zone', () => {
    const lines = historyLines(
      context,
      event('case.emergency_access', { reason: 'Child missing tonight', expiresAt: '2025-01-06T17:00:00Z' }),
    );
    expect(lines).toEqual(['Emergency access (read-only) until 6 Jan 2025, 17:00: “Child missing tonight”']);
  });
});
