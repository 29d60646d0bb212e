import type { SiteBundle } from '../../definitions/site-bundle.js';
import { effectiveForm } from '../../forms/index.js';
import { isJsonObject, type JsonObject, type JsonValue } from '../../kernel/json.js';
import type { ReferralEffect } from '../../referrals/index.js';
import type { CaseState } from '../../workflow/index.js';

export type PlanStepEffect = Extract<ReferralEffect, { type: 'plan_step_status' }>;

/** The repeat group at a dotted path of the plan's data (`steps`, `plan.steps`). */
function itemsAt(data: JsonObject, path: string): JsonValue[] | undefined {
  let value: JsonValue | undefined = data;
  for (const name of path.split('.')) value = isJsonObject(value) ? value[name] : undefined;
  return Array.isArray(value) ? value : undefined;
}

/**
 * The case state with the linked action-plan step's status set as the protocol says, the plan's
 * calculated fields brought up to date (a count of completed steps reads the new status), or
 * `null` when the plan or the step is not there. This is the referral's change, not a new
 * submission of the plan: no task completes, no approval is withdrawn, the plan's submission
 * date and count stay.
 */
export function patchPlanStep(
  bundle: SiteBundle,
  state: CaseState,
  effect: PlanStepEffect,
  today: string,
): CaseState | null {
  const form = state.forms[effect.form];
  if (form === undefined) return null;
  const data = structuredClone(form.data);
  const step = itemsAt(data, effect.items)?.[effect.step];
  if (!isJsonObject(step)) return null;
  step[effect.statusField] = effect.status;
  const settled = effectiveForm({
    bundle,
    formId: effect.form,
    data,
    locale: bundle.site.defaultLocale,
    today,
  });
  const next = isJsonObject(settled.data) ? settled.data : data;
  return { ...state, forms: { ...state.forms, [effect.form]: { ...form, data: next } } };
}
