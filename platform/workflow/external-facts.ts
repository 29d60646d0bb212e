import type { JsonValue } from '../kernel/json.js';

/** What the referral engine reports about one protocol's referrals of the case. */
export type ReferralSummary = {
  readonly status?: string;
  readonly sentAt?: string | null;
  readonly respondedAt?: string | null;
  readonly completedAt?: string | null;
  readonly count?: number;
};

/**
 * Facts the engine does not own and the runtime supplies with each call: the case record's
 * identity and allocation, the client's registration data, and referral summaries per protocol.
 * Conditions read them as `case.id|agency|owner|weight`, `person.*` and `referrals.<id>.*`.
 */
export type ExternalFacts = {
  readonly case?: {
    readonly id?: string;
    readonly agency?: string;
    readonly owner?: string;
    readonly weight?: number;
  };
  readonly person?: Readonly<Record<string, JsonValue>>;
  readonly referrals?: Readonly<Record<string, ReferralSummary>>;
};
