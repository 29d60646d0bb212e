import { useId } from 'react';
import { useI18n } from '../common/i18n.js';
import { navigate } from '../common/router.js';
import { paths } from '../common/routes.js';
import { type SessionView, useSession } from '../common/session.js';
import { SHELL_MESSAGES } from '../common/shell-messages.js';
import { useResource } from '../common/use-resource.js';
import { partnerName, roleName } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';

type SiteItem = { id: string; name: Record<string, string> };

/**
 * Site and agency switch for users with several memberships. Partner and role names come from
 * the current site's definitions; memberships at other sites show their site's name and ids.
 */
export function ContextSwitcher({ view }: { view: SessionView }) {
  const { t, l } = useI18n();
  const site = useSite();
  const siteId = site.id;
  const { switchMembership } = useSession();
  const id = useId();
  const sites = useResource<{ sites: SiteItem[] }>(view.memberships.length > 1 ? '/api/sites' : null, {
    sameInEveryLanguage: true,
  });
  if (view.memberships.length < 2) return null;
  const siteName = (s: string) => l(sites.data?.sites.find((x) => x.id === s)?.name) || s;
  const current =
    view.memberships.find((m) => m.id === view.currentMembershipId && m.siteId === siteId) ??
    view.memberships.find((m) => m.siteId === siteId);
  return (
    <span className="inline-field">
      <label htmlFor={id}>{t(SHELL_MESSAGES, 'workingAs')}</label>
      <select
        id={id}
        value={current?.id ?? ''}
        onChange={(e) => {
          const next = view.memberships.find((m) => m.id === e.target.value);
          if (next)
            void switchMembership(next.id)
              .then(() => navigate(paths.work(next.siteId)))
              .catch(console.error);
        }}
      >
        {view.memberships.map((m) => (
          <option key={m.id} value={m.id}>
            {m.siteId === siteId
              ? `${l(partnerName(site.bundle, m.partnerId))} · ${l(roleName(site.bundle, m.roleId))}`
              : `${siteName(m.siteId)} · ${m.partnerId} · ${m.roleId}`}
          </option>
        ))}
      </select>
    </span>
  );
}
