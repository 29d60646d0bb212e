import { clientLocale } from './client-text.js';
import { consentGuard } from './consent-guard.js';
import { receiverKey } from './receiver.js';
import type { ReferralBlock } from './referral-block.js';
import type { Draft } from './referral-draft.js';
import { referralLetter } from './referral-letter.js';
import { eligibilityBlocks, referralFormBlocks } from './send-guards.js';
import { disclosedFields, sharedView } from './shared-view.js';

const consentOf = (d: Draft) =>
  consentGuard(d.ctx.bundle, d.protocol, d.referral, d.ctx.consents ?? [], d.now);

/** Everything `send` needs besides the sender: consent, eligibility, the signed referral form. */
export function sendGuard(d: Draft): ReferralBlock[] {
  return [
    ...consentOf(d).blocks,
    ...eligibilityBlocks(d),
    ...referralFormBlocks(d.ctx, d.referral, d.protocol.form?.form),
  ];
}

/**
 * After sending: the consent the data went under, the disclosure (with the snapshot of exactly
 * what the receiver may see) and, for a receiver not on the system, the printable letter in the
 * client's language.
 */
export function afterSend(d: Draft): void {
  const r = d.referral;
  const consent = consentOf(d).record;
  r.consentId = consent?.id ?? null;
  const caseData = d.ctx.caseData ?? { person: {}, forms: {} };
  const shared = sharedView(d.ctx.bundle, d.protocol, caseData);
  if (d.protocol.shared !== undefined)
    d.effects.push({
      type: 'disclosure',
      entry: {
        at: d.now,
        personId: r.personId,
        recipientPartner: receiverKey(r.receiver),
        purpose: d.protocol.consentPurpose ?? null,
        consentId: r.consentId,
        fields: disclosedFields(shared),
        reason: 'referral',
        referralId: r.id,
      },
      shared,
    });
  if (r.receiver.onSystem) return;
  const locale = clientLocale(d.ctx.bundle, caseData.person);
  const letter = referralLetter(d.ctx.bundle, d.protocol, r, shared, locale);
  d.effects.push({ type: 'letter', referralId: r.id, locale, letter });
}
