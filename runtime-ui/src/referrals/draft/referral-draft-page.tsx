import { useState } from 'react';
import type { JsonObject } from '../../../../platform/kernel/json.js';
import { sharedView } from '../../../../platform/referrals/shared-view.js';
import { ApiError, api } from '../../common/api-client.js';
import type { CaseView, PersonRecord } from '../../common/api-types.js';
import { COMMON_MESSAGES } from '../../common/common-messages.js';
import { ErrorMessage } from '../../common/error-message.js';
import { Flash, setFlash } from '../../common/flash.js';
import { useI18n } from '../../common/i18n.js';
import { Modal } from '../../common/modal.js';
import { Link, navigate } from '../../common/router.js';
import { paths } from '../../common/routes.js';
import { useResource } from '../../common/use-resource.js';
import { useTitle } from '../../common/use-title.js';
import { CASE_FORM_MESSAGES } from '../../forms/case-form-messages.js';
import { ReadoutView } from '../../readout/readout-view.js';
import { useSite } from '../../site/site-context.js';
import { PlanStepText } from '../case/plan-step-text.js';
import { receiverName } from '../case/referral-lines.js';
import { SENDING_MESSAGES } from '../case/sending-messages.js';
import type { ConsentView, SenderReferralView } from '../referral-api-types.js';
import { DraftConsentCheck } from './draft-consent-check.js';
import { ReferralFormStep } from './referral-form-step.js';
import '../case/referrals.css';

/**
 * A referral before it is sent: the protocol's referral form, exactly which data will go to the
 * receiver, whether consent allows it (and recording it there when the client gives it), then
 * sending — with the server's reasons in words when it refuses.
 */
export function ReferralDraftPage({ referralId }: { referralId: string }) {
  const { t, l } = useI18n();
  const site = useSite();
  const api_ = `/api/sites/${encodeURIComponent(site.id)}`;
  const referral = useResource<SenderReferralView>(`${api_}/referrals/${encodeURIComponent(referralId)}`);
  const r = referral.data?.referral;
  const caseView = useResource<CaseView>(r ? `${api_}/cases/${encodeURIComponent(r.caseId)}` : null, {
    sameInEveryLanguage: true,
  });
  const personPath = r ? `${api_}/persons/${encodeURIComponent(r.personId)}` : null;
  const person = useResource<{ person: PersonRecord }>(personPath, { sameInEveryLanguage: true });
  const consents = useResource<{ items: ConsentView[] }>(personPath && `${personPath}/consents`, {
    sameInEveryLanguage: true,
  });
  const protocol = r ? site.bundle.referrals[r.protocolId] : undefined;
  useTitle(l(protocol?.name) || t(SENDING_MESSAGES, 'draftTitle'));
  if (referral.data === undefined || r === undefined)
    return referral.error ? <ErrorMessage error={referral.error} /> : <p>{t(COMMON_MESSAGES, 'loading')}</p>;
  const view = referral.data;
  const back = (
    <p className="breadcrumb">
      <Link to={paths.case(site.id, r.caseId, 'referrals')}>← {t(CASE_FORM_MESSAGES, 'backToCase')}</Link>
    </p>
  );
  if (r.status !== 'draft')
    return (
      <article className="referral-draft-page">
        {back}
        <h1>{l(view.protocol.name ?? undefined) || r.protocolId}</h1>
        <Flash />
        <p className="notice">{t(SENDING_MESSAGES, 'alreadySent')}</p>
        <p>
          <Link to={paths.referral(site.id, r.id)}>{t(SENDING_MESSAGES, 'openReferral')}</Link>
        </p>
        {view.letter && (
          <p>
            <Link to={paths.referralLetter(site.id, r.id)}>{t(SENDING_MESSAGES, 'letter')}</Link>
          </p>
        )}
      </article>
    );
  const receiver = l(receiverName(site.bundle, r.receiver)) || '—';
  const service = r.serviceId ? site.bundle.services[r.serviceId] : undefined;
  const reason = protocol?.reasons && r.reason !== null ? r.reason : null;
  return (
    <article className="referral-draft-page">
      {back}
      <h1>{l(view.protocol.name ?? undefined) || r.protocolId}</h1>
      <p>
        <span className="badge referral-status status-draft">{t(SENDING_MESSAGES, 'status_draft')}</span>{' '}
        {caseView.data?.person && (
          <span className="muted">
            {t(SENDING_MESSAGES, 'draftFor', { name: caseView.data.person.displayName })}
          </span>
        )}
      </p>
      <p>
        {t(SENDING_MESSAGES, 'toReceiver', { name: receiver })}
        {service && (
          <>
            {' · '}
            {t(SENDING_MESSAGES, 'forService', { name: l(service.name) })}
          </>
        )}
        {reason && <ReasonText protocolId={r.protocolId} reason={reason} />}
      </p>
      {protocol?.planLink && r.planStep !== null && caseView.data && (
        <p>
          <PlanStepText
            link={protocol.planLink}
            step={r.planStep}
            plan={caseView.data.data[protocol.planLink.form]}
          />
        </p>
      )}
      <Flash />
      <div className="draft-steps">
        <section className="card" aria-labelledby="draft-form-title">
          <h2 id="draft-form-title">{t(SENDING_MESSAGES, 'stepForm')}</h2>
          {view.protocol.form ? (
            <ReferralFormStep
              key={`${view.protocol.form}`}
              view={view}
              formId={view.protocol.form}
              onSaved={(next) => referral.set(next)}
              onStale={() => void referral.reload()}
            />
          ) : (
            <p className="muted">{t(SENDING_MESSAGES, 'noForm')}</p>
          )}
        </section>
        <section className="card" aria-labelledby="draft-shared-title">
          <h2 id="draft-shared-title">{t(SENDING_MESSAGES, 'stepShared')}</h2>
          {protocol && caseView.data && person.data ? (
            <SharedPreview
              protocolId={protocol.id}
              receiver={receiver}
              person={person.data.person.data}
              forms={caseView.data.data}
              hasForm={view.protocol.form !== null}
            />
          ) : (
            <ErrorMessage error={caseView.error ?? person.error} />
          )}
        </section>
        <section className="card" aria-labelledby="draft-consent-title">
          <h2 id="draft-consent-title">{t(SENDING_MESSAGES, 'stepConsent')}</h2>
          {protocol && (
            <DraftConsentCheck
              protocol={protocol}
              referral={r}
              consents={consents.data?.items}
              error={consents.error}
              onRecorded={() => void consents.reload()}
            />
          )}
        </section>
        <section className="card" aria-labelledby="draft-send-title">
          <h2 id="draft-send-title">{t(SENDING_MESSAGES, 'stepSend')}</h2>
          <SendStep view={view} receiver={receiver} onStale={() => void referral.reload()} />
        </section>
      </div>
    </article>
  );
}

function ReasonText({ protocolId, reason }: { protocolId: string; reason: string }) {
  const { l } = useI18n();
  const site = useSite();
  const options = site.bundle.referrals[protocolId]?.reasons;
  const list = Array.isArray(options) ? options : [];
  const label = list.find((o) => String(o.value) === reason)?.label;
  return <> · {label ? l(label) : reason}</>;
}

/** The fields the protocol shares, with the case's current values, per form. */
function SharedPreview({
  protocolId,
  receiver,
  person,
  forms,
  hasForm,
}: {
  protocolId: string;
  receiver: string;
  person: Record<string, unknown>;
  forms: Readonly<Record<string, unknown>>;
  hasForm: boolean;
}) {
  const { t, l } = useI18n();
  const site = useSite();
  const protocol = site.bundle.referrals[protocolId];
  if (protocol === undefined) return null;
  const shared = sharedView(site.bundle, protocol, {
    person: person as JsonObject,
    forms: forms as Record<string, JsonObject>,
  });
  const formIds = [...new Set((protocol.shared ?? []).map((s) => s.form))];
  return (
    <>
      <p>{t(SENDING_MESSAGES, 'sharedIntro', { name: receiver })}</p>
      {formIds.length === 0 && <p className="muted">{t(SENDING_MESSAGES, 'nothingShared')}</p>}
      {formIds.map((formId) => (
        <div key={formId} className="shared-form">
          <h3>{l(site.bundle.forms[formId]?.title) || formId}</h3>
          <ReadoutView formId={formId} data={shared.data[formId] ?? {}} />
        </div>
      ))}
      {hasForm && <p className="muted small-text">{t(SENDING_MESSAGES, 'plusForm')}</p>}
    </>
  );
}

/** Sending (the server checks everything again and says why not), or discarding the draft. */
function SendStep({
  view,
  receiver,
  onStale,
}: {
  view: SenderReferralView;
  receiver: string;
  onStale: () => void;
}) {
  const { t } = useI18n();
  const site = useSite();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [confirming, setConfirming] = useState(false);
  const r = view.referral;
  const act = async (type: 'send' | 'cancel') => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api<{ referral: SenderReferralView }>(
        `/api/sites/${encodeURIComponent(site.id)}/referrals/${encodeURIComponent(r.id)}/actions`,
        { body: { type, version: view.version } },
      );
      if (type === 'cancel') {
        setFlash(t(SENDING_MESSAGES, 'cancelledFlash'));
        navigate(paths.case(site.id, r.caseId, 'referrals'));
      } else {
        setFlash(t(SENDING_MESSAGES, 'sentFlash', { name: receiver }));
        navigate(
          answer.referral.letter
            ? paths.referralLetter(site.id, r.id)
            : paths.case(site.id, r.caseId, 'referrals'),
        );
      }
    } catch (e) {
      setError(e);
      setBusy(false);
      setConfirming(false);
      if (e instanceof ApiError && e.problem.code === 'stale_version') onStale();
    }
  };
  if (!site.can('referral.send')) return null;
  return (
    <>
      <p>{t(SENDING_MESSAGES, 'sendHint', { name: receiver })}</p>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void act('send')}>
          {busy ? t(SENDING_MESSAGES, 'sending') : t(SENDING_MESSAGES, 'send')}
        </button>
        <span className="spacer" />
        <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
          {t(SENDING_MESSAGES, 'cancelDraft')}
        </button>
      </div>
      {confirming && (
        <Modal title={t(SENDING_MESSAGES, 'cancelDraft')} onClose={() => setConfirming(false)}>
          <p>{t(SENDING_MESSAGES, 'cancelQuestion')}</p>
          <div className="form-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void act('cancel')}>
              {t(SENDING_MESSAGES, 'cancelDraft')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t(SENDING_MESSAGES, 'keepDraft')}
            </button>
          </div>
        </Modal>
      )}
    </>
  );
}
