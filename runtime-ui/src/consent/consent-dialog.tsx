import { useId, useState } from 'react';
import {
  CONSENT_GIVERS,
  CONSENT_MODES,
  type ConsentGiver,
  type ConsentMode,
} from '../../../platform/referrals/consent.js';
import { ApiError, api } from '../common/api-client.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { Modal } from '../common/modal.js';
import type { ConsentView } from '../referrals/referral-api-types.js';
import { useSite } from '../site/site-context.js';
import { CONSENT_MESSAGES } from './consent-messages.js';

/** A field's message from a 422 answer, by its pointer (`/evidence`). */
function fieldMessage(error: unknown, pointer: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.problem.errors?.find((e) => e.pointer === pointer)?.message;
}

/**
 * Recording a consent the client gave: the purpose (preset when asked from a referral), read to
 * the client; who gave it; verbal or written (written only, when the purpose requires it) and,
 * for written consent, where the signed copy is kept.
 */
export function ConsentDialog({
  personId,
  purpose: preset,
  recipients,
  onRecorded,
  onClose,
}: {
  personId: string;
  purpose?: string;
  recipients?: readonly string[];
  onRecorded: (consent: ConsentView) => void;
  onClose: () => void;
}) {
  const { t, l } = useI18n();
  const site = useSite();
  const purposes = site.bundle.site.consentPurposes ?? [];
  const [purposeId, setPurposeId] = useState(
    preset ?? (purposes.length === 1 ? (purposes[0]?.id ?? '') : ''),
  );
  const [givenBy, setGivenBy] = useState<ConsentGiver>('client');
  const [mode, setMode] = useState<ConsentMode | ''>('');
  const [evidence, setEvidence] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const ids = { purpose: useId(), givenBy: useId(), evidence: useId(), evidenceHint: useId() };
  const purpose = purposes.find((p) => p.id === purposeId);
  const written = purpose?.writtenRequired === true;
  const chosenMode = written ? 'written' : mode;
  const ready = purposeId !== '' && chosenMode !== '' && (chosenMode !== 'written' || evidence.trim() !== '');
  const save = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api<{ consent: ConsentView }>(
        `/api/sites/${encodeURIComponent(site.id)}/persons/${encodeURIComponent(personId)}/consents`,
        {
          body: {
            purpose: purposeId,
            givenBy,
            mode: chosenMode,
            ...(recipients ? { recipients } : {}),
            ...(chosenMode === 'written' ? { evidence: evidence.trim() } : {}),
          },
        },
      );
      onRecorded(answer.consent);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  const evidenceError = fieldMessage(error, '/evidence');
  return (
    <Modal
      title={
        preset && purpose
          ? t(CONSENT_MESSAGES, 'recordFor', { purpose: l(purpose.name) })
          : t(CONSENT_MESSAGES, 'record')
      }
      onClose={onClose}
    >
      <form
        className="consent-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready && !busy) void save();
        }}
      >
        {!preset && (
          <div className="field">
            <label htmlFor={ids.purpose}>{t(CONSENT_MESSAGES, 'purpose')}</label>
            <select
              id={ids.purpose}
              value={purposeId}
              onChange={(e) => setPurposeId(e.target.value)}
              required
            >
              <option value="">{t(CONSENT_MESSAGES, 'choose')}</option>
              {purposes.map((p) => (
                <option key={p.id} value={p.id}>
                  {l(p.name)}
                </option>
              ))}
            </select>
          </div>
        )}
        {purpose && (
          <div className="notice">
            <p>{t(CONSENT_MESSAGES, 'readToClient')}</p>
            <p>{l(purpose.description)}</p>
          </div>
        )}
        <div className="field">
          <label htmlFor={ids.givenBy}>{t(CONSENT_MESSAGES, 'givenBy')}</label>
          <select
            id={ids.givenBy}
            value={givenBy}
            onChange={(e) => setGivenBy(e.target.value as ConsentGiver)}
          >
            {CONSENT_GIVERS.map((g) => (
              <option key={g} value={g}>
                {t(CONSENT_MESSAGES, `giver_${g}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>{t(CONSENT_MESSAGES, 'mode')}</legend>
          <div className="choice-row">
            {CONSENT_MODES.map((m) => (
              <label key={m} className="choice">
                <input
                  type="radio"
                  name="consent-mode"
                  value={m}
                  checked={chosenMode === m}
                  disabled={written && m === 'verbal'}
                  onChange={() => setMode(m)}
                />
                {t(CONSENT_MESSAGES, `mode_${m}`)}
              </label>
            ))}
          </div>
          {written && <p className="muted small-text">{t(CONSENT_MESSAGES, 'writtenRequired')}</p>}
        </fieldset>
        {chosenMode === 'written' && (
          <div className={`field${evidenceError ? ' field-invalid' : ''}`}>
            <label htmlFor={ids.evidence}>{t(CONSENT_MESSAGES, 'evidence')}</label>
            <input
              id={ids.evidence}
              type="text"
              value={evidence}
              required
              aria-describedby={ids.evidenceHint}
              aria-invalid={evidenceError ? true : undefined}
              onChange={(e) => setEvidence(e.target.value)}
            />
            <p id={ids.evidenceHint} className="muted small-text">
              {evidenceError ?? t(CONSENT_MESSAGES, 'evidenceHint')}
            </p>
          </div>
        )}
        <ErrorMessage error={error} />
        <div className="form-actions">
          <button type="submit" className="primary" disabled={busy || !ready}>
            {t(CONSENT_MESSAGES, 'save')}
          </button>
          <button type="button" onClick={onClose}>
            {t(COMMON_MESSAGES, 'cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
