import { Hono } from 'hono';
import { caseloadSummary, myTasks } from '../../cases/case-lists.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { operationContext } from '../operation-context-of.js';
import { pageOf } from '../request-input.js';

/** `/api/sites/:siteId/work`: the actor's task queue, the supervisor's caseload view, colleagues. */
export function workRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/tasks', async (c) => {
    const ctx = await operationContext(c, deps);
    const due = c.req.query('dueBefore');
    return c.json(await myTasks(ctx, due ? { dueBefore: new Date(due) } : {}, pageOf(c)));
  });
  app.get('/caseload', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json({ workers: await caseloadSummary(ctx) });
  });
  app.get('/colleagues', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json({ members: await deps.store.members(ctx.version.siteId, ctx.actor.partnerId) });
  });
  return app;
}
