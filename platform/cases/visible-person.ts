import { personScope } from '../access/person-scope.js';
import { PlatformError } from '../kernel/errors.js';
import type { OperationContext } from './operation-context.js';
import type { PersonRecord } from './records.js';

/**
 * A registered person within the actor's person scope (`access/person-scope.ts`), for operations
 * on a client's own records — consents, the disclosure log. Anyone else's, like a person of
 * another site, is "not found": a person id reveals nothing.
 */
export async function visiblePerson(ctx: OperationContext, personId: string): Promise<PersonRecord> {
  const siteId = ctx.version.siteId;
  const person = (await ctx.store.personInScope(siteId, personId, personScope(ctx.actor, ctx.clock.now())))
    ? await ctx.store.person(siteId, personId)
    : undefined;
  if (person === undefined) throw new PlatformError('not_found', 'No such person.');
  return person;
}
