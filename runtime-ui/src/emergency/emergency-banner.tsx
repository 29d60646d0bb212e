import { dateInZone } from '../../../platform/kernel/dates.js';
import { formatDateTime, formatTime } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { useSite } from '../site/site-context.js';
import { EMERGENCY_MESSAGES } from './emergency-messages.js';

/** Says, above a case read by emergency access, until when, that it is read-only and recorded. */
export function EmergencyBanner({ expiresAt, reason }: { expiresAt: string; reason: string }) {
  const { t, locale } = useI18n();
  const site = useSite();
  const until = new Date(expiresAt);
  const sameDay = dateInZone(until, site.timeZone) === site.today();
  const time = sameDay
    ? formatTime(until, locale, site.timeZone)
    : formatDateTime(expiresAt, locale, site.timeZone);
  return (
    <div className="notice notice-warn emergency-banner" role="status">
      <p>
        <strong>{t(EMERGENCY_MESSAGES, 'banner', { time })}</strong>
      </p>
      <p>{t(EMERGENCY_MESSAGES, 'bannerReason', { reason })}</p>
    </div>
  );
}
