/**
 * A KPI request as the HTTP API takes it (text parameters) checked into the query of each
 * indicator: range, period, agency and dimensions, with defaults where the reader gave none.
 */
import type { Actor } from '../../access/actor.js';
import type { IndicatorDefinition } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { isIsoDate } from '../../kernel/dates.js';
import { PlatformError } from '../../kernel/errors.js';
import type { IndicatorQuery, KpiPeriod } from './analytics-types.js';
import { allowedDimensions } from './dimension-access.js';
import { bucketsBetween, KPI_PERIODS, MAX_BUCKETS, recentRange } from './periods.js';

/** Query parameters of the KPI routes. */
export type KpiRequest = {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly period?: string | undefined;
  readonly agency?: string | undefined;
  /** Absent: each indicator's first dimension the reader may use; empty: none; else comma-separated paths. */
  readonly groupBy?: string | undefined;
  readonly locale?: string | undefined;
};

/** A checked request; `period` and `from` default per indicator. */
export type KpiScope = {
  readonly from?: string;
  readonly to: string;
  readonly period?: KpiPeriod;
  readonly agency?: string;
  readonly groupBy?: readonly string[];
  readonly locale: string;
  readonly today: string;
};

/** Buckets shown when the reader gives no start: a quarter of weeks, a year of months… */
const DEFAULT_BUCKETS: Record<KpiPeriod, number> = { week: 13, month: 12, quarter: 8, year: 5 };

const bad = (name: string, message: string) =>
  new PlatformError('bad_request', message, { fields: [{ pointer: `/${name}`, code: 'invalid', message }] });

function date(request: KpiRequest, name: 'from' | 'to'): string | undefined {
  const value = request[name];
  if (value === undefined || value === '') return undefined;
  if (!isIsoDate(value)) throw bad(name, `"${name}" must be a date (YYYY-MM-DD).`);
  return value;
}

/** Checks the parameters: dates, a known period, a partner of the site, dimension paths. */
export function parseKpiRequest(bundle: SiteBundle, request: KpiRequest, today: string): KpiScope {
  const from = date(request, 'from');
  const to = date(request, 'to') ?? today;
  if (from !== undefined && from > to) throw bad('from', '"from" must not be after "to".');
  const period = request.period || undefined;
  if (period !== undefined && !(KPI_PERIODS as readonly string[]).includes(period))
    throw bad('period', `"period" must be one of ${KPI_PERIODS.join(', ')}.`);
  const agency = request.agency || undefined;
  if (agency !== undefined && !bundle.site.partners.some((p) => p.id === agency))
    throw bad('agency', `No partner "${agency}" at this site.`);
  const groupBy =
    request.groupBy === undefined ? undefined : request.groupBy.split(',').filter((p) => p !== '');
  return {
    ...(from ? { from } : {}),
    to,
    ...(period ? { period: period as KpiPeriod } : {}),
    ...(agency ? { agency } : {}),
    ...(groupBy ? { groupBy } : {}),
    locale: request.locale || bundle.site.defaultLocale,
    today,
  };
}

function dimensionsFor(
  actor: Actor,
  bundle: SiteBundle,
  indicator: IndicatorDefinition,
  asked?: readonly string[],
) {
  const allowed = allowedDimensions(actor, bundle, indicator);
  if (asked === undefined) return allowed.slice(0, 1);
  const declared = new Set((indicator.groupBy ?? []).map((d) => d.path));
  for (const path of asked) {
    if (!declared.has(path)) throw bad('groupBy', `"${indicator.id}" cannot be broken down by "${path}".`);
    if (!allowed.includes(path))
      throw new PlatformError(
        'forbidden',
        `Your role sees counts only; "${path}" could single out a person.`,
      );
  }
  if (asked.length > 3) throw bad('groupBy', 'Break an indicator down by at most three dimensions.');
  return [...asked];
}

/** The query of one indicator: its own period unless one was asked, and the reader's dimensions. */
export function queryFor(
  actor: Actor,
  bundle: SiteBundle,
  indicator: IndicatorDefinition,
  scope: KpiScope,
  /** `strict`: every asked dimension must be the indicator's; `lenient`: those that are not are ignored. */
  dimensions: 'strict' | 'lenient' = 'strict',
): IndicatorQuery {
  const period = scope.period ?? indicator.period ?? 'month';
  const from = scope.from ?? recentRange(scope.to, period, DEFAULT_BUCKETS[period]).from;
  const buckets = bucketsBetween(from, scope.to, period);
  if (buckets.length >= MAX_BUCKETS && (buckets.at(-1)?.end ?? '') < scope.to)
    throw bad('from', `At most ${MAX_BUCKETS} periods at a time: choose a longer period or a shorter range.`);
  const asked =
    dimensions === 'strict'
      ? scope.groupBy
      : scope.groupBy?.filter((p) => allowedDimensions(actor, bundle, indicator).includes(p));
  return {
    from,
    to: scope.to,
    period,
    agency: scope.agency,
    groupBy: dimensionsFor(actor, bundle, indicator, asked),
    today: scope.today,
  };
}
