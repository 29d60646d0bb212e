import { useState } from 'react';
import { ApiError, api } from '../../common/api-client.js';
import { ErrorMessage } from '../../common/error-message.js';
import { formatDateTime } from '../../common/format.js';
import { useI18n } from '../../common/i18n.js';
import { EngineForm } from '../../forms/engine-form.js';
import { ErrorSummary, WarningList } from '../../forms/error-summary.js';
import { fieldErrorsOf } from '../../forms/form-editor.js';
import { useEngineForm } from '../../forms/use-engine-form.js';
import { ReadoutView } from '../../readout/readout-view.js';
import { useSite } from '../../site/site-context.js';
import type { ReferralView } from '../referral-api-types.js';
import { mayFillFeedback } from './referral-actions.js';
import { REFERRAL_DATA_MESSAGES } from './referral-data-messages.js';

type Props = { readonly detail: ReferralView; readonly onChanged: (detail: ReferralView) => void };

/** The role's access to a form, as the site defines it. */
function formAccessOf(site: ReturnType<typeof useSite>, formId: string): 'none' | 'read' | 'write' {
  const role = site.bundle.site.roles.find((r) => r.id === site.roleId);
  const access = role?.formAccess;
  if (access === undefined) return 'none';
  return access.forms?.[formId] ?? access.default;
}

/** The counter-referral: filled in and sent by the side that reports back, read by the other. */
export function CounterReferral({ detail, onChanged }: Props) {
  const { t, locale } = useI18n();
  const site = useSite();
  const formId = detail.protocol.feedbackForm;
  const [editing, setEditing] = useState(false);
  const [justSent, setJustSent] = useState(false);
  if (formId === null) return null;
  const sent = detail.forms[formId];
  const fill = mayFillFeedback(detail, site.can, formAccessOf(site, formId));
  return (
    <section className="card" aria-labelledby="counter-title">
      <h2 id="counter-title">{t(REFERRAL_DATA_MESSAGES, 'counterTitle')}</h2>
      {justSent && (
        <p className="notice notice-ok" role="status">
          {t(REFERRAL_DATA_MESSAGES, 'counterSent')}
        </p>
      )}
      {sent ? (
        <>
          <p className="muted">
            {t(REFERRAL_DATA_MESSAGES, 'counterSentOn', {
              date: formatDateTime(sent.submittedAt, locale, site.timeZone),
            })}
          </p>
          <ReadoutView formId={formId} data={sent.data} />
        </>
      ) : (
        !fill && <p className="muted">{t(REFERRAL_DATA_MESSAGES, 'counterNone')}</p>
      )}
      {fill &&
        (sent && !editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            {t(REFERRAL_DATA_MESSAGES, 'counterEdit')}
          </button>
        ) : (
          <FeedbackEditor
            detail={detail}
            formId={formId}
            initialData={sent?.data ?? {}}
            onSent={(next) => {
              setEditing(false);
              setJustSent(true);
              onChanged(next);
            }}
          />
        ))}
    </section>
  );
}

function FeedbackEditor({
  detail,
  formId,
  initialData,
  onSent,
}: {
  detail: ReferralView;
  formId: string;
  initialData: unknown;
  onSent: (detail: ReferralView) => void;
}) {
  const { t } = useI18n();
  const site = useSite();
  const form = useEngineForm(formId, initialData);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<unknown>();
  const submit = async () => {
    form.revealAll();
    setAttempt((n) => n + 1);
    setProblem(undefined);
    if (form.ef.errors.length > 0) return;
    setBusy(true);
    try {
      const base = `/api/sites/${encodeURIComponent(site.id)}/referrals/${encodeURIComponent(detail.referral.id)}`;
      const answer = await api<{ referral: ReferralView }>(`${base}/forms/${encodeURIComponent(formId)}`, {
        body: { data: form.ef.data, version: detail.version },
      });
      form.markSaved();
      onSent(answer.referral);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields.length > 0) form.setServerErrors(fields);
      if (!(error instanceof ApiError && fields.length > 0)) setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-editor">
      <p>{t(REFERRAL_DATA_MESSAGES, 'counterIntro')}</p>
      {attempt > 0 && <ErrorSummary key={attempt} errors={form.visibleErrors} schema={form.ef.schema} />}
      <ErrorMessage error={problem} />
      <EngineForm form={form} />
      <WarningList warnings={form.ef.warnings} schema={form.ef.schema} />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void submit()} disabled={busy}>
          {busy ? t(REFERRAL_DATA_MESSAGES, 'sending') : t(REFERRAL_DATA_MESSAGES, 'counterSubmit')}
        </button>
      </div>
    </div>
  );
}
