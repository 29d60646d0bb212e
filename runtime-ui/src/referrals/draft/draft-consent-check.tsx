import { useState } from 'react';
import type { ReferralDefinition } from '../../../../platform/definitions/definition-types.generated.js';
import type { Referral } from '../../../../platform/referrals/referral.js';
import { COMMON_MESSAGES } from '../../common/common-messages.js';
import { ErrorMessage } from '../../common/error-message.js';
import { formatDate } from '../../common/format.js';
import { useI18n } from '../../common/i18n.js';
import { ConsentDialog } from '../../consent/consent-dialog.js';
import { useSite } from '../../site/site-context.js';
import { draftConsent, receiverName } from '../case/referral-lines.js';
import { SENDING_MESSAGES } from '../case/sending-messages.js';
import type { ConsentView } from '../referral-api-types.js';

/**
 * Whether the client's consent lets the data go to this receiver now, as the server will check it
 * on sending; when it does not, why (none, expired, withdrawn) and recording it here, purpose preset.
 */
export function DraftConsentCheck({
  protocol,
  referral,
  consents,
  error,
  onRecorded,
}: {
  protocol: ReferralDefinition;
  referral: Referral;
  consents: readonly ConsentView[] | undefined;
  error: unknown;
  onRecorded: () => void;
}) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const [recording, setRecording] = useState(false);
  if (protocol.consentPurpose === undefined) return <p>{t(SENDING_MESSAGES, 'consentNotNeeded')}</p>;
  if (consents === undefined)
    return error ? <ErrorMessage error={error} /> : <p>{t(COMMON_MESSAGES, 'loading')}</p>;
  const consent = draftConsent(site.bundle, protocol, referral.receiver, consents, new Date().toISOString());
  if (consent === null) return <p>{t(SENDING_MESSAGES, 'consentNotNeeded')}</p>;
  const purpose = l(consent.purpose?.name) || consent.purposeId;
  const name = l(receiverName(site.bundle, referral.receiver)) || consent.recipient;
  const date = (iso: string | null | undefined) => formatDate(iso, locale, site.timeZone);
  const { check } = consent;
  return (
    <>
      {check.ok ? (
        <p className="notice notice-ok">
          {t(SENDING_MESSAGES, 'consentActive', { purpose, date: date(check.record.givenAt) })}{' '}
          {check.record.expiresAt &&
            t(SENDING_MESSAGES, 'consentUntil', { date: date(check.record.expiresAt) })}
        </p>
      ) : (
        <div className="notice notice-warn" role="status">
          <p>
            {check.reason === 'missing'
              ? t(SENDING_MESSAGES, 'consentMissing', { purpose, name })
              : check.reason === 'expired'
                ? t(SENDING_MESSAGES, 'consentExpired', { purpose, date: date(check.record?.expiresAt) })
                : t(SENDING_MESSAGES, 'consentWithdrawn', { purpose, date: date(check.record?.withdrawnAt) })}
          </p>
          {consent.purpose?.writtenRequired && <p>{t(SENDING_MESSAGES, 'writtenOnly')}</p>}
          {site.can('consent.record') && (
            <button type="button" className="primary" onClick={() => setRecording(true)}>
              {t(SENDING_MESSAGES, 'recordConsent')}
            </button>
          )}
        </div>
      )}
      {recording && (
        <ConsentDialog
          personId={referral.personId}
          purpose={consent.purposeId}
          recipients={consent.recipients}
          onRecorded={() => {
            setRecording(false);
            onRecorded();
          }}
          onClose={() => setRecording(false)}
        />
      )}
    </>
  );
}
