import { useId, useState } from 'react';
import type { ReferralDefinition } from '../../../../platform/definitions/definition-types.generated.js';
import { receiverOf } from '../../../../platform/referrals/receiver.js';
import { useCase } from '../../cases/case-context.js';
import { api } from '../../common/api-client.js';
import { COMMON_MESSAGES } from '../../common/common-messages.js';
import { ErrorMessage } from '../../common/error-message.js';
import { useI18n } from '../../common/i18n.js';
import { Modal } from '../../common/modal.js';
import { navigate } from '../../common/router.js';
import { paths } from '../../common/routes.js';
import { optionsOf } from '../../site/definitions.js';
import { useSite } from '../../site/site-context.js';
import type { ReferralView } from '../referral-api-types.js';
import { planStepChoices } from './plan-steps.js';
import { receiverName } from './referral-lines.js';
import { SENDING_MESSAGES } from './sending-messages.js';

/**
 * Starting a referral under a protocol (for a directory service, when one was chosen): the
 * reason and, when the protocol updates the action plan, the plan step it carries out; then a draft
 * is created — nothing is shared yet — and its page opens.
 */
export function StartReferralDialog({
  base,
  protocol,
  service,
  onClose,
}: {
  base: string;
  protocol: ReferralDefinition;
  service: string | null;
  onClose: () => void;
}) {
  const { t, l } = useI18n();
  const site = useSite();
  const reasons = optionsOf(site.bundle, protocol.reasons);
  const [reason, setReason] = useState('');
  const { view } = useCase();
  const link = protocol.planLink;
  const steps = link ? planStepChoices(site.bundle, link, view.data[link.form], l) : [];
  const [planStep, setPlanStep] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const id = useId();
  const stepId = useId();
  const receiver = l(receiverName(site.bundle, receiverOf(site.bundle, protocol)));
  const serviceName = service ? l(site.bundle.services[service]?.name) : '';
  const start = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api<{ referral: ReferralView }>(`${base}/referrals`, {
        body: {
          protocol: protocol.id,
          ...(reason ? { reason } : {}),
          ...(service ? { service } : {}),
          ...(planStep !== '' ? { planStep: Number(planStep) } : {}),
        },
      });
      navigate(paths.referralDraft(site.id, answer.referral.referral.id));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  return (
    <Modal title={l(protocol.name)} onClose={onClose}>
      {protocol.description && <p className="muted">{l(protocol.description)}</p>}
      {receiver && <p>{t(SENDING_MESSAGES, 'toReceiver', { name: receiver })}</p>}
      {serviceName && <p>{t(SENDING_MESSAGES, 'forService', { name: serviceName })}</p>}
      {reasons.length > 0 && (
        <div className="field">
          <label htmlFor={id}>{t(SENDING_MESSAGES, 'reason')}</label>
          <select id={id} value={reason} onChange={(e) => setReason(e.target.value)}>
            <option value="">—</option>
            {reasons.map((r) => (
              <option key={String(r.value)} value={String(r.value)}>
                {l(r.label)}
              </option>
            ))}
          </select>
        </div>
      )}
      {link && steps.length > 0 && (
        <div className="field">
          <label htmlFor={stepId}>{t(SENDING_MESSAGES, 'planStepChoice')}</label>
          <select
            id={stepId}
            value={planStep}
            onChange={(e) => setPlanStep(e.target.value)}
            aria-describedby={`${stepId}-hint`}
          >
            <option value="">{t(SENDING_MESSAGES, 'planStepNone')}</option>
            {steps.map((s) => (
              <option key={s.index} value={String(s.index)}>
                {s.label}
              </option>
            ))}
          </select>
          <p id={`${stepId}-hint`} className="muted small-text">
            {t(SENDING_MESSAGES, 'planStepHint')}
          </p>
        </div>
      )}
      {link && steps.length === 0 && <p className="muted">{t(SENDING_MESSAGES, 'noPlanSteps')}</p>}
      <p className="muted small-text">{t(SENDING_MESSAGES, 'startIntro')}</p>
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || (reasons.length > 0 && reason === '')}
          onClick={() => void start()}
        >
          {busy ? t(SENDING_MESSAGES, 'starting') : t(SENDING_MESSAGES, 'startDraft')}
        </button>
        <button type="button" onClick={onClose}>
          {t(COMMON_MESSAGES, 'cancel')}
        </button>
      </div>
    </Modal>
  );
}
