import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import type { ReferralStatus } from './referral.js';
import type { Draft } from './referral-draft.js';

type StatusOn = keyof NonNullable<ReferralDefinition['planLink']>['statusOn'];

/** Referral states the plan link can map to a step status. */
const PLAN_KEYS: Partial<Readonly<Record<ReferralStatus, StatusOn>>> = {
  requested: 'requested',
  accepted: 'accepted',
  rejected: 'rejected',
  completed: 'completed',
  failed: 'failed',
};

/**
 * Tells the runtime to set the linked action-plan step's status (`planLink.statusOn`) when the
 * referral reaches a mapped state; nothing when the referral has no linked step.
 */
export function planStepEffect(d: Draft, status: ReferralStatus, at: string): void {
  const link = d.protocol.planLink;
  const key = PLAN_KEYS[status];
  const value = link !== undefined && key !== undefined ? link.statusOn[key] : undefined;
  if (link === undefined || value === undefined || d.referral.planStep === null) return;
  d.effects.push({
    type: 'plan_step_status',
    referralId: d.referral.id,
    form: link.form,
    items: link.items,
    statusField: link.statusField,
    step: d.referral.planStep,
    status: value,
    at,
  });
}
