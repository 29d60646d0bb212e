import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { PersonScope } from '../../access/person-scope.js';
import { cases, memberships, persons } from '../schema/index.js';
import { onCaseTeam } from './scope-sql.js';

/** A case of the person in the outer query (`persons`) that meets `condition`. */
function caseOfPerson(condition: SQL | undefined): SQL {
  const theirs = and(eq(cases.siteId, persons.siteId), eq(cases.personId, persons.id), condition);
  return sql`exists (select 1 from ${cases} where ${theirs})`;
}

/** The access module's person scope as a SQL condition on `persons`. */
export function personScopeCondition(scope: PersonScope | undefined): SQL | undefined {
  if (scope === undefined) return undefined;
  switch (scope.kind) {
    case 'site':
      return undefined;
    case 'agency': {
      const registeredHere = and(
        eq(memberships.userId, persons.createdBy),
        eq(memberships.siteId, persons.siteId),
        eq(memberships.partnerId, scope.partnerId),
      );
      return or(
        caseOfPerson(or(eq(cases.agency, scope.partnerId), onCaseTeam(scope.userId, scope.at))),
        sql`exists (select 1 from ${memberships} where ${registeredHere})`,
      );
    }
    case 'own':
      return or(
        eq(persons.createdBy, scope.userId),
        caseOfPerson(or(eq(cases.ownerUserId, scope.userId), onCaseTeam(scope.userId, scope.at))),
      );
    case 'none':
      return sql`false`;
  }
}
