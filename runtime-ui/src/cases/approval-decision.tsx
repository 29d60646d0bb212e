import { useId, useState } from 'react';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { useI18n } from '../common/i18n.js';
import { Modal } from '../common/modal.js';
import { APPROVAL_MESSAGES } from './approval-messages.js';
import { useCase } from './case-context.js';

/** The approver's choice: approve (with an optional comment) or return with a comment. */
export function ApprovalDecision({ approvalId, name }: { approvalId: string; name: string }) {
  const { t } = useI18n();
  const { act, busy } = useCase();
  const [comment, setComment] = useState('');
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const commentId = useId();
  const reasonId = useId();
  return (
    <div className="decision">
      <p>
        <strong>{t(APPROVAL_MESSAGES, 'youDecide')}</strong>
      </p>
      <label htmlFor={commentId}>{t(APPROVAL_MESSAGES, 'approveComment')}</label>
      <textarea id={commentId} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() =>
            void act({
              type: 'approve',
              approval: approvalId,
              ...(comment.trim() ? { comment: comment.trim() } : {}),
            })
          }
        >
          {t(APPROVAL_MESSAGES, 'approve')}
        </button>
        <button type="button" disabled={busy} onClick={() => setReturning(true)}>
          {t(APPROVAL_MESSAGES, 'returnWithComment')}
        </button>
      </div>
      {returning && (
        <Modal title={t(APPROVAL_MESSAGES, 'returnTitle', { name })} onClose={() => setReturning(false)}>
          <label htmlFor={reasonId}>{t(APPROVAL_MESSAGES, 'returnReason')}</label>
          <textarea id={reasonId} rows={4} value={reason} onChange={(e) => setReason(e.target.value)} />
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={busy || reason.trim() === ''}
              onClick={() =>
                void act({ type: 'return', approval: approvalId, reason: reason.trim() }).then(
                  (ok) => ok && setReturning(false),
                )
              }
            >
              {t(APPROVAL_MESSAGES, 'returnAction')}
            </button>
            <button type="button" onClick={() => setReturning(false)}>
              {t(COMMON_MESSAGES, 'cancel')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
