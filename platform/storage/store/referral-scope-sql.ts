import { and, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import type { ReferralFilter } from '../../cases/referrals/referral-records.js';
import { referrals } from '../schema/index.js';
import { caseScopeCondition } from './scope-sql.js';

/**
 * The access module's referral scope as a SQL condition on `referrals` joined with `cases`:
 * outgoing ones of the actor's agency on cases in its case scope, incoming ones addressed to its
 * agency (when its role receives referrals and the referral was sent), or either.
 */
export function referralScopeCondition(filter: ReferralFilter): SQL {
  const { outgoing, incoming } = referralSides(filter);
  if (filter.box === 'outgoing') return outgoing;
  if (filter.box === 'incoming') return incoming;
  return or(outgoing, incoming) ?? sql`false`;
}

/**
 * The two sides as conditions: sent by the actor's agency on a case in its scope; addressed to
 * its agency and sent (a draft is the sender's alone).
 */
export function referralSides(filter: ReferralFilter): { outgoing: SQL; incoming: SQL } {
  const { scope } = filter;
  const outgoing =
    and(eq(referrals.senderPartner, scope.partnerId), caseScopeCondition(scope.cases)) ?? sql`true`;
  const incoming =
    scope.receiverPartner === null
      ? sql`false`
      : (and(eq(referrals.receiverPartner, scope.receiverPartner), ne(referrals.status, 'draft')) ??
        sql`false`);
  return { outgoing, incoming };
}
