import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import { AdminError } from '../api/admin-error.js';
import { adminPaths } from '../app/admin-routes.js';
import { CHECK_MESSAGES } from '../check/check-messages.js';
import { CheckSummary } from '../check/check-page.js';
import { useCheck } from '../check/use-check.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { PUBLISH_MESSAGES as M } from './publish-messages.js';

/** Publishing: the verdict of check and tests first; the button works only when they all pass. */
export function PublishCard({ nextVersion, onPublished }: { nextVersion: number; onPublished: () => void }) {
  const { t } = useI18n();
  const site = useAdminSite();
  const check = useCheck();
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<number | null>(null);
  const allowed = site.can('definitions.publish');
  // The notice is about the version just published; a later one (a rollback publishes one) ends it.
  useEffect(() => {
    if (done !== null && site.version > done) setDone(null);
  }, [site.version, done]);
  const publish = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { published } = await site.api.publish(note);
      setDone(published.version);
      setNote('');
      await site.refresh({ site: true });
      onPublished();
      await check.run();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card publish-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(M, 'publishTitle')}</h2>
      <p className="muted small-text">{t(M, 'publishIntro')}</p>
      {done !== null && (
        <p className="notice notice-ok" role="status">
          {t(M, 'published', { n: done })}
        </p>
      )}
      {check.running && check.check === undefined && <p>{t(CHECK_MESSAGES, 'running')}</p>}
      <CheckSummary state={check} />
      {!check.publishable && check.check !== undefined && (
        <p className="small-text">
          <Link to={adminPaths.tab(site.id, 'check')}>{t(CHECK_MESSAGES, 'title')}</Link>
        </p>
      )}
      {!allowed ? (
        <p className="notice">{t(M, 'noPermission')}</p>
      ) : (
        <>
          <label htmlFor={`${id}-note`}>{t(M, 'note')}</label>
          <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={!check.publishable || busy || check.running}
              onClick={() => void publish()}
            >
              {busy ? t(M, 'publishing') : t(M, 'publish', { n: nextVersion })}
            </button>
          </div>
        </>
      )}
      <AdminError error={error ?? check.error} />
    </section>
  );
}
