import { useId, useState } from 'react';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { api } from '../common/api-client.js';
import type { TeamCandidate, TeamMember } from '../common/api-types.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { type Resource, useResource } from '../common/use-resource.js';
import { partnerName, roleName } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { ReassignButton } from '../supervision/reassign-button.js';
import { useCase } from './case-context.js';
import { CASE_MESSAGES } from './case-messages.js';
import { PANEL_MESSAGES } from './panel-messages.js';

type Candidates = Resource<{ members: TeamCandidate[] }>;
type I18n = ReturnType<typeof useI18n>;

/**
 * The key worker and the case team; members can be added and removed by those allowed to.
 * Colleagues of the holding agency may always join; staff of another partner only under the
 * client's consent to joint casework (the server's candidates), which the panel names with its
 * end date — and says so when the client has not given it yet.
 */
export function TeamPanel() {
  const { t, l } = useI18n();
  const site = useSite();
  const { view, base, reload } = useCase();
  const manages = site.can('case.team');
  const candidates: Candidates = useResource(manages ? `${base}/team/candidates` : null, {
    sameInEveryLanguage: true,
  });
  const [error, setError] = useState<unknown>();
  const reloadAll = async () => {
    await reload();
    await candidates.reload();
  };
  const remove = async (userId: string) => {
    setError(undefined);
    try {
      await api(`${base}/team/${encodeURIComponent(userId)}`, { method: 'DELETE' });
      await reloadAll();
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
                <JointMemberLine member={m} candidates={candidates.data?.members} />
              </span>
              {manages && (
                <button type="button" className="small" onClick={() => void remove(m.userId)}>
                  {t(PANEL_MESSAGES, 'removeMember', { name: m.displayName })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage error={error} />
      {manages && <JointCaseworkHint agency={view.case.agency} candidates={candidates.data?.members} />}
      {manages && <AddMember candidates={candidates} team={view.team} onAdded={reloadAll} />}
    </section>
  );
}

/** A team member from another partner: their partner, and the consent they work under (or that it lapsed). */
function JointMemberLine({
  member,
  candidates,
}: {
  member: TeamMember;
  candidates: readonly TeamCandidate[] | undefined;
}) {
  const i18n = useI18n();
  const site = useSite();
  if (member.consentId == null) return null;
  if (member.inForce === false)
    return (
      <span className="team-note">
        <span className="badge badge-warn">{i18n.t(PANEL_MESSAGES, 'consentLapsed')}</span>
      </span>
    );
  const candidate = candidates?.find((c) => c.userId === member.userId && c.consent !== null);
  if (candidate === undefined) return null;
  return (
    <span className="team-note">
      <span className="badge">{i18n.l(partnerName(site.bundle, candidate.partnerId))}</span>{' '}
      <span className="muted">{consentText(i18n, site.bundle, site.timeZone, candidate)}</span>
    </span>
  );
}

/** "Under the client's consent “…”, until …" for a candidate from another partner. */
function consentText(
  { t, l, locale }: I18n,
  bundle: SiteBundle,
  timeZone: string,
  candidate: TeamCandidate,
): string {
  const consent = candidate.consent;
  if (consent === null) return '';
  const name = bundle.site.consentPurposes?.find((p) => p.id === consent.purpose)?.name;
  const purpose = name === undefined ? consent.purpose : l(name);
  return consent.expiresAt === null
    ? t(PANEL_MESSAGES, 'underConsentOpen', { purpose })
    : t(PANEL_MESSAGES, 'underConsent', { purpose, date: formatDate(consent.expiresAt, locale, timeZone) });
}

/**
 * When the site admits joint casework with other partners but the client has consented to none of
 * it yet (no candidate from another partner): which partners' staff could join, and under what.
 */
function JointCaseworkHint({
  agency,
  candidates,
}: {
  agency: string;
  candidates: readonly TeamCandidate[] | undefined;
}) {
  const { t, l } = useI18n();
  const site = useSite();
  if (candidates === undefined || candidates.some((c) => c.consent !== null)) return null;
  const purposes = (site.bundle.site.consentPurposes ?? []).filter(
    (p) => p.jointCasework === true && (p.recipients ?? []).some((r) => r !== agency),
  );
  const first = purposes[0];
  if (first === undefined) return null;
  const partners = [...new Set(purposes.flatMap((p) => p.recipients ?? []))]
    .filter((r) => r !== agency)
    .map((r) => l(partnerName(site.bundle, r)));
  return (
    <p className="muted joint-hint">
      {t(PANEL_MESSAGES, 'jointHint', { partners: partners.join(', '), purpose: l(first.name) })}
    </p>
  );
}

function AddMember({
  candidates,
  team,
  onAdded,
}: {
  candidates: Candidates;
  team: readonly TeamMember[];
  onAdded: () => Promise<void>;
}) {
  const i18n = useI18n();
  const { t, l } = i18n;
  const site = useSite();
  const { view, base } = useCase();
  const [userId, setUserId] = useState('');
  const [roleId, setRoleId] = useState('');
  const [error, setError] = useState<unknown>();
  const userField = useId();
  const roleField = useId();
  const onTeam = new Set(team.filter((m) => m.inForce !== false).map((m) => m.userId));
  const members = (candidates.data?.members ?? []).filter((m) => !onTeam.has(m.userId));
  const member = members.find((m) => m.userId === userId);
  // The holding agency's colleagues first, then each partner admitted by the client's consent.
  const groups = [...new Set(members.map((m) => m.partnerId))]
    .sort((a, b) => Number(a !== view.case.agency) - Number(b !== view.case.agency))
    .map((partnerId) => ({ partnerId, members: members.filter((m) => m.partnerId === partnerId) }));
  const groupLabel = (partnerId: string) => {
    const partner = l(partnerName(site.bundle, partnerId));
    return partnerId === view.case.agency ? partner : t(PANEL_MESSAGES, 'partnerUnderConsent', { partner });
  };
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
      <ErrorMessage error={candidates.error} />
      <div className="inline-controls">
        <span>
          <label htmlFor={userField}>{t(PANEL_MESSAGES, 'staffMember')}</label>
          <select
            id={userField}
            value={userId}
            onChange={(e) => {
              setUserId(e.target.value);
              setRoleId(members.find((m) => m.userId === e.target.value)?.roleIds[0] ?? '');
            }}
          >
            <option value="">—</option>
            {groups.map((g) => (
              <optgroup key={g.partnerId} label={groupLabel(g.partnerId)}>
                {g.members.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.displayName}
                  </option>
                ))}
              </optgroup>
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
      {member?.consent != null && (
        <p className="notice joint-note">
          {t(PANEL_MESSAGES, 'candidateJoins', {
            name: member.displayName,
            partner: l(partnerName(site.bundle, member.partnerId)),
          })}
          <span className="team-note">{consentText(i18n, site.bundle, site.timeZone, member)}</span>
        </p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
