import { useId, useState } from 'react';
import { CONSENT_GIVERS, type ConsentGiver } from '../../../platform/referrals/consent.js';
import { recipientName } from '../../../platform/referrals/receiver.js';
import { ApiError, api } from '../common/api-client.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Modal } from '../common/modal.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import type { ConsentView, DisclosureLog } from '../referrals/referral-api-types.js';
import { useSite } from '../site/site-context.js';
import { ConsentDialog } from './consent-dialog.js';
import { CONSENT_MESSAGES } from './consent-messages.js';
import { consentsNewestFirst } from './consent-order.js';
import '../referrals/case/referrals.css';

/** A client's consent records (record, withdraw) and disclosure log, for the person page. */
export function ConsentSection({ personId }: { personId: string }) {
  const { t } = useI18n();
  const site = useSite();
  const base = `/api/sites/${encodeURIComponent(site.id)}/persons/${encodeURIComponent(personId)}`;
  const consents = useResource<{ items: ConsentView[] }>(`${base}/consents`, { sameInEveryLanguage: true });
  const [recording, setRecording] = useState(false);
  const [withdrawing, setWithdrawing] = useState<ConsentView | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <>
      <section className="card" aria-labelledby="consents-title">
        <div className="card-head">
          <h2 id="consents-title">{t(CONSENT_MESSAGES, 'consents')}</h2>
          {site.can('consent.record') && (
            <button type="button" onClick={() => setRecording(true)}>
              {t(CONSENT_MESSAGES, 'record')}
            </button>
          )}
        </div>
        {notice && (
          <p className="notice notice-ok" role="status">
            {notice}
          </p>
        )}
        <ErrorMessage error={consents.error} onReload={() => void consents.reload()} />
        {consents.data === undefined && consents.error === undefined && (
          <p>{t(COMMON_MESSAGES, 'loading')}</p>
        )}
        {consents.data?.items.length === 0 && <p className="muted">{t(CONSENT_MESSAGES, 'noConsents')}</p>}
        <ul className="consent-list">
          {consentsNewestFirst(consents.data?.items ?? []).map((c) => (
            <ConsentItem key={c.id} consent={c} onWithdraw={() => setWithdrawing(c)} />
          ))}
        </ul>
      </section>
      {site.can('disclosure.read') && <DisclosureCard base={base} personId={personId} />}
      {recording && (
        <ConsentDialog
          personId={personId}
          onRecorded={() => {
            setRecording(false);
            setNotice(t(CONSENT_MESSAGES, 'recorded'));
            void consents.reload();
          }}
          onClose={() => setRecording(false)}
        />
      )}
      {withdrawing && (
        <WithdrawDialog
          base={base}
          consent={withdrawing}
          onDone={() => {
            setWithdrawing(null);
            setNotice(t(CONSENT_MESSAGES, 'withdrawnFlash'));
            void consents.reload();
          }}
          onStale={() => void consents.reload()}
          onClose={() => setWithdrawing(null)}
        />
      )}
    </>
  );
}

function ConsentItem({ consent: c, onWithdraw }: { consent: ConsentView; onWithdraw: () => void }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const purpose = site.bundle.site.consentPurposes?.find((p) => p.id === c.purpose);
  const date = (iso: string | null | undefined) => formatDate(iso, locale, site.timeZone);
  const recipients = c.recipients.map((r) => l(recipientName(site.bundle, r)) || r).join(', ');
  return (
    <li className="consent-item">
      <div className="consent-item-head">
        <span>
          <strong>{l(purpose?.name) || c.purpose}</strong>{' '}
          <span className={`badge consent-${c.state}`}>{t(CONSENT_MESSAGES, `state_${c.state}`)}</span>
        </span>
        {c.state === 'active' && site.can('consent.withdraw') && (
          <button
            type="button"
            onClick={onWithdraw}
            aria-label={t(CONSENT_MESSAGES, 'withdrawLabel', { purpose: l(purpose?.name) || c.purpose })}
          >
            {t(CONSENT_MESSAGES, 'withdraw')}
          </button>
        )}
      </div>
      <p className="small-text">
        {t(CONSENT_MESSAGES, 'recipients')}: {recipients}
      </p>
      <p className="muted small-text">
        {t(CONSENT_MESSAGES, 'givenOn', { date: date(c.givenAt) })} ·{' '}
        {t(CONSENT_MESSAGES, `giver_${c.givenBy}`)} · {t(CONSENT_MESSAGES, `mode_${c.mode}`)} ·{' '}
        {c.expiresAt
          ? t(CONSENT_MESSAGES, 'validUntil', { date: date(c.expiresAt) })
          : t(CONSENT_MESSAGES, 'noEnd')}
      </p>
      {c.evidence && (
        <p className="muted small-text">{t(CONSENT_MESSAGES, 'evidenceIs', { evidence: c.evidence })}</p>
      )}
      {c.withdrawnAt && (
        <p className="small-text">
          {t(CONSENT_MESSAGES, 'withdrawnOn', {
            date: date(c.withdrawnAt),
            who: c.withdrawnBy ? t(CONSENT_MESSAGES, `giver_${c.withdrawnBy}`) : '—',
          })}
        </p>
      )}
    </li>
  );
}

function WithdrawDialog({
  base,
  consent,
  onDone,
  onStale,
  onClose,
}: {
  base: string;
  consent: ConsentView;
  onDone: () => void;
  onStale: () => void;
  onClose: () => void;
}) {
  const { t, l } = useI18n();
  const site = useSite();
  const [by, setBy] = useState<ConsentGiver>(consent.givenBy);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const id = useId();
  const purpose =
    l(site.bundle.site.consentPurposes?.find((p) => p.id === consent.purpose)?.name) || consent.purpose;
  const withdraw = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api(`${base}/consents/${encodeURIComponent(consent.id)}/withdraw`, {
        body: { by, version: consent.version },
      });
      onDone();
    } catch (e) {
      setError(e);
      setBusy(false);
      if (e instanceof ApiError && e.problem.code === 'stale_version') onStale();
    }
  };
  return (
    <Modal title={t(CONSENT_MESSAGES, 'withdrawLabel', { purpose })} onClose={onClose}>
      <div className="consent-form">
        <p className="notice notice-warn">{t(CONSENT_MESSAGES, 'withdrawWarning')}</p>
        <div className="field">
          <label htmlFor={id}>{t(CONSENT_MESSAGES, 'withdrawWho')}</label>
          <select id={id} value={by} onChange={(e) => setBy(e.target.value as ConsentGiver)}>
            {CONSENT_GIVERS.map((g) => (
              <option key={g} value={g}>
                {t(CONSENT_MESSAGES, `giver_${g}`)}
              </option>
            ))}
          </select>
        </div>
        <ErrorMessage error={error} />
        <div className="form-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void withdraw()}>
            {t(CONSENT_MESSAGES, 'confirmWithdraw')}
          </button>
          <button type="button" onClick={onClose}>
            {t(COMMON_MESSAGES, 'cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}

/** The disclosure log in the user's language, with the client's printable copy a click away. */
function DisclosureCard({ base, personId }: { base: string; personId: string }) {
  const { t, locale } = useI18n();
  const site = useSite();
  const log = useResource<DisclosureLog>(`${base}/disclosures?locale=${encodeURIComponent(locale)}`);
  return (
    <section className="card" aria-labelledby="disclosures-title">
      <div className="card-head">
        <h2 id="disclosures-title">{t(CONSENT_MESSAGES, 'disclosures')}</h2>
        <Link to={paths.disclosures(site.id, personId)}>{t(CONSENT_MESSAGES, 'showLog')}</Link>
      </div>
      <p className="muted small-text">{t(CONSENT_MESSAGES, 'disclosuresIntro')}</p>
      <ErrorMessage error={log.error} />
      {log.data?.report.length === 0 && <p className="muted">{t(CONSENT_MESSAGES, 'noDisclosures')}</p>}
      {log.data && log.data.report.length > 0 && (
        <ol className="disclosure-report small-text">
          {log.data.report.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: report lines have no identity but their order
            <li key={i}>{line.text}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
