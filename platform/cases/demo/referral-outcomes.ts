import type { ReferralStatus } from '../../referrals/index.js';
import type { SeededRandom } from './seeded-random.js';

/** One step of a referral's life as the generator drives it. */
export type ReferralMove =
  | 'create'
  | 'form'
  | 'send'
  | 'cancel'
  | 'receive'
  | 'accept'
  | 'decline'
  | 'start'
  | 'hold'
  | 'feedback'
  | 'complete'
  | 'fail'
  | 'answer_accepted'
  | 'answer_declined'
  | 'answer_completed'
  | 'answer_failed';

/** How often a referral ends (by "now") in each status; every status appears in a modest run. */
const OUTCOMES: readonly (readonly [ReferralStatus, number])[] = [
  ['draft', 0.05],
  ['requested', 0.1],
  ['received', 0.06],
  ['accepted', 0.1],
  ['rejected', 0.12],
  ['in_progress', 0.18],
  ['on_hold', 0.05],
  ['completed', 0.24],
  ['cancelled', 0.05],
  ['failed', 0.05],
];

/** The statuses in the order the generator hands them out before drawing (coverage first). */
export const REFERRAL_OUTCOME_ORDER: readonly ReferralStatus[] = OUTCOMES.map(([s]) => s);

/** Draws where a referral ends. */
export function drawReferralOutcome(random: SeededRandom): ReferralStatus {
  return random.weighted(OUTCOMES);
}

const ON_SYSTEM: Partial<Record<ReferralStatus, readonly ReferralMove[]>> = {
  requested: ['send'],
  cancelled: ['send', 'cancel'],
  received: ['send', 'receive'],
  accepted: ['send', 'receive', 'accept'],
  rejected: ['send', 'receive', 'decline'],
  in_progress: ['send', 'receive', 'accept', 'start'],
  on_hold: ['send', 'receive', 'accept', 'start', 'hold'],
  completed: ['send', 'receive', 'accept', 'start', 'feedback', 'complete'],
  failed: ['send', 'receive', 'accept', 'start', 'fail'],
};

/** A receiver outside the system answers through the sender, who records what it said. */
const OFF_SYSTEM: Partial<Record<ReferralStatus, readonly ReferralMove[]>> = {
  requested: ['send'],
  cancelled: ['send', 'cancel'],
  received: ['send'],
  accepted: ['send', 'answer_accepted'],
  in_progress: ['send', 'answer_accepted'],
  on_hold: ['send', 'answer_accepted'],
  rejected: ['send', 'answer_declined'],
  completed: ['send', 'feedback', 'answer_completed'],
  failed: ['send', 'answer_accepted', 'answer_failed'],
};

/** The moves that take a new referral to `outcome`. */
export function referralMoves(outcome: ReferralStatus, onSystem: boolean): ReferralMove[] {
  const rest = (onSystem ? ON_SYSTEM : OFF_SYSTEM)[outcome] ?? [];
  return ['create', 'form', ...rest];
}
