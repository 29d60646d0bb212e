import type { JsonValue } from '../kernel/json.js';
import type { TraceLine, TraceNode } from '../rules/index.js';

/**
 * Why an event was refused. `code` is stable and may carry the id it concerns after a colon
 * (`form_missing:referral-request`); `params` hold what a message needs. A failed eligibility
 * condition carries the rules engine's trace and its description in the caller's locale.
 */
export type ReferralBlock = {
  readonly code: string;
  readonly params: Readonly<Record<string, JsonValue>>;
  readonly trace?: TraceNode;
  readonly explanation?: TraceLine[];
};

/** A refusal with its parameters. */
export const block = (code: string, params: Record<string, JsonValue> = {}): ReferralBlock => ({
  code,
  params,
});
