import { describe, expect, it } from 'vitest';
import { codes, drive, toImplementation } from './workflow-test-kit.js';

const reviewForm = { type: 'submit', form: 'review-form', data: { summary: 'ok' } } as const;
const adjust = (date: string, role = 'case_manager') =>
  ({ type: 'adjust_review', review: 'review', date, actor: { role } }) as const;

describe('recurring reviews', () => {
  it('start when the case enters a stage of `during`, first due `every` later', () => {
    const d = toImplementation(drive());
    expect(d.state.reviews.review).toMatchObject({ dueDate: '2025-02-03', base: d.now, adjusted: false });
    expect(d.effects).toContainEqual(
      expect.objectContaining({ type: 'review_scheduled', reviewId: 'review' }),
    );
    expect(d.openIds()).not.toContain('review');
  });

  it('the review task appears on its due day and is overdue the day after', () => {
    const d = toImplementation(drive());
    d.at('2025-02-02T18:00:00Z'); // 23:00 in Tashkent, the day before
    expect(d.openIds()).not.toContain('review');
    d.at('2025-02-02T19:00:00Z'); // local midnight
    expect(d.open().find((t) => t.kind === 'review')).toMatchObject({
      id: 'review#1',
      dueDate: '2025-02-03',
      overdue: false,
    });
    expect(d.effects).toContainEqual(expect.objectContaining({ type: 'notification', topic: 'review_due' }));
    d.at('2025-02-03T19:00:00Z');
    expect(d.open().find((t) => t.kind === 'review')?.overdue).toBe(true);
  });

  it('is never created twice, however long it stays undone', () => {
    const d = toImplementation(drive());
    d.after({ amount: 5, unit: 'weeks' });
    d.after({ amount: 10, unit: 'weeks' });
    expect(d.state.tasks.filter((t) => t.kind === 'review')).toHaveLength(1);
  });

  it('submitting the review form completes it; the next is due `every` after the submission', () => {
    const d = toImplementation(drive());
    d.at('2025-02-05T09:00:00Z');
    d.event(reviewForm);
    expect(d.state.tasks.find((t) => t.id === 'review#1')?.status).toBe('done');
    expect(d.state.reviews.review).toMatchObject({ dueDate: '2025-03-05', base: '2025-02-05T09:00:00.000Z' });
    d.at('2025-03-05T09:00:00Z');
    expect(
      d
        .open()
        .filter((t) => t.kind === 'review')
        .map((t) => t.id),
    ).toEqual(['review#2']);
  });

  it('skipping a review task also schedules the next', () => {
    const d = toImplementation(drive());
    d.at('2025-02-03T09:00:00Z');
    d.event({ type: 'skip_task', task: 'review', reason: 'client abroad' });
    expect(d.state.reviews.review?.dueDate).toBe('2025-03-03');
  });

  it('stops when the case leaves the stages, cancelling an open review task', () => {
    const d = toImplementation(drive());
    d.at('2025-02-03T09:00:00Z');
    d.event({ type: 'advance', to: 'assessment' });
    expect(d.state.reviews).toEqual({});
    expect(d.state.tasks.find((t) => t.kind === 'review')?.status).toBe('cancelled');
    expect(d.effects).toContainEqual(expect.objectContaining({ type: 'review_stopped', reviewId: 'review' }));
    d.after({ amount: 10, unit: 'weeks' });
    expect(d.openIds()).not.toContain('review');
  });

  it('applies a schedule only while its `when` holds', () => {
    const low = toImplementation(drive(), 'low');
    expect(Object.keys(low.state.reviews)).toEqual(['review']);
    const high = toImplementation(drive(), 'high');
    expect(Object.keys(high.state.reviews).sort()).toEqual(['review', 'risk-review']);
    expect(high.state.reviews['risk-review']?.dueDate).toBe('2025-01-13');
    high.event({ type: 'submit', form: 'intake-form', data: { consentedOn: '2025-01-06', risk: 'low' } });
    expect(Object.keys(high.state.reviews)).toEqual(['review']);
  });
});

describe('adjusting the next review date', () => {
  it.each([
    ['within bounds', '2025-02-10', []],
    ['at the earliest (2 weeks after the last review)', '2025-01-20', []],
    ['at the latest (6 weeks after)', '2025-02-17', []],
    ['too early', '2025-01-19', ['review_date_out_of_bounds:review']],
    ['too late', '2025-02-18', ['review_date_out_of_bounds:review']],
    ['not a date', '2025-02-30', ['invalid_date']],
  ])('%s: %s', (_, date, expected) => {
    const d = toImplementation(drive());
    const result = d.step(adjust(date));
    expect(codes(result)).toEqual(expected);
    if (result.ok) expect(d.state.reviews.review).toMatchObject({ dueDate: date, adjusted: true });
    else if (expected[0]?.startsWith('review_date'))
      expect(result.blockedBy[0]?.params).toEqual({
        review: 'review',
        date,
        min: '2025-01-20',
        max: '2025-02-17',
      });
  });

  it('the review then appears on the new date', () => {
    const d = toImplementation(drive());
    d.step(adjust('2025-01-27'));
    d.at('2025-01-27T09:00:00Z');
    expect(d.open().find((t) => t.kind === 'review')?.dueDate).toBe('2025-01-27');
  });

  it('moves an already open review task', () => {
    const d = toImplementation(drive());
    d.at('2025-02-03T09:00:00Z');
    d.step(adjust('2025-02-14'));
    expect(d.open().find((t) => t.kind === 'review')).toMatchObject({
      dueDate: '2025-02-14',
      overdue: false,
    });
  });

  it.each([
    ['a review without bounds', 'risk-review', 'supervisor', 'high', ['review_not_adjustable:risk-review']],
    ['a review not scheduled', 'risk-review', 'supervisor', 'low', ['review_not_scheduled:risk-review']],
    ['an unknown review', 'nope', 'supervisor', 'low', ['unknown_review:nope']],
    ['a role that does not carry it out', 'review', 'outreach', 'low', ['role_not_allowed']],
  ] as const)('refuses %s', (_, review, role, risk, expected) => {
    const d = toImplementation(drive(), risk);
    expect(codes(d.step({ type: 'adjust_review', review, date: '2025-01-27', actor: { role } }))).toEqual(
      expected,
    );
  });
});
