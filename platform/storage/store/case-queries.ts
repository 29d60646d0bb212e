import { and, asc, desc, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import type {
  CaseFilter,
  OwnedCase,
  OwnedTask,
  PageRequest,
  SiteMember,
  TaskFilter,
  TaskListItem,
  TeamMember,
} from '../../cases/case-store.js';
import type { CaseRecord, CaseSummary, HistoryEvent, Page, SubmissionRecord } from '../../cases/records.js';
import type { Db } from '../database.js';
import { cases, caseTeam, events, memberships, persons, submissions, tasks, users } from '../schema/index.js';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.js';
import { emergencyGrantHolds } from './emergency-queries.js';
import { toCase, toHistoryEvent, toSubmission, toTask } from './row-mappers.js';
import { caseScopeCondition, teamRowInForce } from './scope-sql.js';
import { taskScope } from './task-scope-sql.js';

export async function findCase(db: Db, siteId: string, id: string): Promise<CaseRecord | undefined> {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.siteId, siteId), eq(cases.id, id)));
  return row === undefined ? undefined : toCase(row);
}

/** Cases in the actor's scope, most recently changed first, keyset-paginated on (updated_at, id). */
export async function listCases(
  db: Db,
  siteId: string,
  filter: CaseFilter,
  page: PageRequest,
): Promise<Page<CaseSummary>> {
  const limit = pageLimit(page.limit);
  const cursor = decodeCursor(page.cursor, 2);
  const inScope = caseScopeCondition(filter.scope);
  const emergency = filter.emergency
    ? emergencyGrantHolds(filter.emergency.userId, filter.emergency.at)
    : undefined;
  const conditions = [eq(cases.siteId, siteId), inScope && emergency ? or(inScope, emergency) : inScope];
  if (filter.status && filter.status.length > 0)
    conditions.push(inArray(cases.status, filter.status as ('open' | 'passive' | 'closed')[]));
  if (filter.ownerUserId) conditions.push(eq(cases.ownerUserId, filter.ownerUserId));
  if (filter.personId) conditions.push(eq(cases.personId, filter.personId));
  if (cursor) {
    const at = new Date(String(cursor[0]));
    conditions.push(
      or(lt(cases.updatedAt, at), and(eq(cases.updatedAt, at), lt(cases.id, String(cursor[1])))),
    );
  }
  const rows = await db
    .select({ c: cases, personName: persons.displayName })
    .from(cases)
    .innerJoin(persons, and(eq(persons.siteId, cases.siteId), eq(persons.id, cases.personId)))
    .where(and(...conditions))
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(({ c, personName }) => ({
    id: c.id,
    personId: c.personId,
    sopId: c.sopId,
    stage: c.stage,
    status: c.status,
    ownerUserId: c.ownerUserId,
    agency: c.agency,
    priority: c.priority,
    openedAt: c.openedAt,
    updatedAt: c.updatedAt,
    version: c.version,
    personName,
  }));
  const last = items.at(-1);
  return {
    items,
    next: rows.length > limit && last ? encodeCursor([last.updatedAt.toISOString(), last.id]) : null,
  };
}

export async function caseTeamOf(db: Db, siteId: string, caseId: string, at: Date): Promise<TeamMember[]> {
  const rows = await db
    .select({
      userId: caseTeam.userId,
      roleId: caseTeam.roleId,
      displayName: users.displayName,
      addedAt: caseTeam.addedAt,
      consentId: caseTeam.consentId,
      inForce: sql<boolean>`${teamRowInForce(at.toISOString())}`,
    })
    .from(caseTeam)
    .innerJoin(users, eq(users.id, caseTeam.userId))
    .where(and(eq(caseTeam.siteId, siteId), eq(caseTeam.caseId, caseId)))
    .orderBy(asc(caseTeam.addedAt));
  return rows;
}

export async function submissionsOf(
  db: Db,
  siteId: string,
  caseId: string,
  formId?: string,
): Promise<SubmissionRecord[]> {
  const rows = await db
    .select()
    .from(submissions)
    .where(
      and(
        eq(submissions.siteId, siteId),
        eq(submissions.caseId, caseId),
        formId ? eq(submissions.formId, formId) : undefined,
        inArray(submissions.status, ['submitted', 'superseded']),
      ),
    )
    .orderBy(desc(submissions.submittedAt));
  return rows.map(toSubmission);
}

export async function draftOf(
  db: Db,
  siteId: string,
  caseId: string,
  formId: string,
  userId: string,
): Promise<SubmissionRecord | undefined> {
  const [row] = await db
    .select()
    .from(submissions)
    .where(
      and(
        eq(submissions.siteId, siteId),
        eq(submissions.caseId, caseId),
        eq(submissions.formId, formId),
        eq(submissions.status, 'draft'),
        eq(submissions.createdBy, userId),
      ),
    )
    .orderBy(desc(submissions.updatedAt))
    .limit(1);
  return row === undefined ? undefined : toSubmission(row);
}

export async function eventsOf(
  db: Db,
  siteId: string,
  streamId: string,
  page: PageRequest,
): Promise<Page<HistoryEvent>> {
  const limit = pageLimit(page.limit);
  const [after] = decodeCursor(page.cursor, 1) ?? [0];
  const rows = await db
    .select()
    .from(events)
    .where(and(eq(events.siteId, siteId), eq(events.streamId, streamId), gt(events.seq, Number(after))))
    .orderBy(asc(events.seq))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(toHistoryEvent);
  return { items, next: rows.length > limit ? encodeCursor([items.at(-1)?.seq ?? 0]) : null };
}

/** Open tasks in the actor's scope, earliest due first (keyset on due date and id). */
export async function listTasks(
  db: Db,
  siteId: string,
  filter: TaskFilter,
  page: PageRequest,
): Promise<Page<TaskListItem>> {
  const limit = pageLimit(page.limit);
  const cursor = decodeCursor(page.cursor, 2);
  const far = new Date('9999-12-31T00:00:00Z');
  const scope = taskScope(filter);
  const conditions = [eq(tasks.siteId, siteId), eq(tasks.status, 'open'), scope.where];
  if (filter.roleIds) conditions.push(inArray(tasks.roleId, [...filter.roleIds]));
  if (filter.assigneeUserId) conditions.push(eq(tasks.assigneeUserId, filter.assigneeUserId));
  if (filter.dueBefore) conditions.push(lt(tasks.dueAt, filter.dueBefore));
  // Tasks without a deadline sort last: they count as due at the end of time.
  // Raw SQL parameters are not mapped like typed columns: dates go as ISO text, cast.
  const due = sql`coalesce(${tasks.dueAt}, ${far.toISOString()}::timestamptz)`;
  if (cursor) {
    const at = new Date(String(cursor[0]));
    conditions.push(
      or(
        sql`${due} > ${at.toISOString()}::timestamptz`,
        and(sql`${due} = ${at.toISOString()}::timestamptz`, gt(tasks.id, String(cursor[1]))),
      ),
    );
  }
  const rows = await db
    .select({ t: tasks, ...scope.columns })
    .from(tasks)
    .innerJoin(cases, and(eq(cases.siteId, tasks.siteId), eq(cases.id, tasks.caseId)))
    .innerJoin(persons, and(eq(persons.siteId, cases.siteId), eq(persons.id, cases.personId)))
    .where(and(...conditions))
    .orderBy(asc(due), asc(tasks.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(({ t, ...rest }) => ({ ...toTask(t), ...rest }));
  const last = items.at(-1);
  return {
    items,
    next: rows.length > limit && last ? encodeCursor([(last.dueAt ?? far).toISOString(), last.id]) : null,
  };
}

export async function userNamesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function membersOf(db: Db, siteId: string, partnerId: string): Promise<SiteMember[]> {
  const rows = await db
    .select({ userId: memberships.userId, roleId: memberships.roleId, displayName: users.displayName })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.siteId, siteId),
        eq(memberships.partnerId, partnerId),
        eq(memberships.active, true),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.displayName));
  const byUser = new Map<string, SiteMember>();
  for (const r of rows) {
    const prev = byUser.get(r.userId);
    byUser.set(r.userId, {
      userId: r.userId,
      displayName: r.displayName,
      roleIds: [...(prev?.roleIds ?? []), r.roleId],
    });
  }
  return [...byUser.values()];
}

export async function ownedCasesOf(
  db: Db,
  siteId: string,
  ownerUserIds: readonly string[],
): Promise<OwnedCase[]> {
  if (ownerUserIds.length === 0) return [];
  const rows = await db
    .select({ caseId: cases.id, ownerUserId: cases.ownerUserId, weight: cases.weight, status: cases.status })
    .from(cases)
    .where(
      and(
        eq(cases.siteId, siteId),
        inArray(cases.ownerUserId, [...ownerUserIds]),
        inArray(cases.status, ['open', 'passive']),
      ),
    );
  return rows.map((r) => ({
    caseId: r.caseId,
    ownerUserId: r.ownerUserId ?? '',
    weight: r.weight ?? 1,
    status: r.status,
  }));
}

export async function openTasksOfOwnersOf(
  db: Db,
  siteId: string,
  ownerUserIds: readonly string[],
): Promise<OwnedTask[]> {
  if (ownerUserIds.length === 0) return [];
  const rows = await db
    .select({
      caseId: tasks.caseId,
      ownerUserId: cases.ownerUserId,
      overdue: tasks.overdue,
      dueAt: tasks.dueAt,
    })
    .from(tasks)
    .innerJoin(cases, and(eq(cases.siteId, tasks.siteId), eq(cases.id, tasks.caseId)))
    .where(
      and(
        eq(tasks.siteId, siteId),
        eq(tasks.status, 'open'),
        inArray(cases.ownerUserId, [...ownerUserIds]),
        // A receiving agency's overdue referral task is that agency's work, not the case owner's.
        eq(tasks.agency, cases.agency),
      ),
    );
  return rows.map((r) => ({
    caseId: r.caseId,
    ownerUserId: r.ownerUserId ?? '',
    status: 'open' as const,
    overdue: r.overdue,
    dueAt: r.dueAt,
  }));
}
