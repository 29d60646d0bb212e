import { and, desc, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { EmergencyGrant } from '../../access/emergency-access.js';
import type { PageRequest } from '../../cases/case-store.js';
import type {
  EmergencyGrantFilter,
  EmergencyGrantListItem,
  EmergencyLookupItem,
} from '../../cases/emergency/emergency-store.js';
import type { Page } from '../../cases/records.js';
import type { Db, Tx } from '../database.js';
import { emergencyAccess } from '../schema/emergency-access.js';
import { cases, personIdentifiers, users } from '../schema/index.js';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.js';
import { caseScopeCondition } from './scope-sql.js';

const toGrant = (row: typeof emergencyAccess.$inferSelect): EmergencyGrant => ({ ...row });

/** The grant of `userId` on the case in the outer query (`cases`) that has not run out at `at`. */
export function emergencyGrantHolds(userId: string, at: string) {
  const holds = and(
    eq(emergencyAccess.siteId, cases.siteId),
    eq(emergencyAccess.caseId, cases.id),
    eq(emergencyAccess.userId, userId),
    sql`${emergencyAccess.expiresAt} > ${at}::timestamptz`,
  );
  return sql`exists (select 1 from ${emergencyAccess} where ${holds})`;
}

export async function emergencyGrantOf(
  db: Db,
  siteId: string,
  caseId: string,
  userId: string,
  at: Date,
): Promise<EmergencyGrant | undefined> {
  const [row] = await db
    .select()
    .from(emergencyAccess)
    .where(
      and(
        eq(emergencyAccess.siteId, siteId),
        eq(emergencyAccess.caseId, caseId),
        eq(emergencyAccess.userId, userId),
        gt(emergencyAccess.expiresAt, at),
      ),
    )
    .orderBy(desc(emergencyAccess.expiresAt))
    .limit(1);
  return row === undefined ? undefined : toGrant(row);
}

export async function emergencyPersonAccess(
  db: Db,
  siteId: string,
  personId: string,
  userId: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        eq(cases.siteId, siteId),
        eq(cases.personId, personId),
        emergencyGrantHolds(userId, at.toISOString()),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

export async function emergencyLookup(
  db: Db,
  siteId: string,
  probe: { readonly caseId?: string; readonly identifier?: string },
): Promise<EmergencyLookupItem[]> {
  const byIdentifier = probe.identifier
    ? sql`exists (select 1 from ${personIdentifiers} where ${and(
        eq(personIdentifiers.siteId, cases.siteId),
        eq(personIdentifiers.personId, cases.personId),
        eq(personIdentifiers.value, probe.identifier),
      )})`
    : undefined;
  if (probe.caseId === undefined && byIdentifier === undefined) return [];
  return db
    .select({
      caseId: cases.id,
      agency: cases.agency,
      sopId: cases.sopId,
      stage: cases.stage,
      status: cases.status,
      openedAt: cases.openedAt,
    })
    .from(cases)
    .where(
      and(
        eq(cases.siteId, siteId),
        probe.caseId === undefined ? undefined : eq(cases.id, probe.caseId),
        byIdentifier,
      ),
    )
    .orderBy(desc(cases.openedAt))
    .limit(20);
}

export async function emergencyGrants(
  db: Db,
  siteId: string,
  filter: EmergencyGrantFilter,
  page: PageRequest,
): Promise<Page<EmergencyGrantListItem>> {
  const limit = pageLimit(page.limit);
  const cursor = decodeCursor(page.cursor, 2);
  const after = cursor
    ? or(
        lt(emergencyAccess.grantedAt, new Date(String(cursor[0]))),
        and(
          eq(emergencyAccess.grantedAt, new Date(String(cursor[0]))),
          lt(emergencyAccess.id, String(cursor[1])),
        ),
      )
    : undefined;
  const rows = await db
    .select({ g: emergencyAccess, userName: users.displayName, caseAgency: cases.agency })
    .from(emergencyAccess)
    .innerJoin(cases, and(eq(cases.siteId, emergencyAccess.siteId), eq(cases.id, emergencyAccess.caseId)))
    .innerJoin(users, eq(users.id, emergencyAccess.userId))
    .where(
      and(
        eq(emergencyAccess.siteId, siteId),
        or(caseScopeCondition(filter.scope) ?? sql`true`, eq(emergencyAccess.userId, filter.userId)),
        after,
      ),
    )
    .orderBy(desc(emergencyAccess.grantedAt), desc(emergencyAccess.id))
    .limit(limit + 1);
  const items = rows
    .slice(0, limit)
    .map((r) => ({ ...toGrant(r.g), userName: r.userName, caseAgency: r.caseAgency }));
  const last = items.at(-1);
  return {
    items,
    next: rows.length > limit && last ? encodeCursor([last.grantedAt.toISOString(), last.id]) : null,
  };
}

export async function insertEmergencyGrant(tx: Tx, grant: EmergencyGrant): Promise<void> {
  await tx.insert(emergencyAccess).values(grant);
}
