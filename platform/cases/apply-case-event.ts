import { requirePermission } from '../access/actor.js';
import type { Permission } from '../definitions/definition-types.generated.js';
import { PlatformError } from '../kernel/errors.js';
import type { JsonObject } from '../kernel/json.js';
import { caseWeightOf, type Effect, explainBlocked, type WorkflowEvent } from '../workflow/index.js';
import type { CaseQueries, CaseWrites } from './case-store.js';
import { caseExternalFacts, stateColumns, stateOf, stepCase, taskRows, workflowOf } from './case-workflow.js';
import { type LoadedCase, loadCase } from './load-case.js';
import type { OperationContext } from './operation-context.js';
import type { CaseRecord } from './records.js';

/** The permission each case event needs, besides what the SOP engine itself checks (roles). */
export const EVENT_PERMISSION: Record<
  Exclude<WorkflowEvent['type'], 'open' | 'tick' | 'submit'>,
  Permission
> = {
  advance: 'case.advance',
  complete_task: 'task.complete',
  skip_task: 'task.complete',
  add_task: 'task.add',
  request_approval: 'approval.request',
  approve: 'approval.decide',
  return: 'approval.decide',
  close: 'case.close',
  reopen: 'case.reopen',
  set_passive: 'case.passive',
  resume: 'case.passive',
  adjust_review: 'review.schedule',
};

type Tx = CaseQueries & CaseWrites;

/**
 * Runs one workflow event on a loaded case inside a transaction: the engine's step, then the case
 * row (version-checked), its task rows and one history event carrying every effect. A refused
 * event is a 422 `guard_failed` with the reasons, explained in the actor's language.
 */
export async function commitStep(
  ctx: OperationContext,
  tx: Tx,
  loaded: LoadedCase,
  expectedVersion: number,
  event: WorkflowEvent,
  payload: JsonObject = {},
): Promise<{ record: CaseRecord; effects: Effect[] }> {
  const def = workflowOf(loaded.version, loaded.record.sopId);
  const result = stepCase(def, stateOf(loaded.record), event, ctx.clock, caseExternalFacts(loaded));
  if (!result.ok) {
    const reasons = explainBlocked(result.blockedBy, {
      bundle: loaded.version.bundle,
      locale: ctx.actor.locale,
      sopId: loaded.record.sopId,
    });
    throw new PlatformError('guard_failed', reasons.join(' '), {
      detail: { blockedBy: result.blockedBy.map((b) => b.code), reasons },
    });
  }
  const at = ctx.clock.now();
  // The weight follows the facts (a severity submitted in screening can make a case heavier).
  const weight = caseWeightOf(def, result.state, at.toISOString(), caseExternalFacts(loaded)).weight;
  const key = { siteId: loaded.record.siteId, id: loaded.record.id, version: expectedVersion };
  const record = await tx.updateCase(key, { ...stateColumns(result.state), weight }, at);
  await tx.syncTasks(
    record.siteId,
    record.id,
    taskRows(record.siteId, record.id, record.agency, result.state.tasks),
  );
  await tx.appendEvent({
    siteId: record.siteId,
    streamType: 'case',
    streamId: record.id,
    type: `case.${event.type}`,
    actorUserId: ctx.actor.userId,
    actorPartner: ctx.actor.partnerId,
    at,
    payload: { ...payload, effects: result.effects as unknown as JsonObject[] },
  });
  return { record, effects: result.effects };
}

/** Applies a workflow event (advance, tasks, approvals, close, re-open, passive, reviews) to a case. */
export async function applyCaseEvent(
  ctx: OperationContext,
  caseId: string,
  expectedVersion: number,
  event: Exclude<WorkflowEvent, { type: 'open' | 'tick' | 'submit' }>,
): Promise<{ record: CaseRecord; effects: Effect[] }> {
  requirePermission(ctx.actor, EVENT_PERMISSION[event.type]);
  return ctx.store.transaction(async (tx) => {
    const loaded = await loadCase(ctx, caseId, tx);
    const { actor: _actor, ...details } = event;
    return commitStep(ctx, tx, loaded, expectedVersion, event, details as JsonObject);
  });
}
