import { and, asc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import type { VersionKey } from '../../cases/case-store.js';
import type { ConsentRow, DisclosureRow, ReferralRecord } from '../../cases/referrals/referral-records.js';
import type { ReferralTaskRow } from '../../cases/referrals/referral-store.js';
import { newId } from '../../kernel/ids.js';
import type { Tx } from '../database.js';
import { caseTeam, consents, disclosures, referrals, submissions, tasks } from '../schema/index.js';
import { updateWithVersion } from '../update-with-version.js';
import { toConsent, toReferral } from './referral-row-mappers.js';

export async function insertReferral(tx: Tx, record: ReferralRecord): Promise<void> {
  await tx.insert(referrals).values(record);
}

export async function updateReferral(
  tx: Tx,
  key: VersionKey,
  patch: Pick<ReferralRecord, 'status' | 'state' | 'nextWakeAt'>,
  at: Date,
): Promise<ReferralRecord> {
  return toReferral(await updateWithVersion(tx, referrals, key, { ...patch, updatedAt: at }));
}

export async function insertConsent(tx: Tx, row: ConsentRow): Promise<void> {
  await tx.insert(consents).values(row);
}

export async function updateConsent(
  tx: Tx,
  key: VersionKey,
  patch: Pick<ConsentRow, 'record' | 'withdrawnAt'>,
): Promise<ConsentRow> {
  return toConsent(await updateWithVersion(tx, consents, key, patch));
}

/**
 * Moves joint-casework team members admitted under an earlier consent of the person for the same
 * purpose onto `renewed`, when it covers every recipient the earlier one did: a renewed consent
 * keeps them on the team. Returns how many memberships moved.
 */
export async function renewTeamConsent(tx: Tx, renewed: ConsentRow): Promise<number> {
  const earlier = tx
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(
        eq(consents.siteId, renewed.siteId),
        eq(consents.personId, renewed.personId),
        eq(consents.purpose, renewed.purpose),
        ne(consents.id, renewed.id),
        sql`${consents.record}->'recipients' <@ ${JSON.stringify(renewed.record.recipients)}::jsonb`,
      ),
    );
  const moved = await tx
    .update(caseTeam)
    .set({ consentId: renewed.id })
    .where(and(eq(caseTeam.siteId, renewed.siteId), inArray(caseTeam.consentId, earlier)))
    .returning({ caseId: caseTeam.caseId });
  return moved.length;
}

export async function insertDisclosure(tx: Tx, row: DisclosureRow): Promise<void> {
  await tx.insert(disclosures).values(row);
}

/** Inserts task rows; the engine's ids are deterministic, so a row made before is kept as it is. */
export async function addReferralTasks(tx: Tx, rows: readonly ReferralTaskRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx
    .insert(tasks)
    .values(rows.map((row) => ({ ...row, id: newId() })))
    .onConflictDoNothing({ target: [tasks.caseId, tasks.instanceKey] });
}

export async function closeReferralTask(
  tx: Tx,
  siteId: string,
  caseId: string,
  taskId: string,
  status: 'done' | 'cancelled',
  at: Date,
): Promise<void> {
  await tx
    .update(tasks)
    .set({ status, completedAt: at })
    .where(
      and(
        eq(tasks.siteId, siteId),
        eq(tasks.caseId, caseId),
        eq(tasks.definitionId, taskId),
        eq(tasks.status, 'open'),
      ),
    );
}

export async function supersedeReferralSubmissions(
  tx: Tx,
  siteId: string,
  referralId: string,
  formId: string,
  exceptId: string,
): Promise<void> {
  await tx
    .update(submissions)
    .set({ status: 'superseded' })
    .where(
      and(
        eq(submissions.siteId, siteId),
        eq(submissions.referralId, referralId),
        eq(submissions.formId, formId),
        eq(submissions.status, 'submitted'),
        ne(submissions.id, exceptId),
      ),
    );
}

/** `select … for update skip locked`: concurrent schedulers each take different referrals. */
export async function claimDueReferrals(tx: Tx, now: Date, limit: number): Promise<ReferralRecord[]> {
  const rows = await tx
    .select()
    .from(referrals)
    .where(lte(referrals.nextWakeAt, now))
    .orderBy(asc(referrals.nextWakeAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return rows.map(toReferral);
}
