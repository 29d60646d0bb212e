import { Hono } from 'hono';
import {
  createSiteUser,
  endSiteMembership,
  grantSiteMembership,
  listSiteUsers,
  type NewSiteUser,
  setSiteUserActive,
} from '../../cases/authoring/manage-users.js';
import { PlatformError } from '../../kernel/errors.js';
import type { AppDeps } from '../app-deps.js';
import { hashPassword, type ScryptParams } from '../auth/password-hash.js';
import type { AppEnv } from '../http-types.js';
import { readJsonBody } from '../read-json-body.js';
import { optionalString, stringField } from '../request-input.js';
import { authoringContext, flag } from './admin-context.js';

function grantsOf(value: unknown): NewSiteUser['memberships'] {
  if (!Array.isArray(value))
    throw new PlatformError('bad_request', '"memberships" must be a list of {partnerId, roleId}.', {
      fields: [{ pointer: '/memberships', code: 'type', message: 'A list.' }],
    });
  return value.map((m, i) => {
    const item = (m ?? {}) as Record<string, unknown>;
    if (typeof item.partnerId !== 'string' || typeof item.roleId !== 'string')
      throw new PlatformError('bad_request', 'Each membership names a partner and a role.', {
        fields: [{ pointer: `/memberships/${i}`, code: 'required', message: 'partnerId and roleId.' }],
      });
    return { partnerId: item.partnerId, roleId: item.roleId };
  });
}

/** The new user of a request body; the password, if any, is never echoed back. */
function newUserOf(body: Record<string, unknown>): NewSiteUser {
  const password = optionalString(body, 'password');
  const locale = optionalString(body, 'locale');
  return {
    username: stringField(body, 'username', { max: 64 }),
    displayName: stringField(body, 'displayName'),
    memberships: grantsOf(body.memberships),
    ...(password !== undefined ? { password } : {}),
    ...(locale !== undefined ? { locale } : {}),
  };
}

/** `…/admin/users` and `…/admin/memberships`: accounts and their roles at the site (`users.manage`). */
export function adminUserRoutes(deps: AppDeps, hashParams?: ScryptParams): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/users', async (c) => c.json({ users: await listSiteUsers(await authoringContext(c, deps)) }));
  app.post('/users', async (c) => {
    const ctx = await authoringContext(c, deps);
    const input = newUserOf(await readJsonBody(c));
    const created = await createSiteUser(ctx, input, (p) => hashPassword(p, hashParams));
    c.header('cache-control', 'no-store');
    return c.json(created, 201);
  });
  app.put('/users/:userId/active', async (c) => {
    const ctx = await authoringContext(c, deps);
    const body = await readJsonBody(c);
    return c.json({ user: await setSiteUserActive(ctx, c.req.param('userId'), flag(body, 'active')) });
  });
  app.post('/memberships', async (c) => {
    const ctx = await authoringContext(c, deps);
    const body = await readJsonBody(c);
    const userId = optionalString(body, 'userId');
    const username = optionalString(body, 'username');
    const membership = await grantSiteMembership(ctx, {
      ...(userId !== undefined ? { userId } : {}),
      ...(username !== undefined ? { username } : {}),
      partnerId: stringField(body, 'partnerId'),
      roleId: stringField(body, 'roleId'),
    });
    return c.json({ membership }, 201);
  });
  app.delete('/memberships/:membershipId', async (c) => {
    await endSiteMembership(await authoringContext(c, deps), c.req.param('membershipId'));
    return c.body(null, 204);
  });
  return app;
}
