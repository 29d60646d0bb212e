import { Hono } from 'hono';
import { checkDrafts, testDrafts } from '../../cases/authoring/check-drafts.js';
import { draftDiff, versionDiff } from '../../cases/authoring/semantic-diff.js';
import { simulateRule } from '../../cases/authoring/simulate-rule.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { readJsonBody } from '../read-json-body.js';
import { optionalString } from '../request-input.js';
import { authoringContext } from './admin-context.js';

/** `…/admin/check`, `/test`, `/simulate`, `/diff`: what the drafts would be, before publishing them. */
export function adminCheckRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/check', async (c) => c.json(await checkDrafts(await authoringContext(c, deps))));
  app.post('/test', async (c) => c.json(await testDrafts(await authoringContext(c, deps))));
  app.post('/simulate', async (c) => {
    const ctx = await authoringContext(c, deps);
    const body = await readJsonBody(c);
    const ruleId = optionalString(body, 'ruleId');
    const caseId = optionalString(body, 'caseId');
    return c.json(
      await simulateRule(ctx, {
        ...(ruleId !== undefined ? { ruleId } : {}),
        ...(caseId !== undefined ? { caseId } : {}),
        logic: body.logic,
        facts: body.facts,
      }),
    );
  });
  app.get('/diff', async (c) => {
    const ctx = await authoringContext(c, deps);
    const [from, to] = [c.req.query('from'), c.req.query('to')];
    if (from !== undefined || to !== undefined)
      return c.json(await versionDiff(ctx, from ?? ctx.version.versionId, to ?? ctx.version.versionId));
    return c.json(await draftDiff(ctx));
  });
  return app;
}
