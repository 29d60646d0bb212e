import type { Duration } from '../../../definitions/definition-types.generated.js';
import type { BundleContent } from '../bundle-definitions.js';

const DAYS: Readonly<Record<Duration['unit'], number>> = {
  hours: 1 / 24,
  days: 1,
  working_days: 7 / 5,
  weeks: 7,
  months: 30.44,
  years: 365.25,
};

/** A duration's amount with named settings read from the bundle (undefined when the setting is not a number). */
export function amountIn(bundle: BundleContent, duration: Duration): number | undefined {
  if (typeof duration.amount === 'number') return duration.amount;
  const value = bundle.site.settings?.[duration.amount.setting]?.value;
  return typeof value === 'number' ? value : undefined;
}

/** About how many calendar days a duration is, to say whether a deadline moved earlier or later. */
export function approximateDays(bundle: BundleContent, duration: Duration): number | undefined {
  const amount = amountIn(bundle, duration);
  return amount === undefined ? undefined : amount * DAYS[duration.unit];
}

/** "90 days", "6 working days". */
export function formatDuration(bundle: BundleContent, duration: Duration): string {
  const amount = amountIn(bundle, duration);
  return `${amount ?? '?'} ${duration.unit.replace('_', ' ')}`;
}
