import { describe, expect, it } from 'vitest';
import type { Duration } from '../definitions/definition-types.generated.js';
import { type DeadlineAnchorValue, deadlineAfter, instantAfter } from './deadlines.js';
import { endOfDay, iso, localDate, startOfDay } from './site-time.js';
import { workflowDefinition } from './workflow-definition.js';
import { fxWorkflow } from './workflow-test-kit.js';

// fx-workflow: Asia/Tashkent (UTC+5, no DST), weekend Sat–Sun, holiday 2025-01-14, annual 03-21.
const def = () => workflowDefinition(fxWorkflow(), 'cm');
const d = (amount: Duration['amount'], unit: Duration['unit']): Duration => ({ amount, unit });

describe('deadlineAfter in the site calendar and zone', () => {
  it.each<[string, DeadlineAnchorValue, Duration, string]>([
    ['3 working days from Monday', { date: '2025-01-06' }, d(3, 'working_days'), '2025-01-09'],
    [
      '5 working days from Monday skip the weekend',
      { date: '2025-01-06' },
      d(5, 'working_days'),
      '2025-01-13',
    ],
    [
      '3 working days from Friday skip the weekend and the 14th',
      { date: '2025-01-10' },
      d(3, 'working_days'),
      '2025-01-16',
    ],
    ['from a Saturday, day zero is the Saturday', { date: '2025-01-11' }, d(1, 'working_days'), '2025-01-13'],
    ['the day before a holiday', { date: '2025-01-13' }, d(1, 'working_days'), '2025-01-15'],
    ['an annual holiday (Navruz on a Friday)', { date: '2025-03-20' }, d(1, 'working_days'), '2025-03-24'],
    ['the annual holiday recurs next year', { date: '2026-03-20' }, d(1, 'working_days'), '2026-03-23'],
    ['0 working days is the anchor day itself', { date: '2025-01-11' }, d(0, 'working_days'), '2025-01-11'],
    ['calendar days may land on a weekend', { date: '2025-01-10' }, d(2, 'days'), '2025-01-12'],
    ['calendar days may land on a holiday', { date: '2025-01-13' }, d(1, 'days'), '2025-01-14'],
    ['weeks', { date: '2025-01-06' }, d(4, 'weeks'), '2025-02-03'],
    ['months clamp to the month end', { date: '2025-01-31' }, d(1, 'months'), '2025-02-28'],
    ['years', { date: '2024-02-29' }, d(1, 'years'), '2025-02-28'],
    [
      'an amount from a setting',
      { date: '2025-01-06' },
      d({ setting: 'review_weeks' }, 'weeks'),
      '2025-02-03',
    ],
    // 2025-01-10T20:00Z is already Saturday in Tashkent: the local day counts.
    [
      'an instant is read as its local day',
      { instant: '2025-01-10T20:00:00Z' },
      d(1, 'working_days'),
      '2025-01-13',
    ],
    [
      'an instant before local midnight',
      { instant: '2025-01-10T18:00:00Z' },
      d(1, 'working_days'),
      '2025-01-13',
    ],
  ])('%s', (_, anchor, duration, dueDate) => {
    const due = deadlineAfter(def(), anchor, duration);
    expect(due.dueDate).toBe(dueDate);
    // Due at the last millisecond of the local day: 23:59:59.999 in Tashkent is 18:59:59.999Z.
    expect(due.dueAt).toBe(`${dueDate}T18:59:59.999Z`);
    expect(due.appearsAt).toBe(iso(startOfDay(dueDate, 'Asia/Tashkent')));
  });

  it('counts hours exactly from the anchor instant', () => {
    const due = deadlineAfter(def(), { instant: '2025-01-06T09:00:00.000Z' }, d(36, 'hours'));
    expect(due).toEqual({
      dueAt: '2025-01-07T21:00:00.000Z',
      dueDate: '2025-01-08',
      appearsAt: '2025-01-07T21:00:00.000Z',
    });
  });

  it('counts hours from the start of a local day for a date anchor', () => {
    expect(deadlineAfter(def(), { date: '2025-01-06' }, d(24, 'hours')).dueAt).toBe(
      '2025-01-06T19:00:00.000Z',
    );
  });
});

describe('instantAfter moves a clock in local days, keeping the time of day', () => {
  it.each<[string, string, Duration, string]>([
    ['days', '2025-01-06T09:00:00.000Z', d(2, 'days'), '2025-01-08T09:00:00.000Z'],
    [
      'working days over the weekend',
      '2025-01-10T09:00:00.000Z',
      d(1, 'working_days'),
      '2025-01-13T09:00:00.000Z',
    ],
    [
      'working days over the holiday',
      '2025-01-13T09:00:00.000Z',
      d(1, 'working_days'),
      '2025-01-15T09:00:00.000Z',
    ],
    ['weeks', '2025-01-06T09:00:00.000Z', d(4, 'weeks'), '2025-02-03T09:00:00.000Z'],
    ['months', '2025-01-31T09:00:00.000Z', d(1, 'months'), '2025-02-28T09:00:00.000Z'],
    ['hours', '2025-01-06T09:00:00.000Z', d(30, 'hours'), '2025-01-07T15:00:00.000Z'],
  ])('%s', (_, from, duration, to) => {
    expect(instantAfter(def(), from, duration)).toBe(to);
  });
});

describe('site-local days', () => {
  it.each([
    ['UTC', '2025-01-06', '2025-01-06T00:00:00.000Z', '2025-01-06T23:59:59.999Z'],
    ['Asia/Tashkent', '2025-01-06', '2025-01-05T19:00:00.000Z', '2025-01-06T18:59:59.999Z'],
    ['America/New_York', '2025-01-06', '2025-01-06T05:00:00.000Z', '2025-01-07T04:59:59.999Z'],
    // Daylight saving: the spring-forward day in Belgrade is 23 hours long.
    ['Europe/Belgrade', '2025-03-30', '2025-03-29T23:00:00.000Z', '2025-03-30T21:59:59.999Z'],
    ['Europe/Belgrade', '2025-10-26', '2025-10-25T22:00:00.000Z', '2025-10-26T22:59:59.999Z'],
  ])('%s %s runs from %s to %s', (zone, date, start, end) => {
    expect(iso(startOfDay(date, zone))).toBe(start);
    expect(iso(endOfDay(date, zone))).toBe(end);
  });

  it('reads the local day of an instant', () => {
    expect(localDate('2025-01-06T20:00:00Z', 'Asia/Tashkent')).toBe('2025-01-07');
    expect(localDate('2025-01-06T03:00:00Z', 'America/New_York')).toBe('2025-01-05');
  });
});
