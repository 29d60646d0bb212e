import { requirePermission } from '../access/actor.js';
import { PlatformError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { JsonObject } from '../kernel/json.js';
import { caseFactsOf, caseWeight } from '../workflow/index.js';
import { externalFacts, stateColumns, stepCase, taskRows, workflowOf } from './case-workflow.js';
import type { OperationContext } from './operation-context.js';
import type { CaseRecord } from './records.js';
import { badField } from './validation-error.js';

/**
 * Opens a case for a registered client under an SOP of the site (the only one when there is one):
 * the case starts in the SOP's first stage at the actor's agency, with the actor as key worker.
 */
export async function openCase(
  ctx: OperationContext,
  input: { personId: string; sopId?: string },
): Promise<CaseRecord> {
  requirePermission(ctx.actor, 'case.open');
  const bundle = ctx.version.bundle;
  const sopIds = Object.keys(bundle.sops);
  const sopId = input.sopId ?? (sopIds.length === 1 ? sopIds[0] : undefined);
  if (sopId === undefined || bundle.sops[sopId] === undefined)
    throw badField('/sopId', `Choose one of the procedures: ${sopIds.join(', ')}.`, 'unknown');
  const sop = bundle.sops[sopId];
  if (sop?.openedBy !== undefined && !sop.openedBy.includes(ctx.actor.partnerId))
    throw new PlatformError('forbidden', `Your agency cannot open cases under "${sopId}".`);
  const person = await ctx.store.person(ctx.version.siteId, input.personId);
  if (person === undefined) throw badField('/personId', 'No such person.', 'unknown');
  const def = workflowOf(ctx.version, sopId);
  const id = newId();
  const draft = { id, agency: ctx.actor.partnerId, ownerUserId: ctx.actor.userId, weight: null };
  const result = stepCase(
    def,
    null,
    { type: 'open', actor: { role: ctx.actor.roleId, userId: ctx.actor.userId } },
    ctx.clock,
    externalFacts(draft, person),
  );
  if (!result.ok)
    throw new PlatformError('guard_failed', 'The case cannot be opened.', {
      detail: { blockedBy: result.blockedBy.map((b) => b.code) },
    });
  const at = ctx.clock.now();
  const weight = caseWeight(
    bundle,
    caseFactsOf(def, result.state, at.toISOString(), externalFacts(draft, person)),
  ).weight;
  const record: CaseRecord = {
    id,
    siteId: ctx.version.siteId,
    personId: person.id,
    sopId,
    definitionVersionId: ctx.version.versionId,
    ownerUserId: ctx.actor.userId,
    agency: ctx.actor.partnerId,
    weight,
    openedAt: at,
    version: 1,
    updatedAt: at,
    ...stateColumns(result.state),
  };
  await ctx.store.transaction(async (tx) => {
    await tx.insertCase(record);
    await tx.syncTasks(record.siteId, id, taskRows(record.siteId, id, record.agency, result.state.tasks));
    await tx.appendEvent({
      siteId: record.siteId,
      streamType: 'case',
      streamId: id,
      type: 'case.open',
      actorUserId: ctx.actor.userId,
      actorPartner: ctx.actor.partnerId,
      at,
      payload: {
        personId: person.id,
        sopId,
        definitionVersionId: ctx.version.versionId,
        effects: result.effects as unknown as JsonObject[],
      },
    });
  });
  return record;
}
