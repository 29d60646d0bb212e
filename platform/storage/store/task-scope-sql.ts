import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { TaskFilter } from '../../cases/case-store.js';
import { REFERRAL_TASK_KINDS } from '../../cases/referrals/referral-records.js';
import { cases, persons, tasks } from '../schema/index.js';
import { caseScopeCondition } from './scope-sql.js';

/**
 * Which task rows a work queue shows, and what of their case: the tasks of cases in the actor's
 * case scope with the client's name and stage, plus (for a receiving agency) the referral overdue
 * tasks addressed to it on cases it does not see — those without name, stage or owner.
 */
export function taskScope(filter: Pick<TaskFilter, 'scope' | 'referralPartner'>): {
  where: SQL | undefined;
  columns: {
    personName: SQL<string>;
    caseStage: SQL<string>;
    caseSopId: SQL<string>;
    caseOwnerUserId: SQL<string | null>;
  };
} {
  const inScope = caseScopeCondition(filter.scope);
  const partner = filter.referralPartner ?? null;
  const referralSide =
    partner === null
      ? undefined
      : and(eq(tasks.agency, partner), inArray(tasks.kind, [...REFERRAL_TASK_KINDS]));
  if (inScope === undefined || referralSide === undefined)
    return {
      where: inScope,
      columns: {
        personName: sql<string>`${persons.displayName}`,
        caseStage: sql<string>`${cases.stage}`,
        caseSopId: sql<string>`${cases.sopId}`,
        caseOwnerUserId: sql<string | null>`${cases.ownerUserId}`,
      },
    };
  return {
    where: or(inScope, referralSide),
    columns: {
      personName: sql<string>`case when ${inScope} then ${persons.displayName} else '' end`,
      caseStage: sql<string>`case when ${inScope} then ${cases.stage} else '' end`,
      caseSopId: sql<string>`case when ${inScope} then ${cases.sopId} else '' end`,
      caseOwnerUserId: sql<string | null>`case when ${inScope} then ${cases.ownerUserId} end`,
    },
  };
}
