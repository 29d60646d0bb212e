import { Hono } from 'hono';
import { listDefinitions, readDefinition } from '../../cases/authoring/definition-list.js';
import { discardDraft, discardDrafts, saveDraft } from '../../cases/authoring/save-draft.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { readJsonBody } from '../read-json-body.js';
import { setVersionTag } from '../request-input.js';
import { authoringContext, flag, kindParam, optionalVersion } from './admin-context.js';

/** `…/admin/definitions` and `…/admin/drafts`: browse the site's definitions, save and discard drafts. */
export function adminDefinitionRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/definitions', async (c) => c.json(await listDefinitions(await authoringContext(c, deps))));
  app.get('/definitions/:kind/:id', async (c) => {
    const ctx = await authoringContext(c, deps);
    const definition = await readDefinition(ctx, kindParam(c), c.req.param('id'));
    if (definition.draft !== null) setVersionTag(c, definition.draft.version);
    return c.json(definition);
  });
  app.put('/definitions/:kind/:id', async (c) => {
    const ctx = await authoringContext(c, deps);
    const body = await readJsonBody(c);
    const draft = await saveDraft(ctx, {
      kind: kindParam(c),
      id: c.req.param('id'),
      json: body.json,
      deleted: flag(body, 'deleted'),
      version: optionalVersion(c, body),
    });
    setVersionTag(c, draft.version);
    return c.json({ draft });
  });
  app.delete('/definitions/:kind/:id', async (c) => {
    const ctx = await authoringContext(c, deps);
    await discardDraft(ctx, kindParam(c), c.req.param('id'), optionalVersion(c));
    return c.body(null, 204);
  });
  app.delete('/drafts', async (c) =>
    c.json({ discarded: await discardDrafts(await authoringContext(c, deps)) }),
  );
  return app;
}
