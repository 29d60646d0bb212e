import { Hono } from 'hono';
import { listCases } from '../../cases/case-lists.js';
import { clientUnit, linkPerson, unlinkPerson } from '../../cases/client-unit.js';
import { getPerson, registerPerson, searchPersons, updatePerson } from '../../cases/person-operations.js';
import { PlatformError } from '../../kernel/errors.js';
import type { AppDeps } from '../app-deps.js';
import type { AppEnv } from '../http-types.js';
import { operationContext } from '../operation-context-of.js';
import { readJsonBody } from '../read-json-body.js';
import { expectedVersion, pageOf, setVersionTag, stringField } from '../request-input.js';

/** `/api/sites/:siteId/persons`: find, register (with duplicate candidates), read and update clients. */
export function personRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const ctx = await operationContext(c, deps);
    const query = {
      text: c.req.query('q'),
      birthDate: c.req.query('birthDate'),
      identifier: c.req.query('identifier'),
    };
    return c.json(await searchPersons(ctx, query, pageOf(c)));
  });
  app.post('/', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const result = await registerPerson(ctx, { data: body.data, confirmedNew: body.confirmedNew === true });
    if (result.status === 'duplicates') {
      throw new PlatformError(
        'conflict',
        'Possible duplicates found: check them, then register again with "confirmedNew": true if this is someone else.',
        { detail: { candidates: result.candidates } },
      );
    }
    setVersionTag(c, result.person.version);
    return c.json({ person: result.person }, 201);
  });
  app.get('/:personId', async (c) => {
    const ctx = await operationContext(c, deps);
    const person = await getPerson(ctx, c.req.param('personId'));
    const cases = ctx.actor.permissions.has('case.read')
      ? await listCases(ctx, { personId: person.id }, { limit: 50 })
      : { items: [], next: null };
    setVersionTag(c, person.version);
    return c.json({ person, cases: cases.items });
  });
  app.put('/:personId', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const person = await updatePerson(ctx, c.req.param('personId'), {
      data: body.data,
      version: expectedVersion(c, body),
    });
    setVersionTag(c, person.version);
    return c.json({ person });
  });
  app.get('/:personId/client-unit', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json({ members: await clientUnit(ctx, c.req.param('personId')) });
  });
  app.post('/:personId/client-unit', async (c) => {
    const ctx = await operationContext(c, deps);
    const body = await readJsonBody(c);
    const members = await linkPerson(ctx, c.req.param('personId'), {
      relatedPersonId: stringField(body, 'relatedPersonId'),
      relation: stringField(body, 'relation'),
    });
    return c.json({ members }, 201);
  });
  app.delete('/:personId/client-unit/:relatedPersonId', async (c) => {
    const ctx = await operationContext(c, deps);
    return c.json({
      members: await unlinkPerson(ctx, c.req.param('personId'), c.req.param('relatedPersonId')),
    });
  });
  return app;
}
