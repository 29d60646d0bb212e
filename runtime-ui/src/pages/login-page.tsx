import { type FormEvent, useState } from 'react';
import { ApiError } from '../common/api-client.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { useI18n } from '../common/i18n.js';
import { useSession } from '../common/session.js';
import { SHELL_MESSAGES } from '../common/shell-messages.js';
import { LanguagePicker } from './language-picker.js';

/** The sign-in form; errors from the server are shown as they come (one generic message). */
export function LoginPage() {
  const { t } = useI18n();
  const { signIn, ended } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username, password);
    } catch (e) {
      setError(e instanceof ApiError ? e.problem.detail : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="login">
      <form className="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t(SHELL_MESSAGES, 'appName')}</h1>
        <p className="muted">{t(SHELL_MESSAGES, 'tagline')}</p>
        {ended && (
          <p className="notice notice-warn" role="status">
            {t(COMMON_MESSAGES, 'error_unauthenticated')}
          </p>
        )}
        <label htmlFor="username">{t(SHELL_MESSAGES, 'username')}</label>
        <input
          id="username"
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
        />
        <label htmlFor="password">{t(SHELL_MESSAGES, 'password')}</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t(SHELL_MESSAGES, 'signingIn') : t(SHELL_MESSAGES, 'signIn')}
        </button>
        <LanguagePicker />
      </form>
    </main>
  );
}
