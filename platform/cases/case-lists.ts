import { requirePermission } from '../access/actor.js';
import { caseScope } from '../access/case-scope.js';
import { requireCaseWork } from '../access/case-work.js';
import { emergencyScope } from '../access/emergency-access.js';
import { referralScope } from '../access/referral-scope.js';
import type { SiteBundle } from '../definitions/site-bundle.js';
import { supervisorSummary, type WorkerSummary } from '../workflow/index.js';
import type { PageRequest, TaskListItem } from './case-store.js';
import { loadCase } from './load-case.js';
import type { OperationContext } from './operation-context.js';
import type { CaseSummary, HistoryEvent, Page } from './records.js';

/** Cases the actor can see, newest changes first. */
export async function listCases(
  ctx: OperationContext,
  filter: { status?: string[]; mine?: boolean; personId?: string },
  page: PageRequest,
): Promise<Page<CaseSummary>> {
  requirePermission(ctx.actor, 'case.read');
  return ctx.store.listCases(
    ctx.version.siteId,
    {
      scope: caseScope(ctx.actor, ctx.clock.now()),
      emergency: emergencyScope(ctx.actor, ctx.clock.now()),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.mine ? { ownerUserId: ctx.actor.userId } : {}),
      ...(filter.personId ? { personId: filter.personId } : {}),
    },
    page,
  );
}

/**
 * "My work": open tasks for the actor's role in the cases they can see, and the overdue tasks of
 * referrals addressed to their agency, earliest due first (403 for roles without case work).
 */
export async function myTasks(
  ctx: OperationContext,
  filter: { dueBefore?: Date },
  page: PageRequest,
): Promise<Page<TaskListItem>> {
  requireCaseWork(ctx.actor);
  return ctx.store.tasks(
    ctx.version.siteId,
    {
      scope: caseScope(ctx.actor, ctx.clock.now()),
      referralPartner: referralScope(ctx.actor, ctx.clock.now()).receiverPartner,
      roleIds: [ctx.actor.roleId],
      ...(filter.dueBefore ? { dueBefore: filter.dueBefore } : {}),
    },
    page,
  );
}

/** The case's shared history (and audit trail), oldest first. */
export async function caseTimeline(
  ctx: OperationContext,
  caseId: string,
  page: PageRequest,
): Promise<Page<HistoryEvent & { actorName: string | null }>> {
  requirePermission(ctx.actor, 'case.read');
  await loadCase(ctx, caseId, ctx.store, 'read');
  const events = await ctx.store.events(ctx.version.siteId, caseId, page);
  const names = await ctx.store.userNames(
    events.items.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])),
  );
  return {
    items: events.items.map((e) => ({
      ...e,
      actorName: e.actorUserId ? (names.get(e.actorUserId) ?? null) : null,
    })),
    next: events.next,
  };
}

/** The supervisor view: per worker of the actor's agency, open cases, weighted load vs cap, overdue. */
export async function caseloadSummary(
  ctx: OperationContext,
): Promise<(WorkerSummary & { displayName: string })[]> {
  requirePermission(ctx.actor, 'case.assign');
  const siteId = ctx.version.siteId;
  const bundle: SiteBundle = ctx.version.bundle;
  const members = (await ctx.store.members(siteId, ctx.actor.partnerId)).filter((m) =>
    m.roleIds.some((r) => ctx.actor.supervises.has(r)),
  );
  const ids = members.map((m) => m.userId);
  const cases = await ctx.store.ownedCases(siteId, ids);
  const tasks = await ctx.store.openTasksOfOwners(siteId, ids);
  const summary = supervisorSummary(bundle, {
    workers: members.map((m) => ({ userId: m.userId, roles: m.roleIds })),
    cases: cases.map((c) => ({
      caseId: c.caseId,
      ownerId: c.ownerUserId,
      weight: c.weight,
      status: c.status,
    })),
    tasks: tasks.map((t) => ({
      caseId: t.caseId,
      status: t.status,
      overdue: t.overdue,
      dueAt: t.dueAt?.toISOString() ?? null,
    })),
    now: ctx.clock.now().toISOString(),
  });
  const names = new Map(members.map((m) => [m.userId, m.displayName]));
  return summary.map((w) => ({ ...w, displayName: names.get(w.userId) ?? w.userId }));
}
