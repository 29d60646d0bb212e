import { requirePermission } from '../access/actor.js';
import { personScope } from '../access/person-scope.js';
import { optionValues } from '../definitions/facts/field-facts.js';
import { PlatformError } from '../kernel/errors.js';
import type { PersonLink } from './case-store.js';
import type { OperationContext } from './operation-context.js';
import { badField } from './validation-error.js';

/** The relation codes the site allows between members of a client unit (household). */
function relationsOf(ctx: OperationContext): readonly unknown[] | undefined {
  const bundle = ctx.version.bundle;
  return optionValues(bundle.site.registration?.relations, (id) =>
    bundle.lookups[id]?.options.map((o) => o.value),
  );
}

async function requireVisible(ctx: OperationContext, personId: string, pointer: string): Promise<void> {
  if (
    !(await ctx.store.personInScope(ctx.version.siteId, personId, personScope(ctx.actor, ctx.clock.now())))
  ) {
    throw pointer === ''
      ? new PlatformError('not_found', 'No such person.')
      : badField(pointer, 'No such person.', 'unknown');
  }
}

/** The members of a person's client unit (household), as links with their relation. */
export async function clientUnit(ctx: OperationContext, personId: string): Promise<PersonLink[]> {
  requirePermission(ctx.actor, 'person.read');
  await requireVisible(ctx, personId, '');
  return ctx.store.personLinks(ctx.version.siteId, personId);
}

/**
 * Links two registered persons as members of one client unit: `relatedPersonId` is the client's
 * `relation` (a code of the site's `registration.relations`). Recorded in the person's history.
 */
export async function linkPerson(
  ctx: OperationContext,
  personId: string,
  input: { relatedPersonId: string; relation: string },
): Promise<PersonLink[]> {
  requirePermission(ctx.actor, 'person.update');
  await requireVisible(ctx, personId, '');
  if (input.relatedPersonId === personId)
    throw badField('/relatedPersonId', 'A person cannot be their own relative.', 'invalid');
  await requireVisible(ctx, input.relatedPersonId, '/relatedPersonId');
  const allowed = relationsOf(ctx);
  if (allowed !== undefined && !allowed.includes(input.relation))
    throw badField('/relation', `Choose one of: ${allowed.join(', ')}.`, 'option');
  const at = ctx.clock.now();
  const siteId = ctx.version.siteId;
  await ctx.store.transaction(async (tx) => {
    await tx.linkPersons({
      siteId,
      personId,
      relatedPersonId: input.relatedPersonId,
      relation: input.relation,
      at,
    });
    await tx.appendEvent({
      siteId,
      streamType: 'person',
      streamId: personId,
      type: 'person.linked',
      actorUserId: ctx.actor.userId,
      actorPartner: ctx.actor.partnerId,
      at,
      payload: { relatedPersonId: input.relatedPersonId, relation: input.relation },
    });
  });
  return ctx.store.personLinks(siteId, personId);
}

/** Removes a person from another's client unit (in both directions). */
export async function unlinkPerson(
  ctx: OperationContext,
  personId: string,
  relatedPersonId: string,
): Promise<PersonLink[]> {
  requirePermission(ctx.actor, 'person.update');
  await requireVisible(ctx, personId, '');
  const at = ctx.clock.now();
  const siteId = ctx.version.siteId;
  await ctx.store.transaction(async (tx) => {
    await tx.unlinkPersons(siteId, personId, relatedPersonId);
    await tx.appendEvent({
      siteId,
      streamType: 'person',
      streamId: personId,
      type: 'person.unlinked',
      actorUserId: ctx.actor.userId,
      actorPartner: ctx.actor.partnerId,
      at,
      payload: { relatedPersonId },
    });
  });
  return ctx.store.personLinks(siteId, personId);
}
