import { useId, useState } from 'react';
import type { RecordedAnswer } from '../../../../platform/referrals/index.js';
import { optionsOf } from '../../../../platform/referrals/options.js';
import { api } from '../../common/api-client.js';
import { COMMON_MESSAGES } from '../../common/common-messages.js';
import { ErrorMessage } from '../../common/error-message.js';
import { useI18n } from '../../common/i18n.js';
import { Modal } from '../../common/modal.js';
import { useSite } from '../../site/site-context.js';
import type { ReferralView } from '../referral-api-types.js';
import { REFERRAL_ACTION_MESSAGES } from './referral-action-messages.js';
import {
  needsDialog,
  offeredActions,
  type ReferralActionType,
  recordableAnswers,
} from './referral-actions.js';
import { REFERRAL_MESSAGES } from './referral-messages.js';

const FAIL_REASONS = ['no_show', 'service_failed'] as const;

type Props = { readonly detail: ReferralView; readonly onChanged: (detail: ReferralView) => void };

/** The moves this side may make now, as buttons; those needing a reason or a confirmation ask first. */
export function ReferralActionBar({ detail, onChanged }: Props) {
  const { t } = useI18n();
  const site = useSite();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [done, setDone] = useState<string | null>(null);
  const [dialog, setDialog] = useState<ReferralActionType | null>(null);
  const actions = offeredActions(detail, site.can);
  const act = async (body: Record<string, unknown>) => {
    setBusy(true);
    setProblem(undefined);
    setDone(null);
    try {
      const base = `/api/sites/${encodeURIComponent(site.id)}/referrals/${encodeURIComponent(detail.referral.id)}`;
      const answer = await api<{ referral: ReferralView }>(`${base}/actions`, {
        body: { ...body, version: detail.version },
      });
      setDialog(null);
      setDone(
        t(REFERRAL_ACTION_MESSAGES, 'done', {
          status: t(REFERRAL_MESSAGES, `status_${answer.referral.referral.status}`),
        }),
      );
      onChanged(answer.referral);
    } catch (error) {
      setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="referral-actions-title">
      <h2 id="referral-actions-title">{t(REFERRAL_ACTION_MESSAGES, 'actions')}</h2>
      {done && (
        <p className="notice notice-ok" role="status">
          {done}
        </p>
      )}
      {dialog === null && <ErrorMessage error={problem} />}
      {actions.length === 0 ? (
        <p className="muted">{t(REFERRAL_ACTION_MESSAGES, 'noActions')}</p>
      ) : (
        <div className="form-actions referral-actions">
          {actions.map((a, i) => (
            <button
              key={a}
              type="button"
              className={i === 0 && !needsDialog(a) ? 'primary' : undefined}
              disabled={busy}
              onClick={() => (needsDialog(a) ? setDialog(a) : void act({ type: a }))}
            >
              {t(REFERRAL_ACTION_MESSAGES, `action_${a}`)}
            </button>
          ))}
        </div>
      )}
      {dialog !== null && (
        <ActionDialog
          action={dialog}
          detail={detail}
          busy={busy}
          problem={problem}
          onClose={() => {
            setDialog(null);
            setProblem(undefined);
          }}
          onConfirm={(body) => void act({ type: dialog, ...body })}
        />
      )}
    </section>
  );
}

type DialogProps = {
  readonly action: ReferralActionType;
  readonly detail: ReferralView;
  readonly busy: boolean;
  readonly problem: unknown;
  onClose(): void;
  onConfirm(body: Record<string, unknown>): void;
};

/** Decline (a reason of the protocol), fail (why), cancel (are you sure), or a recorded answer. */
function ActionDialog({ action, detail, busy, problem, onClose, onConfirm }: DialogProps) {
  const { t, l } = useI18n();
  const site = useSite();
  const id = useId();
  const statuses = recordableAnswers(detail.referral.status);
  const [answer, setAnswer] = useState<RecordedAnswer>(statuses[0] ?? 'accepted');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [answeredOn, setAnsweredOn] = useState(site.today());
  const [missing, setMissing] = useState(false);
  const protocol = site.bundle.referrals[detail.protocol.id];
  const declining = action === 'decline' || (action === 'record_answer' && answer === 'declined');
  const failing = action === 'fail' || (action === 'record_answer' && answer === 'failed');
  const reasons = declining
    ? optionsOf(site.bundle, protocol?.declineReasons)
        .filter((o) => o.deprecated !== true)
        .map((o) => ({ value: String(o.value), label: l(o.label) || String(o.value) }))
    : failing
      ? FAIL_REASONS.map((r) => ({ value: r, label: t(REFERRAL_MESSAGES, `failReason_${r}`) }))
      : [];
  const title =
    action === 'decline'
      ? 'declineTitle'
      : action === 'fail'
        ? 'failTitle'
        : action === 'cancel'
          ? 'cancelTitle'
          : 'answerTitle';
  const confirm = () => {
    if (reasons.length > 0 && reason === '') return setMissing(true);
    onConfirm({
      ...(action === 'record_answer'
        ? { answer, answeredAt: new Date(`${answeredOn}T12:00:00`).toISOString() }
        : {}),
      ...(reasons.length > 0 ? { reason } : {}),
      ...(note.trim() !== '' ? { note: note.trim() } : {}),
    });
  };
  return (
    <Modal title={t(REFERRAL_ACTION_MESSAGES, title)} onClose={onClose}>
      {action === 'cancel' && <p>{t(REFERRAL_ACTION_MESSAGES, 'cancelExplained')}</p>}
      <ErrorMessage error={problem} />
      {action === 'record_answer' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-answer`}>{t(REFERRAL_ACTION_MESSAGES, 'answer')}</label>
            <select
              id={`${id}-answer`}
              value={answer}
              onChange={(e) => {
                setAnswer(e.target.value as RecordedAnswer);
                setReason('');
              }}
            >
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(REFERRAL_ACTION_MESSAGES, `answer_${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-on`}>{t(REFERRAL_ACTION_MESSAGES, 'answeredOn')}</label>
            <input
              id={`${id}-on`}
              type="date"
              value={answeredOn}
              max={site.today()}
              onChange={(e) => setAnsweredOn(e.target.value)}
            />
          </div>
        </>
      )}
      {reasons.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>
            {t(REFERRAL_ACTION_MESSAGES, declining ? 'declineReason' : 'failReason')}
          </label>
          <select
            id={`${id}-reason`}
            value={reason}
            aria-invalid={missing && reason === '' ? true : undefined}
            aria-describedby={missing && reason === '' ? `${id}-missing` : undefined}
            onChange={(e) => setReason(e.target.value)}
          >
            <option value="">{t(REFERRAL_ACTION_MESSAGES, 'chooseReason')}</option>
            {reasons.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          {missing && reason === '' && (
            <p id={`${id}-missing`} className="error" role="alert">
              {t(REFERRAL_ACTION_MESSAGES, 'reasonRequired')}
            </p>
          )}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>{t(REFERRAL_ACTION_MESSAGES, 'note')}</label>
        <textarea id={`${id}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={confirm}>
          {busy ? t(REFERRAL_ACTION_MESSAGES, 'working') : t(REFERRAL_ACTION_MESSAGES, 'confirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t(COMMON_MESSAGES, 'cancel')}
        </button>
      </div>
    </Modal>
  );
}
