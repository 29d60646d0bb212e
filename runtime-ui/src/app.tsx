import { useI18n } from './common/i18n.js';
import { useSession } from './common/session.js';
import { SHELL_MESSAGES } from './common/shell-messages.js';
import { LanguagePicker } from './pages/language-picker.js';
import { LoginPage } from './pages/login-page.js';
import { SitesPage } from './pages/sites-page.js';

/** The caseworker application: sign-in, then the user's work in their current site and agency. */
export function App() {
  const { t } = useI18n();
  const { view, loading, signOut } = useSession();
  if (loading) return <p className="page">{t(SHELL_MESSAGES, 'loading')}</p>;
  if (view === null) return <LoginPage />;
  return (
    <>
      <header className="topbar">
        <strong>{t(SHELL_MESSAGES, 'appName')}</strong>
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
