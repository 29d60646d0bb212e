import { COMMON_MESSAGES } from './common/common-messages.js';
import { useI18n } from './common/i18n.js';
import { useSession } from './common/session.js';
import { LoginPage } from './pages/login-page.js';
import { Shell } from './shell/shell.js';

/** The caseworker application: sign-in, then the user's work in their current site and agency. */
export function App() {
  const { t } = useI18n();
  const { view, loading } = useSession();
  if (loading) return <p className="page">{t(COMMON_MESSAGES, 'loading')}</p>;
  if (view === null) return <LoginPage />;
  return <Shell view={view} />;
}
