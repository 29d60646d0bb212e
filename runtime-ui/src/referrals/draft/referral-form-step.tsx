import { useState } from 'react';
import { ApiError, api } from '../../common/api-client.js';
import { ErrorMessage } from '../../common/error-message.js';
import { formatDateTime } from '../../common/format.js';
import { useI18n } from '../../common/i18n.js';
import { EngineForm } from '../../forms/engine-form.js';
import { ErrorSummary, WarningList } from '../../forms/error-summary.js';
import { fieldErrorsOf } from '../../forms/form-editor.js';
import { useEngineForm } from '../../forms/use-engine-form.js';
import { useSite } from '../../site/site-context.js';
import { SENDING_MESSAGES } from '../case/sending-messages.js';
import type { SenderReferralView } from '../referral-api-types.js';

/** The protocol's referral form, generated like every form, saved on the draft referral (its version). */
export function ReferralFormStep({
  view,
  formId,
  onSaved,
  onStale,
}: {
  view: SenderReferralView;
  formId: string;
  onSaved: (next: SenderReferralView) => void;
  onStale: () => void;
}) {
  const { t, locale } = useI18n();
  const site = useSite();
  const saved = view.forms[formId];
  const form = useEngineForm(formId, saved?.data ?? {});
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<unknown>();
  const [done, setDone] = useState(false);
  const save = async () => {
    form.revealAll();
    setAttempt((n) => n + 1);
    setProblem(undefined);
    setDone(false);
    if (form.ef.errors.length > 0) return;
    setBusy(true);
    try {
      const answer = await api<{ referral: SenderReferralView }>(
        `/api/sites/${encodeURIComponent(site.id)}/referrals/${encodeURIComponent(view.referral.id)}/forms/${encodeURIComponent(formId)}`,
        { body: { data: form.ef.data, version: view.version } },
      );
      form.markSaved();
      setDone(true);
      onSaved(answer.referral);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields.length > 0) form.setServerErrors(fields);
      setProblem(error);
      if (error instanceof ApiError && error.problem.code === 'stale_version') onStale();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-editor">
      <p className="muted small-text" role="status">
        {done
          ? t(SENDING_MESSAGES, 'formSaved')
          : saved?.submittedAt
            ? t(SENDING_MESSAGES, 'formSavedOn', {
                date: formatDateTime(saved.submittedAt, locale, site.timeZone),
              })
            : t(SENDING_MESSAGES, 'formNotSaved')}
      </p>
      {attempt > 0 && <ErrorSummary key={attempt} errors={form.visibleErrors} schema={form.ef.schema} />}
      <ErrorMessage error={problem} />
      <EngineForm form={form} />
      <WarningList warnings={form.ef.warnings} schema={form.ef.schema} />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void save()} disabled={busy}>
          {busy ? t(SENDING_MESSAGES, 'saving') : t(SENDING_MESSAGES, 'saveForm')}
        </button>
      </div>
    </div>
  );
}
