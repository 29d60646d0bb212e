import { useState } from 'react';
import type { CaseAction } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { useI18n } from '../common/i18n.js';
import { Modal } from '../common/modal.js';
import { optionLabel, stageOf, transitionName } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { BlockedReasons } from './blocked-reasons.js';
import { useCase } from './case-context.js';
import { CASE_MESSAGES } from './case-messages.js';

type StageAction = Extract<CaseAction, { type: 'advance' } | { type: 'close' }>;

function isStageAction(a: CaseAction): a is StageAction {
  return a.type === 'advance' || (a.type === 'close' && a.transition !== null);
}

/** The current stage's ways on: moves to other stages and exits (closures), each with why not yet. */
export function NextSteps() {
  const { t, l } = useI18n();
  const site = useSite();
  const { view, sop, act, busy } = useCase();
  const [confirming, setConfirming] = useState<Extract<CaseAction, { type: 'close' }> | null>(null);
  const actions = view.actions.filter(isStageAction);
  if (view.case.status !== 'open') return null;
  const label = (a: StageAction) => {
    const name = l(transitionName(sop, view.case.stage, a.transition));
    if (name) return name;
    return a.type === 'advance'
      ? t(CASE_MESSAGES, 'moveTo', { stage: l(stageOf(sop, a.to)?.name) || a.to })
      : l(optionLabel(site.bundle, sop?.closure.reasons, a.reason)) || String(a.reason);
  };
  const allowed = (a: StageAction) => site.can(a.type === 'advance' ? 'case.advance' : 'case.close');
  return (
    <section className="card next-steps" aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">{t(CASE_MESSAGES, 'nextSteps')}</h2>
      {actions.length === 0 && <p className="muted">{t(CASE_MESSAGES, 'noNextSteps')}</p>}
      <ul className="action-list">
        {actions.map((a) => {
          const blocked = a.blockedBy.length > 0;
          const reasonsId = `why-${a.transition}`;
          const automatic = a.type === 'advance' && a.automatic;
          return (
            <li key={a.transition ?? a.type} className={`action-item${blocked ? ' is-blocked' : ''}`}>
              {automatic || !allowed(a) ? (
                <p className="action-name">
                  <strong>{label(a)}</strong>
                  {automatic && <span className="muted"> — {t(CASE_MESSAGES, 'automatic')}</span>}
                </p>
              ) : (
                <button
                  type="button"
                  className={a.type === 'advance' ? 'primary' : 'danger-outline'}
                  disabled={blocked || busy}
                  aria-describedby={blocked ? reasonsId : undefined}
                  onClick={() =>
                    a.type === 'advance' ? void act({ type: 'advance', to: a.to }) : setConfirming(a)
                  }
                >
                  {label(a)}
                </button>
              )}
              <BlockedReasons id={reasonsId} reasons={a.reasons} />
            </li>
          );
        })}
      </ul>
      {confirming && (
        <Modal title={t(CASE_MESSAGES, 'closeTitle')} onClose={() => setConfirming(null)}>
          <p>
            {t(CASE_MESSAGES, 'confirmCloseAs', {
              reason:
                l(optionLabel(site.bundle, sop?.closure.reasons, confirming.reason)) ||
                String(confirming.reason),
            })}
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() =>
                void act({ type: 'close', reason: confirming.reason }).then(() => setConfirming(null))
              }
            >
              {t(CASE_MESSAGES, 'confirm')}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t(COMMON_MESSAGES, 'cancel')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
