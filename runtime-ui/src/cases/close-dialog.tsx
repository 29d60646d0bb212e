import { useId, useState } from 'react';
import type { CaseAction } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Modal } from '../common/modal.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { optionsOf } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { ApprovalRow } from './approvals-card.js';
import { BlockedReasons } from './blocked-reasons.js';
import { useCase } from './case-context.js';
import { CASE_MESSAGES } from './case-messages.js';
import { STATUS_MESSAGES } from './status-messages.js';

/** Closing a case: the reason, the closure form (and its state), and why closing is not possible yet. */
export function CloseDialog({
  action,
  onClose,
}: {
  action: Extract<CaseAction, { type: 'close' }>;
  onClose: () => void;
}) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view, sop, act, busy, error, clearError } = useCase();
  const [reason, setReason] = useState('');
  const id = useId();
  const reasons = optionsOf(site.bundle, sop?.closure.reasons);
  const formId = sop?.closure.form?.form;
  const formView = formId ? view.forms.find((f) => f.formId === formId) : undefined;
  const approval = sop?.approvals?.find((a) => a.id === sop.closure.approval);
  const close = () => {
    clearError();
    onClose();
  };
  return (
    <Modal title={t(CASE_MESSAGES, 'closeTitle')} onClose={close}>
      <label htmlFor={id}>{t(STATUS_MESSAGES, 'closeReason')}</label>
      <select id={id} value={reason} onChange={(e) => setReason(e.target.value)}>
        <option value="">—</option>
        {reasons.map((r) => (
          <option key={String(r.value)} value={String(r.value)}>
            {l(r.label)}
          </option>
        ))}
      </select>
      {formId && (
        <p>
          {t(STATUS_MESSAGES, 'closureForm', { form: l(site.bundle.forms[formId]?.title) || formId })}:{' '}
          {formView?.lastSubmittedAt
            ? t(STATUS_MESSAGES, 'closureFormDone', {
                date: formatDate(formView.lastSubmittedAt, locale, site.timeZone),
              })
            : t(STATUS_MESSAGES, 'closureFormMissing')}{' '}
          {formView?.access === 'write' && (
            <Link to={paths.form(site.id, view.case.id, formId)}>
              {t(STATUS_MESSAGES, 'fillClosureForm')}
            </Link>
          )}
        </p>
      )}
      {approval && (
        <ul className="approval-list">
          <ApprovalRow
            def={approval}
            request={view.actions.find(
              (a): a is Extract<CaseAction, { type: 'request_approval' }> =>
                a.type === 'request_approval' && a.approval === approval.id,
            )}
          />
        </ul>
      )}
      <BlockedReasons reasons={action.reasons} />
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || reason === ''}
          onClick={() => void act({ type: 'close', reason }).then((ok) => ok && onClose())}
        >
          {t(CASE_MESSAGES, 'confirm')}
        </button>
        <button type="button" onClick={close}>
          {t(COMMON_MESSAGES, 'cancel')}
        </button>
      </div>
    </Modal>
  );
}
