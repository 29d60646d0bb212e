import { PlatformError } from '../../kernel/errors.js';
import { clientLocale, type ReferralLetter, referralLetter, sharedView } from '../../referrals/index.js';
import type { OperationContext } from '../operation-context.js';
import { loadReferral } from './load-referral.js';
import { caseDataOf } from './referral-engine-context.js';
import { sentSnapshot } from './sent-snapshot.js';

/**
 * The printable referral letter in `locale` (default: the client's language): for a receiver not
 * on the system, and as the client's copy. It carries the snapshot that was sent; a draft's letter
 * (a preview for the sender, who sees the case) carries the data as it stands.
 */
export async function referralLetterOf(
  ctx: OperationContext,
  referralId: string,
  locale?: string,
): Promise<ReferralLetter> {
  const { record, loaded, access } = await loadReferral(ctx, referralId);
  const bundle = loaded.version.bundle;
  const protocol = bundle.referrals[record.protocolId];
  if (protocol === undefined) throw new PlatformError('not_found', 'No such referral protocol.');
  const sent = await sentSnapshot(ctx.store, record);
  if (sent === undefined && access !== 'case')
    throw new PlatformError('not_found', 'Nothing was sent with this referral.');
  const shared = sent?.shared ?? sharedView(bundle, protocol, caseDataOf(loaded));
  const lang = locale !== undefined && bundle.site.locales.includes(locale) ? locale : undefined;
  return referralLetter(
    bundle,
    protocol,
    record.state,
    shared,
    lang ?? clientLocale(bundle, loaded.person?.data),
  );
}
