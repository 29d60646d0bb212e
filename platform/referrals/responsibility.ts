import type { ReferralDefinition } from '../definitions/definition-types.generated.js';
import type { ResponsibilityHolder } from './referral.js';
import type { Draft } from './referral-draft.js';

/** Who is responsible once the receiver accepts, per the protocol's `responsibility`. */
const ON_ACCEPT: Readonly<Record<ReferralDefinition['responsibility'], ResponsibilityHolder>> = {
  kept_until_accepted: 'shared',
  transferred_on_accept: 'receiver',
  kept: 'sender',
};

function setResponsibility(d: Draft, to: ResponsibilityHolder, at: string): void {
  const from = d.referral.responsibility;
  if (from === to) return;
  d.referral.responsibility = to;
  d.effects.push({
    type: 'responsibility_changed',
    referralId: d.referral.id,
    mode: d.protocol.responsibility,
    from,
    to,
    at,
  });
}

/**
 * On acceptance the sender's sole responsibility ends as the protocol says (seed 3.5.8: the key
 * worker stays responsible until the receiving provider has adopted the client).
 */
export function acceptResponsibility(d: Draft, at: string): void {
  setResponsibility(d, ON_ACCEPT[d.protocol.responsibility], at);
}

/**
 * When the service ends (completed, failed, cancelled) a shared responsibility returns to the
 * sender alone; a transferred one stays with the receiver, who now holds the case.
 */
export function releaseResponsibility(d: Draft, at: string): void {
  if (d.referral.responsibility === 'shared') setResponsibility(d, 'sender', at);
}
