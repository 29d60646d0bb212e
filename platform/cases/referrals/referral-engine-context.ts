import type { JsonObject } from '../../kernel/json.js';
import type { CaseData, ReferralContext } from '../../referrals/index.js';
import { caseFactsOf } from '../../workflow/index.js';
import type { CaseQueries } from '../case-store.js';
import { caseExternalFacts, stateOf, workflowOf } from '../case-workflow.js';
import type { LoadedCase } from '../load-case.js';
import type { OperationContext } from '../operation-context.js';
import type { SubmissionRecord } from '../records.js';

/** The latest submitted data of each form among `submissions` (newest first, as the store lists them). */
export function latestForms(submissions: readonly SubmissionRecord[]): Record<string, JsonObject> {
  const forms: Record<string, JsonObject> = {};
  for (const s of submissions) if (s.status === 'submitted') forms[s.formId] ??= s.data;
  return forms;
}

/** What the runtime knows of the case for the referral engine: registration data and latest forms. */
export function caseDataOf(loaded: LoadedCase): CaseData {
  return { person: loaded.person?.data ?? {}, forms: loaded.record.facts as Record<string, JsonObject> };
}

/**
 * The referral engine's context for a step on a referral of `loaded`: the case's pinned
 * definitions, the actor as the access module made it (`null` for the scheduler), the person's
 * consents, the case facts (referrals included), the case data and the referral's own forms.
 */
export async function engineContext(
  ctx: Pick<OperationContext, 'clock'> & { readonly actor: OperationContext['actor'] | null },
  queries: CaseQueries,
  loaded: LoadedCase,
  referralId: string | null,
): Promise<ReferralContext> {
  const { record, version } = loaded;
  const consents = (await queries.consentsOf(record.siteId, record.personId)).map((c) => c.record);
  const submissions = referralId === null ? [] : await queries.referralSubmissions(record.siteId, referralId);
  const now = ctx.clock.now().toISOString();
  const def = workflowOf(version, record.sopId);
  return {
    bundle: version.bundle,
    actor: ctx.actor,
    consents,
    caseFacts: caseFactsOf(def, stateOf(record), now, caseExternalFacts(loaded)),
    caseData: caseDataOf(loaded),
    referralForms: latestForms(submissions),
    ...(ctx.actor === null ? {} : { locale: ctx.actor.locale }),
  };
}
