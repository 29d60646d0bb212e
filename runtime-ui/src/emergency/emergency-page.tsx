import { type FormEvent, useId, useState } from 'react';
import { ApiError, api } from '../common/api-client.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDate, formatDateTime } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Modal } from '../common/modal.js';
import { navigate } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useTitle } from '../common/use-title.js';
import { partnerName, sopOf, stageOf } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { EmergencyAccessList } from './emergency-access-list.js';
import { EMERGENCY_MESSAGES } from './emergency-messages.js';

/** A case the lookup found: who holds it and where it stands, nothing of the client. */
export type FoundCase = {
  readonly caseId: string;
  readonly agency: string;
  readonly sopId: string;
  readonly stage: string;
  readonly status: string;
  readonly openedAt: string;
  readonly access: 'staff' | 'emergency' | 'none';
  readonly expiresAt: string | null;
};

/**
 * For a role with `break_glass`: find a case anywhere at the site by the client's identifier (or
 * the case id), then open it — as usual when it is one's own, else with emergency access.
 */
export function EmergencyPage() {
  const { t } = useI18n();
  const site = useSite();
  useTitle(t(EMERGENCY_MESSAGES, 'title'));
  const [probe, setProbe] = useState({ identifier: '', caseId: '' });
  const [found, setFound] = useState<readonly FoundCase[]>();
  const [error, setError] = useState<unknown>();
  const [asking, setAsking] = useState<FoundCase>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const query = new URLSearchParams(
      Object.entries(probe).flatMap(([k, v]) => (v.trim() ? [[k, v.trim()]] : [])),
    );
    try {
      const answer = await api<{ items: FoundCase[] }>(
        `/api/sites/${encodeURIComponent(site.id)}/emergency-access/lookup?${query}`,
      );
      setFound(answer.items);
    } catch (e) {
      setError(e);
      setFound(undefined);
    }
  };
  return (
    <div className="emergency-page">
      <h1>{t(EMERGENCY_MESSAGES, 'title')}</h1>
      <search>
        <form className="card search-form" onSubmit={(e) => void submit(e)}>
          <p className="muted">{t(EMERGENCY_MESSAGES, 'hint')}</p>
          <div className="search-fields">
            <span className="search-field">
              <label htmlFor="emergency-identifier">{t(EMERGENCY_MESSAGES, 'identifier')}</label>
              <input
                id="emergency-identifier"
                value={probe.identifier}
                onChange={(e) => setProbe({ ...probe, identifier: e.target.value })}
                autoComplete="off"
              />
            </span>
            <span className="search-field">
              <label htmlFor="emergency-case">{t(EMERGENCY_MESSAGES, 'caseId')}</label>
              <input
                id="emergency-case"
                value={probe.caseId}
                onChange={(e) => setProbe({ ...probe, caseId: e.target.value })}
                autoComplete="off"
              />
            </span>
            <button type="submit" className="primary">
              {t(EMERGENCY_MESSAGES, 'find')}
            </button>
          </div>
        </form>
      </search>
      <ErrorMessage error={error} />
      {found && <FoundCases items={found} onAsk={setAsking} />}
      {asking && <RequestDialog found={asking} onClose={() => setAsking(undefined)} />}
      <EmergencyAccessList />
    </div>
  );
}

function FoundCases({ items, onAsk }: { items: readonly FoundCase[]; onAsk: (c: FoundCase) => void }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  if (items.length === 0) return <p className="card">{t(EMERGENCY_MESSAGES, 'noCase')}</p>;
  return (
    <section className="card" aria-live="polite">
      <table className="found-cases">
        <thead>
          <tr>
            <th>{t(EMERGENCY_MESSAGES, 'holder')}</th>
            <th>{t(EMERGENCY_MESSAGES, 'stage')}</th>
            <th>{t(EMERGENCY_MESSAGES, 'opened')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.caseId}>
              <td>{l(partnerName(site.bundle, c.agency))}</td>
              <td>{l(stageOf(sopOf(site.bundle, c.sopId), c.stage)?.name) || c.stage}</td>
              <td>{formatDate(c.openedAt, locale, site.timeZone)}</td>
              <td>
                {c.access === 'none' ? (
                  <button type="button" className="danger" onClick={() => onAsk(c)}>
                    {t(EMERGENCY_MESSAGES, 'request')}
                  </button>
                ) : (
                  <button type="button" onClick={() => navigate(paths.case(site.id, c.caseId))}>
                    {c.expiresAt
                      ? t(EMERGENCY_MESSAGES, 'until', {
                          time: formatDateTime(c.expiresAt, locale, site.timeZone),
                        })
                      : t(EMERGENCY_MESSAGES, 'open')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Asks for the reason, states what happens and until when, then opens the case. */
function RequestDialog({ found, onClose }: { found: FoundCase; onClose: () => void }) {
  const { t, locale } = useI18n();
  const site = useSite();
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const hours = site.bundle.site.settings?.break_glass_hours?.value;
  const until = new Date(Date.now() + (typeof hours === 'number' && hours > 0 ? hours : 8) * 3_600_000);
  const ask = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api(
        `/api/sites/${encodeURIComponent(site.id)}/cases/${encodeURIComponent(found.caseId)}/emergency-access`,
        { body: { reason } },
      );
      navigate(paths.case(site.id, found.caseId));
    } catch (e) {
      setError(e);
      if (e instanceof ApiError && e.problem.code === 'conflict') navigate(paths.case(site.id, found.caseId));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal title={t(EMERGENCY_MESSAGES, 'dialogTitle')} onClose={onClose}>
      <p>
        {t(EMERGENCY_MESSAGES, 'dialogText', {
          time: formatDateTime(until.toISOString(), locale, site.timeZone),
        })}
      </p>
      <label htmlFor={id}>{t(EMERGENCY_MESSAGES, 'reason')}</label>
      <textarea id={id} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      <ErrorMessage error={error} />
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || reason.trim().length < 10}
          onClick={() => void ask()}
        >
          {t(EMERGENCY_MESSAGES, 'confirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t(COMMON_MESSAGES, 'cancel')}
        </button>
      </div>
    </Modal>
  );
}
