import type { SiteBundle } from '../definitions/site-bundle.js';
import { activeConsent, type ConsentRecord } from './consent.js';

/** Why staff of a partner may not join a client's case team. */
export type JointCaseworkGap =
  /** The site has no consent purpose admitting joint casework with this partner. */
  | 'no_purpose'
  /** The client gave no consent in force for such a purpose. */
  | 'no_consent';

export type JointCaseworkCheck =
  | { readonly ok: true; readonly consent: ConsentRecord }
  | { readonly ok: false; readonly reason: JointCaseworkGap; readonly purposes: readonly string[] };

/**
 * Whether staff of `partnerId` may work on the client's case held by another partner, at `at`:
 * some consent purpose of the site admits joint casework (`jointCasework`) and the client's consent
 * for it covers the partner and is in force (`activeConsent`: given, not withdrawn, not expired;
 * written where the purpose requires it). The consent found is the one their membership rests on.
 */
export function jointCaseworkConsent(
  bundle: SiteBundle,
  consents: readonly ConsentRecord[],
  partnerId: string,
  at: string,
): JointCaseworkCheck {
  const purposes = (bundle.site.consentPurposes ?? []).filter(
    (p) => p.jointCasework === true && (p.recipients ?? []).includes(partnerId),
  );
  for (const purpose of purposes) {
    const check = activeConsent(consents, purpose, partnerId, at);
    if (check.ok) return { ok: true, consent: check.record };
  }
  const ids = purposes.map((p) => p.id);
  return { ok: false, reason: ids.length === 0 ? 'no_purpose' : 'no_consent', purposes: ids };
}
