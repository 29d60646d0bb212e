import { requireCaseWork } from '../../access/case-work.js';
import { type ReferralAccess, referralAccess, referralScope } from '../../access/referral-scope.js';
import { PlatformError } from '../../kernel/errors.js';
import type { CaseQueries } from '../case-store.js';
import { type LoadedCase, loadedCase, visibleTo } from '../load-case.js';
import type { OperationContext } from '../operation-context.js';
import type { ReferralRecord } from './referral-records.js';

/**
 * A referral the actor may see, how they see it, and its case. For a receiver the case is loaded
 * for the engines only: what they are shown is decided by the views, never the case itself.
 */
export type LoadedReferral = {
  readonly record: ReferralRecord;
  readonly access: Exclude<ReferralAccess, 'none'>;
  readonly loaded: LoadedCase;
};

const notFound = () => new PlatformError('not_found', 'No such referral.');

/**
 * Loads a referral the actor reaches (`access/referral-scope.ts`): the staff who see its case, or,
 * once it was sent, the receiving agency's. A referral of another site, or one the actor does not
 * reach, is "not found"; a role without case work (`access/case-work.ts`) is refused outright.
 */
export async function loadReferral(
  ctx: OperationContext,
  referralId: string,
  queries: CaseQueries = ctx.store,
): Promise<LoadedReferral> {
  requireCaseWork(ctx.actor);
  const record = await queries.referralById(ctx.version.siteId, referralId);
  if (record === undefined) throw notFound();
  const caseRecord = await queries.caseById(record.siteId, record.caseId);
  if (caseRecord === undefined) throw notFound();
  const { visible, teamUserIds } = await visibleTo(queries, ctx.actor, caseRecord, ctx.clock.now());
  const access = referralAccess(referralScope(ctx.actor, ctx.clock.now()), {
    caseVisible: visible,
    receiverPartner: record.receiverPartner,
    sent: record.status !== 'draft',
  });
  if (access === 'none') throw notFound();
  return { record, access, loaded: await loadedCase(ctx, caseRecord, teamUserIds, queries) };
}
