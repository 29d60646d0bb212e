import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.js';
import { idColumn, siteIdColumn, timestamptz } from './columns.js';
import { users } from './users.js';

/**
 * Emergency ("break-the-glass") access to a case: a user read a case outside their scope, for a
 * reason, until `expires_at` (`platform/access/emergency-access.ts`). Rows are inserted with the
 * case's `case.emergency_access` event and never changed: a grant simply runs out. Scope checks
 * compare `expires_at` with the request's instant, never the database's clock.
 */
export const emergencyAccess = pgTable(
  'emergency_access',
  {
    id: idColumn(),
    siteId: siteIdColumn(),
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The agency the user acted for. */
    partnerId: text('partner_id').notNull(),
    reason: text('reason').notNull(),
    grantedAt: timestamptz('granted_at').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
  },
  (t) => [
    check('emergency_access_expiry_check', sql`${t.expiresAt} > ${t.grantedAt}`),
    // The scope clause: this user's grants on this case that have not run out.
    index('emergency_access_case_user_idx').on(t.siteId, t.caseId, t.userId, t.expiresAt),
    // The supervisors' list, newest first.
    index('emergency_access_site_granted_idx').on(t.siteId, t.grantedAt, t.id),
    foreignKey({
      name: 'emergency_access_case_fk',
      columns: [t.siteId, t.caseId],
      foreignColumns: [cases.siteId, cases.id],
    }),
  ],
);
