import { useI18n } from '../../runtime-ui/src/common/i18n.js';
import { useSession } from '../../runtime-ui/src/common/session.js';
import { SHELL_MESSAGES } from '../../runtime-ui/src/common/shell-messages.js';
import { LoginPage } from '../../runtime-ui/src/pages/login-page.js';
import { AdminShell } from './app/admin-shell.js';

/** The admin application for partnership boards and implementers: sign-in, then the shell. */
export function AdminApp() {
  const { t } = useI18n();
  const { view, loading } = useSession();
  if (loading) return <p className="page">{t(SHELL_MESSAGES, 'loading')}</p>;
  if (view === null) return <LoginPage />;
  return <AdminShell view={view} />;
}
