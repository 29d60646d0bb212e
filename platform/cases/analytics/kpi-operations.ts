import { requirePermission } from '../../access/actor.js';
import type { IndicatorDefinition } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import { PlatformError } from '../../kernel/errors.js';
import { localize } from '../../kernel/localized-text.js';
import type { OperationContext } from '../operation-context.js';
import { siteToday } from '../site-today.js';
import type { AnalyticsPort } from './analytics-port.js';
import type { IndicatorCell, IndicatorResult } from './analytics-types.js';
import { groupLabeller } from './group-labels.js';
import { type KpiRequest, type KpiScope, parseKpiRequest, queryFor } from './kpi-request.js';

/** What the KPI operations run with: the operation context and the analytics port. */
export type KpiContext = OperationContext & { readonly analytics: AnalyticsPort };

/** A cell with the names of its group's values in the reader's language. */
export type KpiCellView = IndicatorCell & { readonly groupLabels?: Readonly<Record<string, string>> };

/** An indicator's result as the dashboard shows it: named, with its dimensions and labelled cells. */
export type KpiView = Omit<IndicatorResult, 'cells'> & {
  readonly name: string;
  readonly description: string | null;
  /** Every dimension of the indicator (the ones the reader may use), with its name. */
  readonly dimensions: readonly { readonly path: string; readonly label: string }[];
  readonly cells: readonly KpiCellView[];
};

/** Every indicator of the site, as of the site's `today`, in `locale`. */
export type KpiDashboard = {
  readonly siteId: string;
  readonly locale: string;
  readonly today: string;
  readonly indicators: readonly KpiView[];
};

/** Names of the users in `case.owner` groups (staff, never clients). */
async function ownerNames(
  ctx: KpiContext,
  results: readonly IndicatorResult[],
): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const r of results)
    for (const c of r.cells) {
      const owner = c.group?.['case.owner'];
      if (typeof owner === 'string') ids.add(owner);
    }
  return ids.size === 0 ? new Map() : ctx.store.userNames([...ids]);
}

function viewOf(
  bundle: SiteBundle,
  indicator: IndicatorDefinition,
  result: IndicatorResult,
  locale: string,
  people: ReadonlyMap<string, string>,
): KpiView {
  const text = (value: Parameters<typeof localize>[0]) =>
    localize(value, locale, [bundle.site.defaultLocale, 'en']);
  const label = groupLabeller(bundle, indicator, locale, people);
  const cells = result.cells.map((cell): KpiCellView => {
    if (cell.group === null) return cell;
    const groupLabels = Object.fromEntries(
      Object.entries(cell.group).map(([path, v]) => [path, label(path, v)]),
    );
    return { ...cell, groupLabels };
  });
  return {
    ...result,
    name: text(indicator.name),
    description: indicator.description ? text(indicator.description) : null,
    dimensions: (indicator.groupBy ?? []).map((d) => ({ path: d.path, label: text(d.label) })),
    cells,
  };
}

function start(ctx: KpiContext, request: KpiRequest): KpiScope {
  requirePermission(ctx.actor, 'kpi.read');
  return parseKpiRequest(ctx.version.bundle, request, siteToday(ctx.version, ctx.clock.now()));
}

/**
 * Every indicator of the site for the dashboard: each over the asked range (default: its recent
 * periods), per its own period unless one is asked, broken down by the asked dimensions it has
 * (default: its first the reader may use). Aggregates only; needs `kpi.read`.
 */
export async function readKpis(ctx: KpiContext, request: KpiRequest): Promise<KpiDashboard> {
  const scope = start(ctx, request);
  const bundle = ctx.version.bundle;
  const results = await ctx.analytics.computeAllIndicators(bundle, (indicator) =>
    queryFor(ctx.actor, bundle, indicator, scope, 'lenient'),
  );
  const people = await ownerNames(ctx, results);
  const indicators = results.map((r) =>
    viewOf(bundle, bundle.indicators[r.indicatorId] as IndicatorDefinition, r, scope.locale, people),
  );
  return { siteId: bundle.siteId, locale: scope.locale, today: scope.today, indicators };
}

/** One indicator; asking for a dimension it does not have is a 400, one the reader may not use a 403. */
export async function readKpi(ctx: KpiContext, indicatorId: string, request: KpiRequest): Promise<KpiView> {
  const scope = start(ctx, request);
  const bundle = ctx.version.bundle;
  const indicator = Object.hasOwn(bundle.indicators, indicatorId)
    ? bundle.indicators[indicatorId]
    : undefined;
  if (indicator === undefined) throw new PlatformError('not_found', `No indicator "${indicatorId}".`);
  const result = await ctx.analytics.computeIndicator(
    bundle,
    indicatorId,
    queryFor(ctx.actor, bundle, indicator, scope),
  );
  return viewOf(bundle, indicator, result, scope.locale, await ownerNames(ctx, [result]));
}
