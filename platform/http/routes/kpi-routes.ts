import { Hono } from 'hono';
import { countMatches } from '../../cases/analytics/count-matches.js';
import { kpiCsv } from '../../cases/analytics/kpi-csv.js';
import { type KpiContext, readKpi, readKpis } from '../../cases/analytics/kpi-operations.js';
import type { KpiRequest } from '../../cases/analytics/kpi-request.js';
import { createAnalytics } from '../../storage/analytics/create-analytics.js';
import type { AppDeps } from '../app-deps.js';
import type { AppContext, AppEnv } from '../http-types.js';
import { operationContext } from '../operation-context-of.js';
import { readJsonBody } from '../read-json-body.js';
import { optionalString, stringField } from '../request-input.js';

function kpiRequest(c: AppContext, ctx: KpiContext): KpiRequest {
  return {
    from: c.req.query('from'),
    to: c.req.query('to'),
    period: c.req.query('period'),
    agency: c.req.query('agency'),
    groupBy: c.req.query('groupBy'),
    locale: c.req.query('locale') ?? ctx.actor.locale,
  };
}

/**
 * `/api/sites/:siteId/kpis…` (the dashboard: every indicator, one indicator, the CSV export) and
 * `/api/sites/:siteId/match-count` (how many persons or cases a rule matches). Aggregates only.
 */
export function kpiRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const analytics = createAnalytics(deps.db);
  const context = async (c: AppContext): Promise<KpiContext> => ({
    ...(await operationContext(c, deps)),
    analytics,
  });
  app.get('/kpis', async (c) => {
    const ctx = await context(c);
    return c.json(await readKpis(ctx, kpiRequest(c, ctx)));
  });
  app.get('/kpis.csv', async (c) => {
    const ctx = await context(c);
    const dashboard = await readKpis(ctx, kpiRequest(c, ctx));
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="kpis-${dashboard.siteId}-${dashboard.today}.csv"`);
    return c.body(kpiCsv(dashboard, ctx.version.bundle.site.defaultLocale));
  });
  app.get('/kpis/:indicatorId', async (c) => {
    const ctx = await context(c);
    return c.json(await readKpi(ctx, c.req.param('indicatorId'), kpiRequest(c, ctx)));
  });
  app.post('/match-count', async (c) => {
    const ctx = await context(c);
    const body = await readJsonBody(c);
    const ruleId = body.ruleId === undefined ? undefined : stringField(body, 'ruleId');
    return c.json(
      await countMatches(ctx, { ruleId, logic: body.logic, subject: optionalString(body, 'subject') }),
    );
  });
  return app;
}
