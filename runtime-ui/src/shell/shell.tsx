import { useEffect, useRef } from 'react';
import { useI18n } from '../common/i18n.js';
import { navigate, useLocation } from '../common/router.js';
import { parseRoute, paths } from '../common/routes.js';
import { type SessionView, useSession } from '../common/session.js';
import { SHELL_MESSAGES } from '../common/shell-messages.js';
import { LanguagePicker } from '../pages/language-picker.js';
import { SitesPage } from '../pages/sites-page.js';
import { SiteProvider } from '../site/site-context.js';
import { SitePage } from './site-page.js';

/** The signed-in frame: top bar (context, language, sign-out) and the page the path names. */
export function Shell({ view }: { view: SessionView }) {
  const { t } = useI18n();
  const { signOut } = useSession();
  const { pathname } = useLocation();
  const route = parseRoute(pathname);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const current = view.memberships.find((m) => m.id === view.currentMembershipId) ?? view.memberships[0];
  useEffect(() => {
    if (route.page === 'home' && current !== undefined)
      navigate(paths.work(current.siteId), { replace: true });
  }, [route.page, current]);
  // After a navigation, keyboard and screen-reader users start at the new page's content.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every path change
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [pathname]);
  const site = 'site' in route ? route.site : undefined;
  return (
    <>
      <a className="skip-link" href="#main">
        {t(SHELL_MESSAGES, 'skipToContent')}
      </a>
      <header className="topbar">
        <strong className="brand">{t(SHELL_MESSAGES, 'appName')}</strong>
        <span className="spacer" />
        <LanguagePicker />
        <span className="muted user-name">{view.user.displayName}</span>
        <button type="button" onClick={() => void signOut().then(() => navigate('/'))}>
          {t(SHELL_MESSAGES, 'signOut')}
        </button>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page">
        {site !== undefined ? (
          <SiteProvider key={`${site}|${view.currentMembershipId ?? ''}`} siteId={site}>
            <SitePage route={route} view={view} />
          </SiteProvider>
        ) : route.page === 'home' && current === undefined ? (
          <SitesPage />
        ) : route.page === 'not-found' ? (
          <p>{t(SHELL_MESSAGES, 'notFound')}</p>
        ) : null}
      </main>
    </>
  );
}
