import type { SiteBundle } from '../../definitions/site-bundle.js';
import { PlatformError } from '../../kernel/errors.js';
import { explainReferralBlocks } from '../../referrals/explain-referral-blocks.js';
import type { ReferralBlock } from '../../referrals/index.js';

/**
 * A refused referral event or disclosure as a 422 `guard_failed`: the stable codes in `blockedBy`
 * and one readable sentence per refusal in `reasons`, in the actor's language.
 */
export function referralRefusal(
  blocks: readonly ReferralBlock[],
  bundle: SiteBundle,
  locale: string,
): PlatformError {
  const reasons = explainReferralBlocks(blocks, { bundle, locale });
  return new PlatformError('guard_failed', reasons.join(' '), {
    detail: { blockedBy: blocks.map((b) => b.code), reasons },
  });
}
