import { Hono } from 'hono';
import { caseEligibleServices } from '../../cases/referrals/case-eligible-services.js';
import { createReferralDraft } from '../../cases/referrals/create-referral-draft.js';
import { caseReferrals } from '../../cases/referrals/referral-lists.js';
import { getReferralView } from '../../cases/referrals/referral-view.js';
import { PlatformError } from '../../kernel/errors.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { operationContext } from '../operation-context-of.js';
import { readJsonBody } from '../read-json-body.js';
import { optionalString, setVersionTag, stringField } from '../request-input.js';

function planStepOf(body: Record<string, unknown>): number | null {
  const step = body.planStep;
  if (step === undefined || step === null) return null;
  if (typeof step === 'number' && Number.isInteger(step)) return step;
  throw new PlatformError('bad_request', '"planStep" is the index of a plan step.', {
    fields: [{ pointer: '/planStep', code: 'type', message: 'An integer.' }],
  });
}

/** `/api/sites/:siteId/cases/:caseId/…`: a case's referrals, starting one, and its eligible services. */
export function referralCaseRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/:caseId/referrals', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json({ items: await caseReferrals(ctx, c.req.param('caseId')) });
  });
  app.post('/:caseId/referrals', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const record = await createReferralDraft(ctx, c.req.param('caseId'), {
      protocol: stringField(body, 'protocol'),
      reason: optionalString(body, 'reason') ?? null,
      service: optionalString(body, 'service') ?? null,
      planStep: planStepOf(body),
    });
    setVersionTag(c, record.version);
    return c.json({ referral: await getReferralView(ctx, record.id) }, 201);
  });
  app.get('/:caseId/eligible-services', async (c) => {
    const ctx = await operationContext(c, deps);
    const services = await caseEligibleServices(ctx, c.req.param('caseId'), c.req.query('locale'));
    return c.json({ services });
  });
  return app;
}
