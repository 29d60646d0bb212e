import { describe, expect, it } from 'vitest';
import { countByFilter, dueOf, filtersOf, inFilter, listPath } from './inbox-filters.js';

const due = (dueDate: string) => ({ dueAt: `${dueDate}T22:59:59Z`, dueDate });
const item = (status: 'requested' | 'accepted' | 'completed' | 'draft', overdue = false) => ({
  status,
  responseDue: due('2025-03-10'),
  completionDue: due('2025-04-01'),
  overdue: { response: overdue, completion: false },
});

describe('inbox filters', () => {
  it('offers drafts only in the sent box', () => {
    expect(filtersOf('incoming')).not.toContain('draft');
    expect(filtersOf('outgoing')).toContain('draft');
  });

  it('groups statuses by the stage of the referral', () => {
    expect(inFilter('received', 'waiting')).toBe(true);
    expect(inFilter('on_hold', 'active')).toBe(true);
    expect(inFilter('rejected', 'closed')).toBe(true);
    expect(inFilter('draft', 'waiting')).toBe(false);
    expect(inFilter('failed', 'all')).toBe(true);
  });

  it('asks the API for the statuses of a filter, a page at a time', () => {
    expect(decodeURIComponent(listPath('rs', 'incoming', 'waiting', 'c1', 10))).toBe(
      '/api/sites/rs/referrals?box=incoming&limit=10&status=requested,received&cursor=c1',
    );
    expect(listPath('rs', 'outgoing', 'all')).toBe('/api/sites/rs/referrals?box=outgoing&limit=25');
  });

  it('counts each filter', () => {
    const counts = countByFilter(
      [item('requested'), item('accepted'), item('completed')],
      filtersOf('incoming'),
    );
    expect(counts).toMatchObject({ all: 3, waiting: 1, active: 1, closed: 1 });
  });

  it('says the answer deadline while waiting, the service deadline while running, none after', () => {
    expect(dueOf(item('requested'), '2025-03-10')).toEqual({
      kind: 'response',
      date: '2025-03-10',
      overdue: false,
    });
    expect(dueOf(item('requested'), '2025-03-11')?.overdue).toBe(true);
    expect(dueOf(item('requested', true), '2025-03-01')?.overdue).toBe(true);
    expect(dueOf(item('accepted'), '2025-03-11')).toEqual({
      kind: 'completion',
      date: '2025-04-01',
      overdue: false,
    });
    expect(dueOf(item('completed'), '2025-03-11')).toBeNull();
  });
});
