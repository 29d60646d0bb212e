import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { PersonScope } from '../../access/person-scope.js';
import { cases, caseTeam, memberships, persons } from '../schema/index.js';

/** The access module's person scope as a SQL condition on `persons`. */
export function personScopeCondition(scope: PersonScope | undefined): SQL | undefined {
  if (scope === undefined) return undefined;
  switch (scope.kind) {
    case 'site':
      return undefined;
    case 'agency': {
      const caseHere = and(
        eq(cases.siteId, persons.siteId),
        eq(cases.personId, persons.id),
        eq(cases.agency, scope.partnerId),
      );
      const registeredHere = and(
        eq(memberships.userId, persons.createdBy),
        eq(memberships.siteId, persons.siteId),
        eq(memberships.partnerId, scope.partnerId),
      );
      return or(
        sql`exists (select 1 from ${cases} where ${caseHere})`,
        sql`exists (select 1 from ${memberships} where ${registeredHere})`,
      );
    }
    case 'own': {
      const onTeam = and(eq(caseTeam.caseId, cases.id), eq(caseTeam.userId, scope.userId));
      const mine = and(
        eq(cases.siteId, persons.siteId),
        eq(cases.personId, persons.id),
        or(eq(cases.ownerUserId, scope.userId), sql`exists (select 1 from ${caseTeam} where ${onTeam})`),
      );
      return or(eq(persons.createdBy, scope.userId), sql`exists (select 1 from ${cases} where ${mine})`);
    }
    case 'none':
      return sql`false`;
  }
}
