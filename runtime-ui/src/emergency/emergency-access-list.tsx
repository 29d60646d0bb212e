import { formatDateTime } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { partnerName } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { EMERGENCY_MESSAGES } from './emergency-messages.js';

type GrantItem = {
  readonly id: string;
  readonly caseId: string;
  readonly userName: string;
  readonly partnerId: string;
  readonly reason: string;
  readonly grantedAt: string;
  readonly expiresAt: string;
  readonly active: boolean;
};

/**
 * Emergency accesses to the cases the user works with (their agency's or site's for a supervisor)
 * and their own, newest first: who, when, why, and whether it still runs.
 */
export function EmergencyAccessList() {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const list = useResource<{ items: GrantItem[] }>(
    `/api/sites/${encodeURIComponent(site.id)}/emergency-access?limit=50`,
    { sameInEveryLanguage: true },
  );
  const items = list.data?.items;
  if (items === undefined) return null;
  const when = (at: string) => formatDateTime(at, locale, site.timeZone);
  return (
    <section className="card emergency-list" aria-labelledby="emergency-list-title">
      <h2 id="emergency-list-title">{t(EMERGENCY_MESSAGES, 'recent')}</h2>
      {items.length === 0 ? (
        <p className="muted">{t(EMERGENCY_MESSAGES, 'noneRecent')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t(EMERGENCY_MESSAGES, 'who')}</th>
              <th>{t(EMERGENCY_MESSAGES, 'when')}</th>
              <th>{t(EMERGENCY_MESSAGES, 'why')}</th>
              <th>{t(EMERGENCY_MESSAGES, 'status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((g) => (
              <tr key={g.id}>
                <td>
                  {g.userName} ({l(partnerName(site.bundle, g.partnerId))})
                </td>
                <td>
                  <Link to={paths.case(site.id, g.caseId)}>{when(g.grantedAt)}</Link>
                </td>
                <td>{g.reason}</td>
                <td>
                  {g.active
                    ? t(EMERGENCY_MESSAGES, 'active', { time: when(g.expiresAt) })
                    : t(EMERGENCY_MESSAGES, 'expired')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
