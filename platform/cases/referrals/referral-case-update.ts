import type { JsonObject } from '../../kernel/json.js';
import type { Referral } from '../../referrals/index.js';
import { caseWeightOf, type Effect, tick } from '../../workflow/index.js';
import type { CaseQueries, CaseWrites } from '../case-store.js';
import { externalFacts, stateColumns, stateOf, taskRows, workflowOf } from '../case-workflow.js';
import type { LoadedCase } from '../load-case.js';
import { siteToday } from '../site-today.js';
import { type PlanStepEffect, patchPlanStep } from './plan-step-patch.js';

/** What a referral step changed in its case: plan steps set, and the SOP engine's own effects. */
export type CaseChange = {
  readonly planSteps: readonly JsonObject[];
  readonly effects: readonly Effect[];
};

/**
 * Brings the case in line with a referral step, in the caller's transaction: the linked
 * action-plan steps take their new status, then the SOP engine catches up with the referral's new
 * facts (`referrals.<protocol>.status`), so automatic transitions that read them fire. The case row
 * is written (at the version just read) only when something changed.
 */
export async function applyToCase(
  tx: CaseQueries & CaseWrites,
  loaded: LoadedCase,
  referral: Referral,
  planEffects: readonly PlanStepEffect[],
  now: Date,
): Promise<CaseChange> {
  const { record, version } = loaded;
  const bundle = version.bundle;
  let state = stateOf(record);
  const planSteps: JsonObject[] = [];
  for (const effect of planEffects) {
    const patched = patchPlanStep(bundle, state, effect, siteToday(version, now));
    const { type: _type, ...step } = effect;
    planSteps.push({ ...step, applied: patched !== null });
    if (patched !== null) state = patched;
  }
  const referrals = [...loaded.referrals.filter((r) => r.id !== referral.id), referral];
  const external = externalFacts(record, loaded.person, referrals, bundle.site.timeZone ?? 'UTC');
  const def = workflowOf(version, record.sopId);
  const result = tick(def, state, now, external);
  const patchedAny = planSteps.some((p) => p.applied === true);
  if (!patchedAny && result.effects.length === 0) return { planSteps, effects: [] };
  const weight = caseWeightOf(def, result.state, now, external).weight;
  const updated = await tx.updateCase(
    { siteId: record.siteId, id: record.id, version: record.version },
    { ...stateColumns(result.state), weight },
    now,
  );
  await tx.syncTasks(
    updated.siteId,
    updated.id,
    taskRows(updated.siteId, updated.id, updated.agency, result.state.tasks),
  );
  return { planSteps, effects: result.effects };
}
