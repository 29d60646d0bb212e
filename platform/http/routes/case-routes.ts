import { Hono } from 'hono';
import { applyCaseEvent } from '../../cases/apply-case-event.js';
import { assignCase } from '../../cases/assign-case.js';
import { caseTimeline, listCases } from '../../cases/case-lists.js';
import { addTeamMember, removeTeamMember, teamCandidates } from '../../cases/case-team.js';
import { getCaseView } from '../../cases/case-view.js';
import { openCase } from '../../cases/open-case.js';
import { saveDraft, submitForm } from '../../cases/submit-form.js';
import { PlatformError } from '../../kernel/errors.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { operationContext } from '../operation-context-of.js';
import { readJsonBody } from '../read-json-body.js';
import { expectedVersion, pageOf, setVersionTag, stringField } from '../request-input.js';
import { caseEventOf } from './case-event-input.js';

/** `/api/sites/:siteId/cases`: open, list, read, act on, fill forms of, assign and trace cases. */
export function caseRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const ctx = await operationContext(c, deps);
    const status = c.req.query('status')?.split(',').filter(Boolean);
    return c.json(
      await listCases(
        ctx,
        {
          ...(status ? { status } : {}),
          mine: c.req.query('mine') === 'true',
          ...(c.req.query('personId') ? { personId: c.req.query('personId') } : {}),
        },
        pageOf(c),
      ),
    );
  });
  app.post('/', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const record = await openCase(ctx, {
      personId: stringField(body, 'personId'),
      ...(typeof body.sopId === 'string' ? { sopId: body.sopId } : {}),
    });
    setVersionTag(c, record.version);
    return c.json({ case: await getCaseView(ctx, record.id) }, 201);
  });
  app.get('/:caseId', async (c) => {
    const ctx = await operationContext(c, deps);
    const view = await getCaseView(ctx, c.req.param('caseId'));
    setVersionTag(c, view.case.version);
    return c.json(view);
  });
  app.post('/:caseId/actions', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const event = caseEventOf(body, { role: ctx.actor.roleId, userId: ctx.actor.userId });
    const { record, effects } = await applyCaseEvent(
      ctx,
      c.req.param('caseId'),
      expectedVersion(c, body),
      event,
    );
    setVersionTag(c, record.version);
    return c.json({ case: await getCaseView(ctx, record.id), effects });
  });
  app.post('/:caseId/forms/:formId', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const { record, submission } = await submitForm(ctx, c.req.param('caseId'), c.req.param('formId'), {
      data: body.data,
      version: expectedVersion(c, body),
    });
    setVersionTag(c, record.version);
    return c.json({ submission, case: await getCaseView(ctx, record.id) }, 201);
  });
  app.get('/:caseId/forms/:formId', async (c) => {
    const ctx = await operationContext(c, deps);
    const view = await getCaseView(ctx, c.req.param('caseId'));
    const form = view.forms.find((f) => f.formId === c.req.param('formId'));
    if (form === undefined || form.access === 'none')
      throw new PlatformError('not_found', 'No such form on this case.');
    const stored = await deps.store.submissions(ctx.version.siteId, view.case.id, form.formId);
    const names = await deps.store.userNames(stored.flatMap((s) => (s.createdBy ? [s.createdBy] : [])));
    const submissions = stored.map((s) => ({
      ...s,
      createdByName: s.createdBy ? (names.get(s.createdBy) ?? null) : null,
    }));
    const draft =
      form.access === 'write'
        ? await deps.store.draft(ctx.version.siteId, view.case.id, form.formId, ctx.actor.userId)
        : undefined;
    return c.json({ form, submissions, draft: draft ?? null });
  });
  app.put('/:caseId/drafts/:formId', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const draft = await saveDraft(ctx, c.req.param('caseId'), c.req.param('formId'), {
      data: body.data,
      ...(typeof body.version === 'number' ? { version: body.version } : {}),
    });
    return c.json({ draft });
  });
  app.get('/:caseId/history', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json(await caseTimeline(ctx, c.req.param('caseId'), pageOf(c)));
  });
  app.put('/:caseId/owner', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const result = await assignCase(ctx, c.req.param('caseId'), {
      userId: stringField(body, 'userId'),
      version: expectedVersion(c, body),
      confirmOverCapacity: body.confirmOverCapacity === true,
    });
    if (result.status === 'over_capacity')
      throw new PlatformError(
        'conflict',
        'The worker would be over their caseload cap; confirm to assign anyway.',
        { detail: { allocation: result.allocation, confirm: 'confirmOverCapacity' } },
      );
    setVersionTag(c, result.record.version);
    return c.json({ case: await getCaseView(ctx, result.record.id), allocation: result.allocation });
  });
  app.get('/:caseId/team/candidates', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json({ members: await teamCandidates(ctx, c.req.param('caseId')) });
  });
  app.post('/:caseId/team', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    await addTeamMember(ctx, c.req.param('caseId'), {
      userId: stringField(body, 'userId'),
      roleId: stringField(body, 'roleId'),
    });
    return c.json({ case: await getCaseView(ctx, c.req.param('caseId')) }, 201);
  });
  app.delete('/:caseId/team/:userId', async (c) => {
    const ctx = await operationContext(c, deps);
    await removeTeamMember(ctx, c.req.param('caseId'), c.req.param('userId'));
    return c.body(null, 204);
  });
  return app;
}
