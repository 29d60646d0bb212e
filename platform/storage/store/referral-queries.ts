import { and, asc, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import type { PageRequest } from '../../cases/case-store.js';
import type { Page, SubmissionRecord } from '../../cases/records.js';
import type {
  ConsentRow,
  DisclosureRow,
  ReferralFilter,
  ReferralListRecord,
  ReferralRecord,
} from '../../cases/referrals/referral-records.js';
import type { Db } from '../database.js';
import { cases, consents, disclosures, referrals, submissions } from '../schema/index.js';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.js';
import { toConsent, toDisclosure, toReferral } from './referral-row-mappers.js';
import { referralScopeCondition, referralSides } from './referral-scope-sql.js';
import { toSubmission } from './row-mappers.js';

export async function findReferral(db: Db, siteId: string, id: string): Promise<ReferralRecord | undefined> {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.siteId, siteId), eq(referrals.id, id)));
  return row === undefined ? undefined : toReferral(row);
}

export async function referralsOfCase(db: Db, siteId: string, caseId: string): Promise<ReferralRecord[]> {
  const rows = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.siteId, siteId), eq(referrals.caseId, caseId)))
    .orderBy(asc(referrals.createdAt), asc(referrals.id));
  return rows.map(toReferral);
}

/** Referrals in the actor's referral scope, most recently changed first, keyset on (updated_at, id). */
export async function listReferrals(
  db: Db,
  siteId: string,
  filter: ReferralFilter,
  page: PageRequest,
): Promise<Page<ReferralListRecord>> {
  const limit = pageLimit(page.limit);
  const cursor = decodeCursor(page.cursor, 2);
  const conditions: (SQL | undefined)[] = [eq(referrals.siteId, siteId), referralScopeCondition(filter)];
  if (filter.status && filter.status.length > 0)
    conditions.push(inArray(referrals.status, [...filter.status]));
  if (cursor) {
    const at = new Date(String(cursor[0]));
    conditions.push(
      or(lt(referrals.updatedAt, at), and(eq(referrals.updatedAt, at), lt(referrals.id, String(cursor[1])))),
    );
  }
  const rows = await db
    .select({ r: referrals, outgoing: sql<boolean>`coalesce(${referralSides(filter).outgoing}, false)` })
    .from(referrals)
    .innerJoin(cases, and(eq(cases.siteId, referrals.siteId), eq(cases.id, referrals.caseId)))
    .where(and(...conditions))
    .orderBy(desc(referrals.updatedAt), desc(referrals.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map(({ r, outgoing }) => ({ ...toReferral(r), outgoing }));
  const last = items.at(-1);
  return {
    items,
    next: rows.length > limit && last ? encodeCursor([last.updatedAt.toISOString(), last.id]) : null,
  };
}

export async function referralSubmissionsOf(
  db: Db,
  siteId: string,
  referralId: string,
): Promise<SubmissionRecord[]> {
  const rows = await db
    .select()
    .from(submissions)
    .where(
      and(
        eq(submissions.siteId, siteId),
        eq(submissions.referralId, referralId),
        inArray(submissions.status, ['submitted', 'superseded']),
      ),
    )
    .orderBy(desc(submissions.submittedAt), desc(submissions.id));
  return rows.map(toSubmission);
}

export async function consentsOf(db: Db, siteId: string, personId: string): Promise<ConsentRow[]> {
  const rows = await db
    .select()
    .from(consents)
    .where(and(eq(consents.siteId, siteId), eq(consents.personId, personId)))
    .orderBy(asc(consents.givenAt), asc(consents.id));
  return rows.map(toConsent);
}

export async function findConsent(db: Db, siteId: string, id: string): Promise<ConsentRow | undefined> {
  const [row] = await db
    .select()
    .from(consents)
    .where(and(eq(consents.siteId, siteId), eq(consents.id, id)));
  return row === undefined ? undefined : toConsent(row);
}

export async function disclosuresOf(db: Db, siteId: string, personId: string): Promise<DisclosureRow[]> {
  const rows = await db
    .select()
    .from(disclosures)
    .where(and(eq(disclosures.siteId, siteId), eq(disclosures.personId, personId)))
    .orderBy(asc(disclosures.at), asc(disclosures.id));
  return rows.map(toDisclosure);
}

export async function disclosuresOfReferrals(
  db: Db,
  siteId: string,
  referralIds: readonly string[],
): Promise<DisclosureRow[]> {
  if (referralIds.length === 0) return [];
  const rows = await db
    .select()
    .from(disclosures)
    .where(and(eq(disclosures.siteId, siteId), inArray(disclosures.referralId, [...new Set(referralIds)])))
    .orderBy(asc(disclosures.at), asc(disclosures.id));
  return rows.map(toDisclosure);
}
