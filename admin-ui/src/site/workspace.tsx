import { useEffect } from 'react';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link, navigate } from '../../../runtime-ui/src/common/router.js';
import type { SessionView } from '../../../runtime-ui/src/common/session.js';
import { ADMIN_MESSAGES } from '../app/admin-messages.js';
import { type AdminRoute, adminPaths, type WorkspaceTab } from '../app/admin-routes.js';
import { ChangesPage } from '../changes/changes-page.js';
import { CheckPage } from '../check/check-page.js';
import { DefinitionEditorPage } from '../definitions/definition-editor-page.js';
import { DefinitionsPage } from '../definitions/definitions-page.js';
import { KpiPage } from '../kpis/kpi-page.js';
import { PublishPage } from '../publish/publish-page.js';
import { UsersPage } from '../users/users-page.js';
import { type AdminSite, useAdminSite } from './admin-site-context.js';

/** What each tab needs: the tab is offered only with one of these permissions. */
const TAB_PERMISSION: Readonly<Record<WorkspaceTab, string>> = {
  definitions: 'definitions.read',
  check: 'definitions.read',
  changes: 'definitions.read',
  publish: 'definitions.read',
  users: 'users.manage',
  kpis: 'kpi.read',
};

export const tabsOf = (site: AdminSite): WorkspaceTab[] =>
  (Object.keys(TAB_PERMISSION) as WorkspaceTab[]).filter((tab) => site.can(TAB_PERMISSION[tab]));

type WorkspaceRoute = Extract<AdminRoute, { page: 'workspace' | 'definition' }>;

/** A site's workspace: its name, how many changes wait for publishing, the tabs and the current tab's page. */
export function Workspace({ route }: { route: WorkspaceRoute; view: SessionView }) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const current: WorkspaceTab = route.page === 'definition' ? 'definitions' : route.tab;
  const tabs = tabsOf(site);
  const allowed = tabs.includes(current);
  // A site opened at a tab the role does not have (the default, Definitions, for readers of
  // indicators only) shows the first tab it has instead.
  useEffect(() => {
    if (!allowed && tabs[0] !== undefined) navigate(adminPaths.tab(site.id, tabs[0]), { replace: true });
  }, [allowed, tabs, site.id]);
  const pending = site.list?.items.filter((i) => i.status !== 'published').length ?? 0;
  return (
    <>
      <nav className="site-nav workspace-nav" aria-label={t(ADMIN_MESSAGES, 'workspaceNav')}>
        <p className="site-name">
          <Link to={adminPaths.sites()}>{t(ADMIN_MESSAGES, 'allSites')}</Link>
          {' / '}
          <span>{l(site.bundle.site.name)}</span>{' '}
          <span className="badge muted">{t(ADMIN_MESSAGES, 'publishedVersion', { n: site.version })}</span>{' '}
          {site.list !== undefined && (
            <span className={pending > 0 ? 'badge badge-warn' : 'badge muted'}>
              {pending > 0
                ? t(ADMIN_MESSAGES, 'draftsPending', { n: pending })
                : t(ADMIN_MESSAGES, 'noDrafts')}
            </span>
          )}
        </p>
        <ul>
          {tabs.map((tab) => (
            <li key={tab}>
              <Link to={adminPaths.tab(site.id, tab)} aria-current={tab === current ? 'page' : undefined}>
                {t(ADMIN_MESSAGES, `tab_${tab}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {!allowed ? (
        <p className="notice notice-warn">{t(ADMIN_MESSAGES, 'notAllowed')}</p>
      ) : route.page === 'definition' ? (
        <DefinitionEditorPage key={`${route.kind}/${route.id}`} kind={route.kind} id={route.id} />
      ) : (
        <TabPage tab={route.tab} />
      )}
    </>
  );
}

function TabPage({ tab }: { tab: WorkspaceTab }) {
  switch (tab) {
    case 'definitions':
      return <DefinitionsPage />;
    case 'check':
      return <CheckPage />;
    case 'changes':
      return <ChangesPage />;
    case 'publish':
      return <PublishPage />;
    case 'users':
      return <UsersPage />;
    case 'kpis':
      return <KpiPage />;
  }
}
