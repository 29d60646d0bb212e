import { optionOf } from '../../../../platform/referrals/options.js';
import { formatDateTime } from '../../common/format.js';
import { useI18n } from '../../common/i18n.js';
import { useSite } from '../../site/site-context.js';
import type { ReferralHistoryEntry, ReferralView } from '../referral-api-types.js';
import { REFERRAL_MESSAGES } from './referral-messages.js';
import { partnerName } from './referral-parties.js';

/** The referral's own timeline, newest last, as both agencies see it. */
export function ReferralTimeline({ detail }: { detail: ReferralView }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const protocol = site.bundle.referrals[detail.protocol.id];
  const reasonOf = (e: ReferralHistoryEntry) => {
    if (e.reason === null) return null;
    if (e.reason === 'no_show' || e.reason === 'service_failed')
      return t(REFERRAL_MESSAGES, `failReason_${e.reason}`);
    // The referral's own reason when drafted, a decline reason when answered.
    const options = e.event === 'create' ? protocol?.reasons : protocol?.declineReasons;
    return l(optionOf(site.bundle, options, e.reason)?.label) || e.reason;
  };
  return (
    <ol className="timeline">
      {detail.referral.history.map((e, i) => {
        const status = t(REFERRAL_MESSAGES, `status_${e.to}`);
        const reason = reasonOf(e);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the timeline only grows at its end
          <li key={i}>
            <strong>{t(REFERRAL_MESSAGES, `event_${e.event}`, { status })}</strong>
            <p className="timeline-meta">
              {t(REFERRAL_MESSAGES, 'byParty', {
                date: formatDateTime(e.at, locale, site.timeZone),
                party: partnerName(site.bundle, e.by.partnerId, l),
              })}
              {e.onBehalfOfReceiver && ` (${t(REFERRAL_MESSAGES, 'onBehalf')})`}
            </p>
            {(reason !== null || e.note !== null) && (
              <ul>
                {reason !== null && <li>{t(REFERRAL_MESSAGES, 'reasonLine', { reason })}</li>}
                {e.note !== null && <li>{e.note}</li>}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
