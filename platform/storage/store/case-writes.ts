import { and, asc, eq, inArray, lte, notInArray } from 'drizzle-orm';
import type { NewEvent, VersionKey } from '../../cases/case-store.js';
import type {
  CaseRecord,
  HistoryEvent,
  PersonRecord,
  SubmissionRecord,
  TaskRecord,
} from '../../cases/records.js';
import { newId } from '../../kernel/ids.js';
import type { JsonObject } from '../../kernel/json.js';
import { normalizeName } from '../../kernel/normalize-name.js';
import type { Tx } from '../database.js';
import { appendEvent } from '../event-log.js';
import { cases, caseTeam, personIdentifiers, persons, submissions, tasks } from '../schema/index.js';
import { updateWithVersion } from '../update-with-version.js';
import { toCase, toHistoryEvent, toPerson, toSubmission } from './row-mappers.js';

export async function insertPerson(tx: Tx, p: PersonRecord): Promise<void> {
  await tx.insert(persons).values({ ...p, nameKey: normalizeName(p.displayName) });
  if (p.identifiers.length > 0)
    await tx
      .insert(personIdentifiers)
      .values(p.identifiers.map((i) => ({ siteId: p.siteId, personId: p.id, ...i })));
}

export async function updatePerson(
  tx: Tx,
  key: VersionKey,
  patch: Pick<PersonRecord, 'data' | 'displayName' | 'birthDate' | 'sex' | 'language' | 'identifiers'>,
  at: Date,
): Promise<PersonRecord> {
  const { identifiers, ...columns } = patch;
  const row = await updateWithVersion(tx, persons, key, {
    ...columns,
    nameKey: normalizeName(patch.displayName),
    updatedAt: at,
  });
  await tx.delete(personIdentifiers).where(eq(personIdentifiers.personId, key.id));
  if (identifiers.length > 0)
    await tx
      .insert(personIdentifiers)
      .values(identifiers.map((i) => ({ siteId: key.siteId, personId: key.id, ...i })));
  return toPerson(row, identifiers);
}

export async function insertCase(tx: Tx, record: CaseRecord): Promise<void> {
  await tx.insert(cases).values(record);
}

export async function updateCase(
  tx: Tx,
  key: VersionKey,
  patch: Partial<Omit<CaseRecord, 'id' | 'siteId' | 'version'>>,
  at: Date,
): Promise<CaseRecord> {
  return toCase(await updateWithVersion(tx, cases, key, { ...patch, updatedAt: at }));
}

/** The task kinds the SOP engine owns; other rows of a case (referral tasks) are not its to sync. */
const WORKFLOW_TASK_KINDS = ['task', 'review', 'approval', 'follow_up', 'passive_review'];

/**
 * Upserts the case's workflow task rows by instance key and deletes workflow rows the engine no
 * longer has. Rows of other kinds (a referral's overdue tasks) are kept: their owner syncs them.
 */
type TaskRow = Omit<TaskRecord, 'id'>;

const sameInstant = (a: Date | null, b: Date | null) =>
  a === null ? b === null : a.getTime() === b?.getTime();

/** Whether a stored task row already says what the engine's state says (nothing to write). */
function unchanged(stored: TaskRow, row: TaskRow): boolean {
  return (
    stored.definitionId === row.definitionId &&
    stored.kind === row.kind &&
    stored.roleId === row.roleId &&
    stored.agency === row.agency &&
    stored.assigneeUserId === row.assigneeUserId &&
    stored.status === row.status &&
    stored.overdue === row.overdue &&
    sameInstant(stored.dueAt, row.dueAt) &&
    sameInstant(stored.createdAt, row.createdAt) &&
    sameInstant(stored.completedAt, row.completedAt)
  );
}

/**
 * Mirrors the engine's tasks of a case into `tasks`: rows no longer in the state are deleted, new
 * ones inserted in one statement, and only rows whose content changed are updated — a step of a
 * case with many finished tasks writes one or two rows, not all of them.
 */
export async function syncTasks(
  tx: Tx,
  siteId: string,
  caseId: string,
  rows: readonly TaskRow[],
): Promise<void> {
  const keys = rows.map((r) => r.instanceKey);
  await tx
    .delete(tasks)
    .where(
      and(
        eq(tasks.siteId, siteId),
        eq(tasks.caseId, caseId),
        inArray(tasks.kind, WORKFLOW_TASK_KINDS),
        keys.length > 0 ? notInArray(tasks.instanceKey, keys) : undefined,
      ),
    );
  if (rows.length === 0) return;
  const existing = await tx
    .select()
    .from(tasks)
    .where(and(eq(tasks.siteId, siteId), eq(tasks.caseId, caseId), inArray(tasks.instanceKey, keys)));
  const stored = new Map(existing.map((e) => [e.instanceKey, e]));
  const added = rows.filter((row) => !stored.has(row.instanceKey));
  if (added.length > 0) await tx.insert(tasks).values(added.map((row) => ({ ...row, id: newId() })));
  for (const row of rows) {
    const before = stored.get(row.instanceKey);
    if (before !== undefined && !unchanged(before as TaskRow, row))
      await tx.update(tasks).set(row).where(eq(tasks.id, before.id));
  }
}

export async function insertSubmission(tx: Tx, record: SubmissionRecord): Promise<void> {
  await tx.insert(submissions).values(record);
}

export async function updateDraft(
  tx: Tx,
  key: VersionKey,
  data: JsonObject,
  at: Date,
): Promise<SubmissionRecord> {
  return toSubmission(await updateWithVersion(tx, submissions, key, { data, updatedAt: at }));
}

export async function markSubmitted(tx: Tx, siteId: string, id: string, at: Date): Promise<void> {
  await tx
    .update(submissions)
    .set({ status: 'submitted', submittedAt: at, updatedAt: at })
    .where(and(eq(submissions.siteId, siteId), eq(submissions.id, id)));
}

export async function supersede(
  tx: Tx,
  siteId: string,
  caseId: string,
  formId: string,
  exceptId: string,
): Promise<void> {
  await tx
    .update(submissions)
    .set({ status: 'superseded' })
    .where(
      and(
        eq(submissions.siteId, siteId),
        eq(submissions.caseId, caseId),
        eq(submissions.formId, formId),
        eq(submissions.status, 'submitted'),
        notInArray(submissions.id, [exceptId]),
      ),
    );
}

export async function addTeamMember(
  tx: Tx,
  siteId: string,
  caseId: string,
  member: { userId: string; roleId: string; consentId: string | null },
  at: Date,
): Promise<void> {
  const { userId, roleId, consentId } = member;
  await tx
    .insert(caseTeam)
    .values({ siteId, caseId, userId, roleId, consentId, addedAt: at })
    .onConflictDoUpdate({ target: [caseTeam.caseId, caseTeam.userId], set: { roleId, consentId } });
}

export async function removeTeamMember(
  tx: Tx,
  siteId: string,
  caseId: string,
  userId: string,
): Promise<void> {
  await tx
    .delete(caseTeam)
    .where(and(eq(caseTeam.siteId, siteId), eq(caseTeam.caseId, caseId), eq(caseTeam.userId, userId)));
}

export async function appendHistory(tx: Tx, event: NewEvent): Promise<HistoryEvent> {
  return toHistoryEvent(await appendEvent(tx, event));
}

/** `select … for update skip locked`: concurrent schedulers each take different cases. */
export async function claimDueCases(tx: Tx, now: Date, limit: number): Promise<CaseRecord[]> {
  const rows = await tx
    .select()
    .from(cases)
    .where(lte(cases.nextWakeAt, now))
    .orderBy(asc(cases.nextWakeAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return rows.map(toCase);
}

export async function discardDrafts(
  tx: Tx,
  siteId: string,
  caseId: string,
  formId: string,
  userId: string,
): Promise<void> {
  await tx
    .update(submissions)
    .set({ status: 'superseded' })
    .where(
      and(
        eq(submissions.siteId, siteId),
        eq(submissions.caseId, caseId),
        eq(submissions.formId, formId),
        eq(submissions.status, 'draft'),
        eq(submissions.createdBy, userId),
      ),
    );
}
