import { useEffect, useState } from 'react';
import { api } from '../common/api-client.js';
import { useI18n } from '../common/i18n.js';
import { SHELL_MESSAGES } from '../common/shell-messages.js';

type SiteItem = { id: string; name: Record<string, string>; version: number };

/** The sites the user works at, each with its published definitions version. */
export function SitesPage() {
  const { t, l } = useI18n();
  const [sites, setSites] = useState<SiteItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    api<{ sites: SiteItem[] }>('/api/sites')
      .then((r) => setSites(r.sites))
      .catch((e: unknown) => setError(String(e)));
  }, []);
  if (error) return <p className="error">{t(SHELL_MESSAGES, 'somethingWrong', { detail: error })}</p>;
  if (sites === null) return <p>{t(SHELL_MESSAGES, 'loading')}</p>;
  return (
    <section>
      <h1>{t(SHELL_MESSAGES, 'yourSites')}</h1>
      {sites.length === 0 && <p>{t(SHELL_MESSAGES, 'noSites')}</p>}
      <ul className="cards">
        {sites.map((s) => (
          <li key={s.id} className="card">
            <h2>{l(s.name)}</h2>
            <p className="muted">
              {s.id} · {t(SHELL_MESSAGES, 'version', { n: s.version })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
