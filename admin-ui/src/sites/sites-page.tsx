import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import type { SessionView } from '../../../runtime-ui/src/common/session.js';
import { SHELL_MESSAGES } from '../../../runtime-ui/src/common/shell-messages.js';
import { useResource } from '../../../runtime-ui/src/common/use-resource.js';
import { useTitle } from '../../../runtime-ui/src/common/use-title.js';
import { AdminError } from '../api/admin-error.js';
import type { SiteItem } from '../api/admin-types.js';
import { ADMIN_MESSAGES } from '../app/admin-messages.js';
import { adminPaths } from '../app/admin-routes.js';

const readable = (id: string) => id.replace(/[_-]+/g, ' ');

/** The sites the user has a membership at, and the two ways to bring in a new one. */
export function SitesPage({ view }: { view: SessionView }) {
  const { t, l } = useI18n();
  useTitle(t(ADMIN_MESSAGES, 'sitesTitle'));
  const sites = useResource<{ sites: SiteItem[] }>('/api/sites', { sameInEveryLanguage: true });
  return (
    <section aria-labelledby="sites-title">
      <div className="page-head">
        <div>
          <h1 id="sites-title">{t(ADMIN_MESSAGES, 'sitesTitle')}</h1>
          <p className="muted">{t(ADMIN_MESSAGES, 'sitesIntro')}</p>
        </div>
        <div className="form-actions">
          <Link to={adminPaths.newSite()} className="button primary">
            {t(ADMIN_MESSAGES, 'newSite')}
          </Link>
          <Link to={adminPaths.importBundle()} className="button">
            {t(ADMIN_MESSAGES, 'importBundle')}
          </Link>
        </div>
      </div>
      <AdminError error={sites.error} onReload={() => void sites.reload()} />
      {sites.data === undefined && sites.error === undefined && <p>{t(SHELL_MESSAGES, 'loading')}</p>}
      {sites.data?.sites.length === 0 && <p>{t(SHELL_MESSAGES, 'noSites')}</p>}
      <ul className="cards">
        {sites.data?.sites.map((s) => {
          const roles = view.memberships.filter((m) => m.siteId === s.id).map((m) => readable(m.roleId));
          return (
            <li key={s.id} className="card site-card">
              <h2>
                <Link
                  to={adminPaths.tab(s.id, 'definitions')}
                  aria-label={t(ADMIN_MESSAGES, 'openSite', { name: l(s.name) })}
                >
                  {l(s.name)}
                </Link>
              </h2>
              <p className="muted small-text">
                <code>{s.id}</code> · {t(ADMIN_MESSAGES, 'publishedVersion', { n: s.version })}
              </p>
              <p className="small-text">
                {t(ADMIN_MESSAGES, 'yourRoles', { roles: [...new Set(roles)].join(', ') })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
