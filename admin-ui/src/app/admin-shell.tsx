import { useEffect, useRef } from 'react';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link, navigate, useLocation } from '../../../runtime-ui/src/common/router.js';
import { type SessionView, useSession } from '../../../runtime-ui/src/common/session.js';
import { SHELL_MESSAGES } from '../../../runtime-ui/src/common/shell-messages.js';
import { LanguagePicker } from '../../../runtime-ui/src/pages/language-picker.js';
import { AdminSiteProvider } from '../site/admin-site-context.js';
import { Workspace } from '../site/workspace.js';
import { ImportPage } from '../sites/import-page.js';
import { NewSitePage } from '../sites/new-site-page.js';
import { SitesPage } from '../sites/sites-page.js';
import { ADMIN_MESSAGES } from './admin-messages.js';
import { adminPaths, parseAdminRoute } from './admin-routes.js';

/** The signed-in frame of the admin UI: top bar and the page the path names. */
export function AdminShell({ view }: { view: SessionView }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const { pathname } = useLocation();
  const route = parseAdminRoute(pathname);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a navigation, keyboard and screen-reader users start at the new page's content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every path change
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus({ preventScroll: true });
  }, [pathname]);
  const site = 'site' in route ? route.site : undefined;
  return (
    <>
      <a className="skip-link" href="#main">
        {t(SHELL_MESSAGES, 'skipToContent')}
      </a>
      <header className="topbar">
        <Link to={adminPaths.sites()} className="brand admin-brand">
          {t(SHELL_MESSAGES, 'appName')} · {t(ADMIN_MESSAGES, 'admin')}
        </Link>
        <span className="spacer" />
        <a href="/" className="small-text">
          {t(ADMIN_MESSAGES, 'caseworkerUi')}
        </a>
        <LanguagePicker />
        <span className="muted user-name">{view.user.displayName}</span>
        <button type="button" onClick={() => void signOut().then(() => navigate(adminPaths.sites()))}>
          {t(SHELL_MESSAGES, 'signOut')}
        </button>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page admin-page">
        {site !== undefined && (route.page === 'workspace' || route.page === 'definition') ? (
          <AdminSiteProvider key={site} siteId={site}>
            <Workspace route={route} view={view} />
          </AdminSiteProvider>
        ) : route.page === 'sites' ? (
          <SitesPage view={view} />
        ) : route.page === 'new-site' ? (
          <NewSitePage view={view} />
        ) : route.page === 'import' ? (
          <ImportPage />
        ) : (
          <p>{t(SHELL_MESSAGES, 'notFound')}</p>
        )}
      </main>
    </>
  );
}
