import { useId, useState } from 'react';
import { api } from '../common/api-client.js';
import type { Colleague } from '../common/api-types.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { useResource } from '../common/use-resource.js';
import { roleName } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { ReassignButton } from '../supervision/reassign-button.js';
import { useCase } from './case-context.js';
import { CASE_MESSAGES } from './case-messages.js';
import { PANEL_MESSAGES } from './panel-messages.js';

/** The key worker and the case team; members can be added and removed by those allowed to. */
export function TeamPanel() {
  const { t, l } = useI18n();
  const site = useSite();
  const { view, base, reload } = useCase();
  const [error, setError] = useState<unknown>();
  const remove = async (userId: string) => {
    setError(undefined);
    try {
      await api(`${base}/team/${encodeURIComponent(userId)}`, { method: 'DELETE' });
      await reload();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card" aria-labelledby="team-title">
      <h2 id="team-title">{t(PANEL_MESSAGES, 'team')}</h2>
      <dl className="facts">
        <div>
          <dt>{t(CASE_MESSAGES, 'keyWorker')}</dt>
          <dd>
            {view.ownerName ?? <span className="muted">{t(CASE_MESSAGES, 'notAllocated')}</span>}{' '}
            {site.can('case.assign') && (
              <ReassignButton caseId={view.case.id} version={view.case.version} onDone={reload} />
            )}
          </dd>
        </div>
      </dl>
      {view.team.length === 0 ? (
        <p className="muted">{t(PANEL_MESSAGES, 'noTeam')}</p>
      ) : (
        <ul className="team-list">
          {view.team.map((m) => (
            <li key={`${m.userId}|${m.roleId}`}>
              <span>
                <strong>{m.displayName}</strong> · {l(roleName(site.bundle, m.roleId))}
              </span>
              {site.can('case.team') && (
                <button type="button" className="small" onClick={() => void remove(m.userId)}>
                  {t(PANEL_MESSAGES, 'removeMember', { name: m.displayName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error} />
      {site.can('case.team') && <AddMember onAdded={reload} />}
    </section>
  );
}

function AddMember({ onAdded }: { onAdded: () => Promise<void> }) {
  const { t, l } = useI18n();
  const site = useSite();
  const { base } = useCase();
  const colleagues = useResource<{ members: Colleague[] }>(
    `/api/sites/${encodeURIComponent(site.id)}/work/colleagues`,
    {
      sameInEveryLanguage: true,
    },
  );
  const [userId, setUserId] = useState('');
  const [roleId, setRoleId] = useState('');
  const [error, setError] = useState<unknown>();
  const userField = useId();
  const roleField = useId();
  const member = colleagues.data?.members.find((m) => m.userId === userId);
  const add = async () => {
    setError(undefined);
    try {
      await api(`${base}/team`, { body: { userId, roleId } });
      setUserId('');
      setRoleId('');
      await onAdded();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="add-member">
      <h3>{t(PANEL_MESSAGES, 'addMember')}</h3>
      <div className="inline-controls">
        <span>
          <label htmlFor={userField}>{t(PANEL_MESSAGES, 'colleague')}</label>
          <select
            id={userField}
            value={userId}
            onChange={(e) => {
              setUserId(e.target.value);
              setRoleId(colleagues.data?.members.find((m) => m.userId === e.target.value)?.roleIds[0] ?? '');
            }}
          >
            <option value="">—</option>
            {colleagues.data?.members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.displayName}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor={roleField}>{t(PANEL_MESSAGES, 'role')}</label>
          <select id={roleField} value={roleId} onChange={(e) => setRoleId(e.target.value)}>
            <option value="">—</option>
            {(member?.roleIds ?? []).map((r) => (
              <option key={r} value={r}>
                {l(roleName(site.bundle, r))}
              </option>
            ))}
          </select>
        </span>
        <button type="button" disabled={userId === '' || roleId === ''} onClick={() => void add()}>
          {t(PANEL_MESSAGES, 'addMember')}
        </button>
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
