import { requirePermission } from '../../access/actor.js';
import { bundleEvaluator, eligibleServices, type ServiceEligibility } from '../../referrals/index.js';
import { caseFactsOf } from '../../workflow/index.js';
import { caseExternalFacts, stateOf, workflowOf } from '../case-workflow.js';
import { loadCase } from '../load-case.js';
import type { OperationContext } from '../operation-context.js';

/**
 * Screening's referral targets for a case: every directory service that is not inactive, whether
 * the case's facts meet its eligibility (and its protocol's), and why, in `locale` (default: the
 * actor's). Eligible services with a referral route come first.
 */
export async function caseEligibleServices(
  ctx: OperationContext,
  caseId: string,
  locale?: string,
): Promise<ServiceEligibility[]> {
  requirePermission(ctx.actor, 'case.read');
  const loaded = await loadCase(ctx, caseId, ctx.store, 'read');
  const { record, version } = loaded;
  const def = workflowOf(version, record.sopId);
  const facts = caseFactsOf(def, stateOf(record), ctx.clock.now().toISOString(), caseExternalFacts(loaded));
  const bundle = version.bundle;
  return eligibleServices(bundle, facts, bundleEvaluator(bundle), locale ?? ctx.actor.locale);
}
