import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { CaseScope } from '../../access/case-scope.js';
import { cases, caseTeam, consents } from '../schema/index.js';

/**
 * A team row in force at `at`: a colleague of the holding agency (no consent), or a member from
 * another partner whose admitting consent is neither withdrawn nor expired by then — the rule of
 * `referrals/consent.ts` (`activeConsent`) on the one record the membership rests on.
 */
export function teamRowInForce(at: string): SQL {
  const consentHolds = and(
    eq(consents.id, caseTeam.consentId),
    sql`(${consents.withdrawnAt} is null or ${consents.withdrawnAt} > ${at}::timestamptz)`,
    sql`(${consents.record}->>'expiresAt' is null or (${consents.record}->>'expiresAt')::timestamptz >= ${at}::timestamptz)`,
  );
  return sql`(${caseTeam.consentId} is null or exists (select 1 from ${consents} where ${consentHolds}))`;
}

/** The user is on the team of the case in the outer query (`cases`), in force at `at`. */
export function onCaseTeam(userId: string, at: string): SQL {
  const mine = and(eq(caseTeam.caseId, cases.id), eq(caseTeam.userId, userId), teamRowInForce(at));
  return sql`exists (select 1 from ${caseTeam} where ${mine})`;
}

/** The access module's case scope as a SQL condition on `cases`. */
export function caseScopeCondition(scope: CaseScope): SQL | undefined {
  switch (scope.kind) {
    case 'site':
      return undefined;
    case 'agency':
      return or(eq(cases.agency, scope.partnerId), onCaseTeam(scope.userId, scope.at));
    case 'own':
      return or(eq(cases.ownerUserId, scope.userId), onCaseTeam(scope.userId, scope.at));
    case 'none':
      return sql`false`;
  }
}
