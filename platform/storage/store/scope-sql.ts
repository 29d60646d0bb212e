import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { CaseScope } from '../../access/case-scope.js';
import { cases, caseTeam } from '../schema/index.js';

/** The access module's case scope as a SQL condition on `cases`. */
export function caseScopeCondition(scope: CaseScope): SQL | undefined {
  switch (scope.kind) {
    case 'site':
      return undefined;
    case 'agency':
      return eq(cases.agency, scope.partnerId);
    case 'own': {
      const onTeam = and(eq(caseTeam.caseId, cases.id), eq(caseTeam.userId, scope.userId));
      return or(eq(cases.ownerUserId, scope.userId), sql`exists (select 1 from ${caseTeam} where ${onTeam})`);
    }
    case 'none':
      return sql`false`;
  }
}
