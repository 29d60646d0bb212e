import type { JsonValue } from '../kernel/json.js';
import { bundleEvaluator, checkEligibility } from './eligibility.js';
import type { Referral } from './referral.js';
import { block, type ReferralBlock } from './referral-block.js';
import type { ReferralContext } from './referral-context.js';
import type { Draft } from './referral-draft.js';
import { unsignedFields } from './signature-fields.js';

/** The locale of explanations: the context's, the actor's, then the site's default. */
export const explainLocale = (ctx: ReferralContext): string =>
  ctx.locale ?? ctx.actor?.locale ?? ctx.bundle.site.defaultLocale;

/**
 * The receiver's eligibility, checked before sending: the protocol's condition and, for a
 * referral to a directory service, the service's own. Each failure is `not_eligible` with the
 * rules engine's trace and its description.
 */
export function eligibilityBlocks(d: Draft): ReferralBlock[] {
  const { bundle } = d.ctx;
  const evaluator = d.ctx.evaluator ?? bundleEvaluator(bundle);
  const facts = d.ctx.caseFacts ?? {};
  const service = d.referral.serviceId === null ? undefined : bundle.services[d.referral.serviceId];
  const conditions: [Record<string, JsonValue>, unknown][] = [
    [{ protocol: d.protocol.id }, d.protocol.eligibility],
  ];
  if (service !== undefined) conditions.push([{ service: service.id }, service.eligibility]);
  return conditions.flatMap(([params, logic]) => {
    const check = checkEligibility(bundle, evaluator, logic, facts, explainLocale(d.ctx));
    if (check.eligible) return [];
    const withError = check.error === undefined ? params : { ...params, error: check.error };
    const failed: ReferralBlock = { code: 'not_eligible', params: withError, explanation: check.explanation };
    return [check.trace === undefined ? failed : { ...failed, trace: check.trace }];
  });
}

/**
 * The referral form: submitted for this referral (`form_missing:<form>`) and signed by the client
 * where the form records a signature (`not_signed`).
 */
export function referralFormBlocks(
  ctx: ReferralContext,
  referral: Referral,
  formId: string | undefined,
): ReferralBlock[] {
  if (formId === undefined) return [];
  const data = ctx.referralForms?.[formId];
  if (data === undefined) return [block(`form_missing:${formId}`, { form: formId, referral: referral.id })];
  const form = ctx.bundle.forms[formId];
  const unsigned = form === undefined ? [] : unsignedFields(form, data);
  return unsigned.length === 0 ? [] : [block('not_signed', { form: formId, fields: unsigned })];
}
