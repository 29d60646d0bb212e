import { Hono } from 'hono';
import { importHsds } from '../../cases/authoring/import-hsds.js';
import { PlatformError } from '../../kernel/errors.js';
import type { AppDeps } from '../app-deps.js';
import type { AppContext, AppEnv } from '../http-types.js';
import { readJsonBody } from '../read-json-body.js';
import { authoringContext } from './admin-context.js';

function applyParam(c: AppContext): boolean {
  const value = c.req.query('apply');
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new PlatformError('bad_request', '"apply" must be true or false.', {
    fields: [{ pointer: '/apply', code: 'type', message: 'true or false.' }],
  });
}

/**
 * `POST …/admin/services/import-hsds`: the body is an Open Referral HSDS 3.0 document (so problems
 * point into it); `?apply=true` saves the services as drafts, otherwise a dry run; `?language=` is
 * the language of its texts (default: the document's `pathway.language`, else the site's).
 */
export function adminHsdsRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/services/import-hsds', async (c) => {
    const ctx = await authoringContext(c, deps);
    const document = await readJsonBody(c);
    const language = c.req.query('language');
    const report = await importHsds(ctx, {
      document,
      apply: applyParam(c),
      ...(language !== undefined && language !== '' ? { language } : {}),
    });
    return c.json(report);
  });
  return app;
}
