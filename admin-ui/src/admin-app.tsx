import { useI18n } from '../../runtime-ui/src/common/i18n.js';
import { useSession } from '../../runtime-ui/src/common/session.js';
import { SHELL_MESSAGES } from '../../runtime-ui/src/common/shell-messages.js';
import { LanguagePicker } from '../../runtime-ui/src/pages/language-picker.js';
import { LoginPage } from '../../runtime-ui/src/pages/login-page.js';
import { SitesPage } from '../../runtime-ui/src/pages/sites-page.js';

/** The admin application for partnership boards and implementers. */
export function AdminApp() {
  const { t } = useI18n();
  const { view, loading, signOut } = useSession();
  if (loading) return <p className="page">{t(SHELL_MESSAGES, 'loading')}</p>;
  if (view === null) return <LoginPage />;
  return (
    <>
      <header className="topbar">
        <strong>{t(SHELL_MESSAGES, 'appName')} · admin</strong>
        <span className="spacer" />
        <LanguagePicker />
        <span className="muted">{view.user.displayName}</span>
        <button type="button" onClick={() => void signOut()}>
          {t(SHELL_MESSAGES, 'signOut')}
        </button>
      </header>
      <main className="page">
        <SitesPage />
      </main>
    </>
  );
}
