import type { OperationContext } from '../cases/operation-context.js';
import type { AppDeps } from './app-deps.js';
import type { AppContext } from './http-types.js';
import { siteActor } from './site-actor.js';

/** The operation context of a request under `/api/sites/:siteId/…`. */
export async function operationContext(c: AppContext, deps: AppDeps): Promise<OperationContext> {
  const { actor, version } = await siteActor(c, deps, c.req.param('siteId') ?? '');
  return { store: deps.store, registry: deps.registry, clock: deps.clock, actor, version };
}
