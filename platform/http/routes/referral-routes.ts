import { Hono } from 'hono';
import { referralAction } from '../../cases/referrals/referral-action.js';
import { submitReferralForm } from '../../cases/referrals/referral-form.js';
import { referralLetterOf } from '../../cases/referrals/referral-letter-view.js';
import { listReferrals } from '../../cases/referrals/referral-lists.js';
import { getReferralView } from '../../cases/referrals/referral-view.js';
import { REFERRAL_STATUSES } from '../../definitions/facts/case-facts.js';
import { PlatformError } from '../../kernel/errors.js';
import type { ReferralStatus } from '../../referrals/index.js';
import type { AppDeps } from '../app-deps.js';
import type { AppContext, AppEnv } from '../http-types.js';
import { operationContext } from '../operation-context-of.js';
import { readJsonBody } from '../read-json-body.js';
import { expectedVersion, pageOf, setVersionTag } from '../request-input.js';
import { referralEventOf } from './referral-action-input.js';

function boxOf(c: AppContext): 'incoming' | 'outgoing' | undefined {
  const box = c.req.query('box');
  if (box === undefined || box === '') return undefined;
  if (box === 'incoming' || box === 'outgoing') return box;
  throw new PlatformError('bad_request', '"box" is incoming or outgoing.', {
    fields: [{ pointer: '/box', code: 'enum', message: 'incoming or outgoing.' }],
  });
}

function statusesOf(c: AppContext): ReferralStatus[] | undefined {
  const list = c.req.query('status')?.split(',').filter(Boolean);
  if (list === undefined || list.length === 0) return undefined;
  const unknown = list.filter((s) => !(REFERRAL_STATUSES as readonly string[]).includes(s));
  if (unknown.length > 0)
    throw new PlatformError('bad_request', `Unknown status: ${unknown.join(', ')}.`, {
      fields: [{ pointer: '/status', code: 'enum', message: REFERRAL_STATUSES.join(', ') }],
    });
  return list as ReferralStatus[];
}

/** `/api/sites/:siteId/referrals`: the inbox and sent list, one referral, its forms, actions and letter. */
export function referralRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const ctx = await operationContext(c, deps);
    const box = boxOf(c);
    const status = statusesOf(c);
    return c.json(
      await listReferrals(ctx, { ...(box ? { box } : {}), ...(status ? { status } : {}) }, pageOf(c)),
    );
  });
  app.get('/:referralId', async (c) => {
    const ctx = await operationContext(c, deps);
    const view = await getReferralView(ctx, c.req.param('referralId'), {
      current: c.req.query('current') === 'true',
    });
    setVersionTag(c, view.version);
    return c.json(view);
  });
  app.post('/:referralId/forms/:formId', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const hasVersion = c.req.header('if-match') !== undefined || body.version !== undefined;
    const { record, submission } = await submitReferralForm(
      ctx,
      c.req.param('referralId'),
      c.req.param('formId'),
      {
        data: body.data,
        ...(hasVersion ? { version: expectedVersion(c, body) } : {}),
      },
    );
    setVersionTag(c, record.version);
    return c.json({ submission, referral: await getReferralView(ctx, record.id) }, 201);
  });
  app.post('/:referralId/actions', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const event = referralEventOf(body);
    const id = c.req.param('referralId');
    const { record, effects } = await referralAction(ctx, id, expectedVersion(c, body), event);
    setVersionTag(c, record.version);
    return c.json({ referral: await getReferralView(ctx, record.id), effects });
  });
  app.get('/:referralId/letter', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json({ letter: await referralLetterOf(ctx, c.req.param('referralId'), c.req.query('locale')) });
  });
  return app;
}
