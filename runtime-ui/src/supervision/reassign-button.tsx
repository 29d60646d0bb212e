import { useId, useState } from 'react';
import { ApiError, api } from '../common/api-client.js';
import type { AllocationCheck, WorkerLoad } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatNumber } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Modal } from '../common/modal.js';
import { useResource } from '../common/use-resource.js';
import { useSite } from '../site/site-context.js';
import { SUPERVISION_MESSAGES } from './supervision-messages.js';

type Props = {
  readonly caseId: string;
  readonly version: number;
  readonly onDone: () => Promise<void> | void;
  readonly label?: string;
};

/**
 * Reassigning a case to a worker of the agency. Over a caseload cap the server asks for a
 * confirmation: the dialog then shows the load after allocation and offers "Assign anyway".
 */
export function ReassignButton({ caseId, version, onDone, label }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="small" onClick={() => setOpen(true)} aria-label={label}>
        {t(SUPERVISION_MESSAGES, 'reassign')}
      </button>
      {open && (
        <ReassignDialog caseId={caseId} version={version} onDone={onDone} onClose={() => setOpen(false)} />
      )}
    </>
  );
}

function ReassignDialog({ caseId, version, onDone, onClose }: Props & { onClose: () => void }) {
  const { t, locale } = useI18n();
  const site = useSite();
  const workers = useResource<{ workers: WorkerLoad[] }>(
    `/api/sites/${encodeURIComponent(site.id)}/work/caseload`,
  );
  const [userId, setUserId] = useState('');
  const [confirming, setConfirming] = useState<AllocationCheck | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const chosen = workers.data?.workers.find((w) => w.userId === userId);
  const assign = async (confirmOverCapacity: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      await api(`/api/sites/${encodeURIComponent(site.id)}/cases/${encodeURIComponent(caseId)}/owner`, {
        method: 'PUT',
        body: { userId, version, ...(confirmOverCapacity ? { confirmOverCapacity: true } : {}) },
      });
      onClose();
      await onDone();
    } catch (e) {
      const allocation =
        e instanceof ApiError ? (e.problem.allocation as AllocationCheck | undefined) : undefined;
      if (allocation && e instanceof ApiError && e.problem.confirm === 'confirmOverCapacity')
        setConfirming(allocation);
      else
        setError(
          allocation ? new ApiError({ ...(e as ApiError).problem, code: 'over_capacity_refused' }) : e,
        );
    } finally {
      setBusy(false);
    }
  };
  const number = (n: number | null) =>
    n === null ? t(SUPERVISION_MESSAGES, 'noCap') : formatNumber(n, locale);
  return (
    <Modal title={t(SUPERVISION_MESSAGES, 'reassignTitle')} onClose={onClose}>
      <label htmlFor={id}>{t(SUPERVISION_MESSAGES, 'worker')}</label>
      <select
        id={id}
        value={userId}
        onChange={(e) => {
          setUserId(e.target.value);
          setConfirming(null);
        }}
      >
        <option value="">—</option>
        {workers.data?.workers.map((w) => (
          <option key={w.userId} value={w.userId}>
            {t(SUPERVISION_MESSAGES, 'workerLoad', {
              name: w.displayName,
              cases: w.openCases,
              load: formatNumber(w.weightedLoad, locale),
            })}
          </option>
        ))}
      </select>
      {confirming && (
        <p className="notice notice-warn" role="alert">
          {t(SUPERVISION_MESSAGES, 'overCapacityWarning', {
            name: chosen?.displayName ?? '',
            cases: confirming.after.openCases,
            maxCases: number(confirming.limits.maxCases),
            load: formatNumber(confirming.after.weightedLoad, locale),
            maxLoad: number(confirming.limits.maxWeightedLoad),
          })}
        </p>
      )}
      {error instanceof ApiError && error.problem.code === 'over_capacity_refused' ? (
        <p className="notice notice-error" role="alert">
          {t(SUPERVISION_MESSAGES, 'refused')}
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || userId === ''}
          onClick={() => void assign(confirming !== null)}
        >
          {t(SUPERVISION_MESSAGES, confirming ? 'assignAnyway' : 'assign')}
        </button>
        <button type="button" onClick={onClose}>
          {t(COMMON_MESSAGES, 'cancel')}
        </button>
      </div>
    </Modal>
  );
}
