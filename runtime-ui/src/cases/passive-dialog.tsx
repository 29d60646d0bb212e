import { useId, useState } from 'react';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { Modal } from '../common/modal.js';
import { optionsOf } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { useCase } from './case-context.js';
import { CASE_MESSAGES } from './case-messages.js';
import { STATUS_MESSAGES } from './status-messages.js';

/** Making a case passive ("hibernation"), with one of the SOP's reasons. */
export function PassiveDialog({ onClose }: { onClose: () => void }) {
  const { t, l } = useI18n();
  const site = useSite();
  const { sop, act, busy, error, clearError } = useCase();
  const [reason, setReason] = useState('');
  const id = useId();
  const reasons = optionsOf(site.bundle, sop?.passive?.reasons);
  const close = () => {
    clearError();
    onClose();
  };
  return (
    <Modal title={t(STATUS_MESSAGES, 'passiveTitle')} onClose={close}>
      {reasons.length > 0 && (
        <>
          <label htmlFor={id}>{t(STATUS_MESSAGES, 'reason')}</label>
          <select id={id} value={reason} onChange={(e) => setReason(e.target.value)}>
            <option value="">—</option>
            {reasons.map((r) => (
              <option key={String(r.value)} value={String(r.value)}>
                {l(r.label)}
              </option>
            ))}
          </select>
        </>
      )}
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || (reasons.length > 0 && reason === '')}
          onClick={() =>
            void act({ type: 'set_passive', ...(reason ? { reason } : {}) }).then((ok) => ok && onClose())
          }
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
