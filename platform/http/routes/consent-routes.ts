import { Hono } from 'hono';
import {
  personConsents,
  recordPersonConsent,
  withdrawPersonConsent,
} from '../../cases/referrals/consent-operations.js';
import { disclosureLog } from '../../cases/referrals/disclosure-log.js';
import { PlatformError } from '../../kernel/errors.js';
import type { ConsentGiver, ConsentMode } from '../../referrals/index.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { operationContext } from '../operation-context-of.js';
import { readJsonBody } from '../read-json-body.js';
import { optionalString, setVersionTag, stringField } from '../request-input.js';

function recipientsOf(body: Record<string, unknown>): string[] | undefined {
  const value = body.recipients;
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  throw new PlatformError('bad_request', '"recipients" is a list of partner ids.', {
    fields: [{ pointer: '/recipients', code: 'type', message: 'A list of texts.' }],
  });
}

/** `/api/sites/:siteId/persons/:personId/…`: the consent registry and the disclosure log of a client. */
export function consentRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/:personId/consents', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json({ items: await personConsents(ctx, c.req.param('personId')) });
  });
  app.post('/:personId/consents', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const recipients = recipientsOf(body);
    const evidence = optionalString(body, 'evidence');
    const givenAt = optionalString(body, 'givenAt');
    const consent = await recordPersonConsent(ctx, c.req.param('personId'), {
      purpose: stringField(body, 'purpose'),
      givenBy: stringField(body, 'givenBy') as ConsentGiver,
      mode: stringField(body, 'mode') as ConsentMode,
      ...(recipients ? { recipients } : {}),
      ...(evidence ? { evidence } : {}),
      ...(givenAt ? { givenAt } : {}),
    });
    setVersionTag(c, consent.version);
    return c.json({ consent }, 201);
  });
  app.post('/:personId/consents/:consentId/withdraw', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const at = optionalString(body, 'at');
    const consent = await withdrawPersonConsent(ctx, c.req.param('personId'), c.req.param('consentId'), {
      by: stringField(body, 'by') as ConsentGiver,
      ...(at ? { at } : {}),
      ...(typeof body.version === 'number' ? { version: body.version } : {}),
    });
    setVersionTag(c, consent.version);
    return c.json({ consent });
  });
  app.get('/:personId/disclosures', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json(await disclosureLog(ctx, c.req.param('personId'), c.req.query('locale')));
  });
  return app;
}
