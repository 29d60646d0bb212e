import { useState } from 'react';
import type { CaseAction } from '../common/api-types.js';
import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { optionLabel } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { BlockedReasons } from './blocked-reasons.js';
import { useCase } from './case-context.js';
import { CASE_MESSAGES } from './case-messages.js';
import { CloseDialog } from './close-dialog.js';
import { PassiveDialog } from './passive-dialog.js';
import { STATUS_MESSAGES } from './status-messages.js';

type Simple = Extract<CaseAction, { type: 'set_passive' | 'resume' | 'reopen' }>;
type GeneralClose = Extract<CaseAction, { type: 'close' }>;

/** The case's status and the ways to change it: close, re-open, passive and resume. */
export function StatusCard() {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view, sop, act, busy } = useCase();
  const [dialog, setDialog] = useState<'close' | 'passive' | null>(null);
  const find = (type: Simple['type']) => view.actions.find((a): a is Simple => a.type === type);
  const generalClose = view.actions.find(
    (a): a is GeneralClose => a.type === 'close' && a.transition === null,
  );
  const reopen = find('reopen');
  const passive = find('set_passive');
  const resume = find('resume');
  const { case: record, state } = view;
  return (
    <section className="card" aria-labelledby="status-title">
      <h2 id="status-title">{t(STATUS_MESSAGES, 'statusHeading')}</h2>
      <p>
        <span className={`badge status-${record.status}`}>{t(CASE_MESSAGES, `status_${record.status}`)}</span>{' '}
        {record.status === 'closed' &&
          t(STATUS_MESSAGES, 'closedOn', {
            date: formatDate(record.closedAt, locale, site.timeZone),
            reason:
              l(optionLabel(site.bundle, sop?.closure.reasons, record.closureReason)) ||
              (record.closureReason ?? ''),
          })}
        {state.passive &&
          t(STATUS_MESSAGES, 'passiveSince', {
            date: formatDate(state.passive.since, locale, site.timeZone),
            reason:
              l(optionLabel(site.bundle, sop?.passive?.reasons, state.passive.reason)) ||
              (state.passive.reason ?? ''),
          })}
      </p>
      <div className="form-actions">
        {reopen && site.can('case.reopen') && (
          <button
            type="button"
            className="primary"
            disabled={busy || reopen.blockedBy.length > 0}
            onClick={() => void act({ type: 'reopen' })}
          >
            {t(STATUS_MESSAGES, 'reopen')}
          </button>
        )}
        {resume && site.can('case.passive') && (
          <button
            type="button"
            className="primary"
            disabled={busy || resume.blockedBy.length > 0}
            onClick={() => void act({ type: 'resume' })}
          >
            {t(STATUS_MESSAGES, 'resume')}
          </button>
        )}
        {passive && site.can('case.passive') && passive.blockedBy.length === 0 && (
          <button type="button" disabled={busy} onClick={() => setDialog('passive')}>
            {t(STATUS_MESSAGES, 'setPassive')}
          </button>
        )}
        {generalClose && site.can('case.close') && (
          <button type="button" className="danger-outline" disabled={busy} onClick={() => setDialog('close')}>
            {t(STATUS_MESSAGES, 'closeCase')}
          </button>
        )}
      </div>
      {reopen && <BlockedReasons reasons={reopen.reasons} />}
      {resume && <BlockedReasons reasons={resume.reasons} />}
      {dialog === 'close' && generalClose && (
        <CloseDialog action={generalClose} onClose={() => setDialog(null)} />
      )}
      {dialog === 'passive' && <PassiveDialog onClose={() => setDialog(null)} />}
    </section>
  );
}
