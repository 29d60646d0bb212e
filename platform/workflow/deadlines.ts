import type { Duration } from '../definitions/definition-types.generated.js';
import { addDays, addMonths } from '../kernel/dates.js';
import { PlatformError } from '../kernel/errors.js';
import { addWorkingDays } from '../kernel/working-calendar.js';
import type { Deadline } from './case-state.js';
import { endOfDay, iso, localDate, startOfDay } from './site-time.js';
import type { WorkflowDefinition } from './workflow-definition.js';

/** What a deadline counts from: an instant (an event) or a site-local day (a form's date field). */
export type DeadlineAnchorValue = { readonly instant: string } | { readonly date: string };

/** A deadline and the instant its task appears (the start of the due day). */
export type ScheduledDeadline = Deadline & { appearsAt: string };

type TimeContext = Pick<WorkflowDefinition, 'calendar' | 'timeZone' | 'settings'>;

/** The amount of a duration, reading `{ setting }` from the site's settings. */
export function amountOf(duration: Duration, settings: TimeContext['settings']): number {
  const { amount } = duration;
  if (typeof amount === 'number') return amount;
  const value = settings[amount.setting];
  if (typeof value !== 'number')
    throw new PlatformError('definitions_invalid', `Setting "${amount.setting}" is not a number.`);
  return value;
}

/** The day `duration` after `date`; working days follow the site calendar (day zero is `date`). */
export function shiftDate(ctx: TimeContext, date: string, duration: Duration): string {
  const n = amountOf(duration, ctx.settings);
  const shifted = (() => {
    switch (duration.unit) {
      case 'hours':
        return addDays(date, Math.floor(n / 24));
      case 'days':
        return addDays(date, Math.round(n));
      case 'weeks':
        return addDays(date, Math.round(n * 7));
      case 'months':
        return addMonths(date, Math.round(n));
      case 'years':
        return addMonths(date, Math.round(n * 12));
      case 'working_days':
        return addWorkingDays(ctx.calendar, date, Math.round(n));
    }
  })();
  if (shifted === undefined)
    throw new PlatformError('bad_request', `Cannot add ${n} ${duration.unit} to ${date}.`);
  return shifted;
}

/**
 * The deadline `duration` after `anchor`. Day-based units land on a site-local day and pass at its
 * last millisecond in the site's zone (a task due "in 5 working days" from Monday 09:00 is due all
 * of the next Monday); `hours` pass at the exact instant. Calendar-day deadlines are not moved off
 * weekends or holidays; working-day deadlines never land on one.
 */
export function deadlineAfter(
  ctx: TimeContext,
  anchor: DeadlineAnchorValue,
  duration: Duration,
): ScheduledDeadline {
  if (duration.unit === 'hours') {
    const start = 'instant' in anchor ? Date.parse(anchor.instant) : startOfDay(anchor.date, ctx.timeZone);
    const due = start + amountOf(duration, ctx.settings) * 3_600_000;
    return { dueAt: iso(due), dueDate: localDate(due, ctx.timeZone), appearsAt: iso(due) };
  }
  return deadlineOn(ctx, shiftDate(ctx, anchorDate(ctx, anchor), duration));
}

/** The deadline of a site-local day. */
export function deadlineOn(ctx: Pick<TimeContext, 'timeZone'>, date: string): ScheduledDeadline {
  return {
    dueAt: iso(endOfDay(date, ctx.timeZone)),
    dueDate: date,
    appearsAt: iso(startOfDay(date, ctx.timeZone)),
  };
}

function anchorDate(ctx: TimeContext, anchor: DeadlineAnchorValue): string {
  return 'date' in anchor ? anchor.date : localDate(anchor.instant, ctx.timeZone);
}

/**
 * The instant `duration` after `instant`: exact for hours; otherwise the same site-local time of
 * day on the shifted day (how a scenario's `after` moves the clock).
 */
export function instantAfter(ctx: TimeContext, instant: string, duration: Duration): string {
  const ms = Date.parse(instant);
  if (duration.unit === 'hours') return iso(ms + amountOf(duration, ctx.settings) * 3_600_000);
  const date = localDate(ms, ctx.timeZone);
  const timeOfDay = ms - startOfDay(date, ctx.timeZone);
  return iso(startOfDay(shiftDate(ctx, date, duration), ctx.timeZone) + timeOfDay);
}
