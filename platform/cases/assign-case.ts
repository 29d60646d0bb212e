import { requirePermission } from '../access/actor.js';
import { PlatformError } from '../kernel/errors.js';
import { type AllocationCheck, checkAllocation } from '../workflow/index.js';
import { loadCase } from './load-case.js';
import type { OperationContext } from './operation-context.js';
import type { CaseRecord } from './records.js';
import { badField } from './validation-error.js';

export type AssignResult =
  | { readonly status: 'assigned'; readonly record: CaseRecord; readonly allocation: AllocationCheck }
  /** Over capacity in `warn` mode: nothing changed until the supervisor confirms. */
  | { readonly status: 'over_capacity'; readonly allocation: AllocationCheck };

/**
 * Makes a worker of the case's agency its key worker (owner). The worker's caseload after the
 * allocation is checked against the caps of their roles: over a cap the site's setting decides —
 * `refuse` (409) or `warn` (the caller must confirm).
 */
export async function assignCase(
  ctx: OperationContext,
  caseId: string,
  input: { userId: string; version: number; confirmOverCapacity?: boolean },
): Promise<AssignResult> {
  requirePermission(ctx.actor, 'case.assign');
  const loaded = await loadCase(ctx, caseId);
  const { record } = loaded;
  const member = (await ctx.store.members(record.siteId, record.agency)).find(
    (m) => m.userId === input.userId,
  );
  if (member === undefined)
    throw badField('/userId', 'This person does not work at the agency holding the case.', 'unknown');
  const cases = (await ctx.store.ownedCases(record.siteId, [input.userId])).filter(
    (c) => c.caseId !== caseId,
  );
  const allocation = checkAllocation(
    loaded.version.bundle,
    { roles: member.roleIds, cases: cases.map((c) => ({ weight: c.weight, status: c.status })) },
    record.weight ?? 1,
  );
  if (allocation.outcome === 'refuse') {
    throw new PlatformError('conflict', 'The worker would be over their caseload cap.', {
      detail: { allocation },
    });
  }
  if (allocation.outcome === 'warn' && input.confirmOverCapacity !== true)
    return { status: 'over_capacity', allocation };
  const at = ctx.clock.now();
  const updated = await ctx.store.transaction(async (tx) => {
    const next = await tx.updateCase(
      { siteId: record.siteId, id: caseId, version: input.version },
      { ownerUserId: input.userId },
      at,
    );
    await tx.appendEvent({
      siteId: record.siteId,
      streamType: 'case',
      streamId: caseId,
      type: 'case.assigned',
      actorUserId: ctx.actor.userId,
      actorPartner: ctx.actor.partnerId,
      at,
      payload: { from: record.ownerUserId, to: input.userId, overCapacity: allocation.outcome !== 'ok' },
    });
    return next;
  });
  return { status: 'assigned', record: updated, allocation };
}
