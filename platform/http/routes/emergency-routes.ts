import { Hono } from 'hono';
import {
  grantEmergencyAccess,
  listEmergencyAccess,
  lookupForEmergency,
} from '../../cases/emergency/emergency-operations.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { operationContext } from '../operation-context-of.js';
import { readJsonBody } from '../read-json-body.js';
import { pageOf } from '../request-input.js';

/**
 * Emergency ("break-the-glass") access under `/api/sites/:siteId`: find a case outside one's
 * scope, obtain time-boxed read-only access to it with a reason, and the list supervisors read.
 */
export function emergencyRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/emergency-access/lookup', async (c) => {
    const ctx = await operationContext(c, deps);
    const items = await lookupForEmergency(ctx, {
      identifier: c.req.query('identifier'),
      caseId: c.req.query('caseId'),
    });
    return c.json({ items });
  });
  app.get('/emergency-access', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json(await listEmergencyAccess(ctx, pageOf(c)));
  });
  app.post('/cases/:caseId/emergency-access', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const grant = await grantEmergencyAccess(ctx, c.req.param('caseId'), { reason: body.reason });
    return c.json({ emergencyAccess: grant }, 201);
  });
  return app;
}
