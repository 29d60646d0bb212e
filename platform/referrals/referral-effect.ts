import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import type { Deadline } from '../workflow/index.js';
import type { DisclosureEntry } from './disclosure.js';
import type { ReferralParty, ReferralStatus, ResponsibilityHolder } from './referral.js';
import type { ReferralLetter } from './referral-letter.js';
import type { SharedView } from './shared-view.js';

/** Which deadline was missed. */
export type OverdueKind = 'response' | 'completion';

/**
 * A task for one side of an overdue referral. Sender tasks go to the sending user (and their
 * role at the sending agency); receiver tasks to the receiving partner's roles that hold the
 * permission the missing step needs (`referral.respond` to answer, `referral.deliver` to finish).
 */
export type ReferralTask = {
  /** Deterministic (`<referral>/<kind>-overdue/<side>`), so creating it twice is a no-op. */
  id: string;
  kind: `${OverdueKind}_overdue`;
  side: 'sender' | 'receiver';
  referralId: string;
  protocolId: string;
  partnerId: string;
  roles: string[];
  userId: string | null;
  /** The deadline that passed. */
  missed: Deadline;
  createdAt: string;
};

/** Why an overdue task was closed. */
export type TaskCloseCause = 'answered' | 'completed' | 'failed' | 'cancelled';

/**
 * What a step changed, in order. The runtime appends them to the case history (visible to both
 * agencies), applies `plan_step_status` to the sender's action plan, keeps its task table in line
 * with `task`, stores `disclosure` in the person's disclosure log (with the shared snapshot the
 * receiver may see) and offers `letter` for printing. Every effect is JSON.
 */
export type ReferralEffect =
  | {
      type: 'referral_status_changed';
      referralId: string;
      protocolId: string;
      event: string;
      from: ReferralStatus | null;
      to: ReferralStatus;
      by: ReferralParty;
      onBehalfOfReceiver: boolean;
      reason: string | null;
      at: string;
    }
  | {
      type: 'responsibility_changed';
      referralId: string;
      mode: ReferralDefinition['responsibility'];
      from: ResponsibilityHolder;
      to: ResponsibilityHolder;
      at: string;
    }
  | {
      type: 'plan_step_status';
      referralId: string;
      form: string;
      items: string;
      statusField: string;
      step: number;
      status: string;
      at: string;
    }
  | { type: 'referral_overdue'; referralId: string; kind: OverdueKind; missed: Deadline; at: string }
  | { type: 'task'; action: 'create'; task: ReferralTask }
  | { type: 'task'; action: 'close'; taskId: string; cause: TaskCloseCause; at: string }
  | { type: 'disclosure'; entry: DisclosureEntry; shared: SharedView }
  | { type: 'letter'; referralId: string; locale: string; letter: ReferralLetter };

/** The `type` of each effect. */
export type ReferralEffectType = ReferralEffect['type'];
