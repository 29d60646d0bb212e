import { describe, expect, it } from 'vitest';
import type { ExternalFacts } from '../workflow/index.js';
import { bundleEvaluator } from './eligibility.js';
import type { Referral } from './referral.js';
import { referralFacts } from './referral-facts.js';
import { create, current, drive, fxReferrals, referralIn } from './referral-test-kit.js';

/** A referral of `protocol` created at `at` and taken through `events`. */
function made(
  protocol: string,
  id: string,
  at: string,
  events: Parameters<ReturnType<typeof drive>['must']>[0][],
) {
  const d = drive({ start: at });
  d.must(create(protocol, { id, reason: protocol === 'to-employment' ? 'job_search' : 'first_assessment' }));
  for (const event of events) d.must(event);
  return current(d);
}

describe('referral facts for SOP conditions', () => {
  const first = made('to-employment', 'r-1', '2025-03-03T04:00:00.000Z', [
    { type: 'send' },
    { type: 'decline', reason: 'no_places' },
  ]);
  const second = made('to-employment', 'r-2', '2025-03-10T20:30:00.000Z', [
    { type: 'send' },
    { type: 'accept' },
    { type: 'complete' },
  ]);
  const draft = made('to-commission', 'r-3', '2025-03-11T04:00:00.000Z', []);

  it('takes the latest referral per protocol and counts those sent, dates as site-local days', () => {
    expect(referralFacts([second, draft, first], 'Asia/Tashkent')).toEqual({
      'to-employment': {
        status: 'completed',
        // 20:30 UTC on 10 March is 01:30 on 11 March in Tashkent.
        sentAt: '2025-03-11',
        respondedAt: '2025-03-11',
        completedAt: '2025-03-11',
        count: 2,
      },
      'to-commission': { status: 'draft', sentAt: null, respondedAt: null, completedAt: null, count: 0 },
    });
  });

  it('reads days in UTC by default', () => {
    expect(referralFacts([second])['to-employment']?.sentAt).toBe('2025-03-10');
  });

  it('is what SOP conditions read through the workflow’s external facts', () => {
    const external: ExternalFacts = { referrals: referralFacts([first, second], 'Asia/Tashkent') };
    const evaluator = bundleEvaluator(fxReferrals());
    const done = { '===': [{ var: 'referrals.to-employment.status' }, 'completed'] };
    const twice = { '>=': [{ var: 'referrals.to-employment.count' }, 2] };
    expect(evaluator.evaluate({ and: [done, twice] }, external)).toBe(true);
    expect(evaluator.evaluate(done, { referrals: referralFacts([first]) })).toBe(false);
  });

  it('breaks a tie of creation instants by id, and has no entry without referrals', () => {
    const a = referralIn('rejected').referral as Referral;
    const b = { ...(referralIn('accepted').referral as Referral), id: 'ref-2' };
    expect(referralFacts([b, a])['to-employment']?.status).toBe('accepted');
    expect(referralFacts([a, b])['to-employment']?.status).toBe('accepted');
    expect(referralFacts([])).toEqual({});
  });
});
