import { useState } from 'react';
import { api } from '../../common/api-client.js';
import { ErrorMessage } from '../../common/error-message.js';
import { formatDate, formatDateTime } from '../../common/format.js';
import { useI18n } from '../../common/i18n.js';
import { ReadoutView } from '../../readout/readout-view.js';
import { useSite } from '../../site/site-context.js';
import type { ReferralView, SharedView } from '../referral-api-types.js';
import { REFERRAL_DATA_MESSAGES } from './referral-data-messages.js';
import { sharedFormsInOrder } from './referral-parties.js';

/** The shared fields, form by form, labelled in the user's language. */
function SharedForms({ view, protocolId }: { view: SharedView; protocolId: string }) {
  const { l } = useI18n();
  const site = useSite();
  return (
    <>
      {sharedFormsInOrder(site.bundle, protocolId, Object.keys(view.data)).map((formId) => (
        <div key={formId} className="readout-group">
          <h3>{l(site.bundle.forms[formId]?.title) || formId}</h3>
          <ReadoutView formId={formId} data={view.data[formId] ?? {}} />
        </div>
      ))}
    </>
  );
}

/**
 * What the receiver knows of the client: the snapshot sent with the referral and, on request
 * while the referral runs and consent holds, the current data (a new disclosure, logged).
 */
export function SharedData({ detail }: { detail: ReferralView }) {
  const { t, locale } = useI18n();
  const site = useSite();
  const [current, setCurrent] = useState<{ view: SharedView; at: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const running = !['rejected', 'completed', 'cancelled', 'failed', 'draft'].includes(detail.referral.status);
  const open = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const base = `/api/sites/${encodeURIComponent(site.id)}/referrals/${encodeURIComponent(detail.referral.id)}`;
      const answer = await api<ReferralView>(`${base}?current=true`);
      if (answer.current) setCurrent({ view: answer.current, at: new Date().toISOString() });
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  const shared = detail.shared;
  return (
    <section className="card" aria-labelledby="shared-title">
      <h2 id="shared-title">{t(REFERRAL_DATA_MESSAGES, 'sharedTitle')}</h2>
      {shared === null || Object.keys(shared.data).length === 0 ? (
        <p className="muted">{t(REFERRAL_DATA_MESSAGES, 'nothingShared')}</p>
      ) : (
        <>
          <p className="muted">
            {t(REFERRAL_DATA_MESSAGES, 'sharedAsSent', {
              date: formatDate(detail.sharedAt, locale, site.timeZone),
            })}
          </p>
          <SharedForms view={shared} protocolId={detail.referral.protocolId} />
        </>
      )}
      {detail.side === 'receiver' && running && current === null && (
        <div className="current-data">
          <button type="button" onClick={() => void open()} disabled={busy} aria-describedby="current-note">
            {t(REFERRAL_DATA_MESSAGES, 'openCurrent')}
          </button>
          <p id="current-note" className="muted small-text">
            {t(REFERRAL_DATA_MESSAGES, 'openCurrentNote')}
          </p>
        </div>
      )}
      <ErrorMessage error={problem} />
      {current !== null && (
        <section className="current-data" aria-labelledby="current-title">
          <h3 id="current-title">
            {t(REFERRAL_DATA_MESSAGES, 'currentTitle', {
              date: formatDateTime(current.at, locale, site.timeZone),
            })}
          </h3>
          <p className="muted small-text">{t(REFERRAL_DATA_MESSAGES, 'openCurrentNote')}</p>
          <SharedForms view={current.view} protocolId={detail.referral.protocolId} />
        </section>
      )}
    </section>
  );
}
