import { useEffect, useId, useState } from 'react';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { AdminError } from '../api/admin-error.js';
import type { MigrationRecord, Rollback, VersionSummary } from '../api/admin-types.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { MigrationProgress, MigrationReport } from './migration-report.js';
import { PUBLISH_MESSAGES as M } from './publish-messages.js';

/** Rolling back to the previous version, optionally moving back the cases the last migration moved. */
export function RollbackCard({
  versions,
  onChanged,
}: {
  versions: readonly VersionSummary[];
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const active = versions.find((v) => v.active);
  const previous = versions.find(
    (v) => active !== undefined && v.version < active.version && v.hash !== active.hash,
  );
  const [migrateBack, setMigrateBack] = useState(true);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [result, setResult] = useState<Rollback>();
  const [run, setRun] = useState<MigrationRecord | null>(null);
  useEffect(() => {
    if (run === null || run.status !== 'running') return;
    const timer = window.setTimeout(() => {
      site.api
        .migration(run.id)
        .then(({ migration }) => {
          setRun(migration);
          if (migration.status !== 'running') onChanged();
        })
        .catch(setError);
    }, 400);
    return () => window.clearTimeout(timer);
  }, [run, site.api, onChanged]);
  if (!site.can('definitions.publish')) return null;
  const rollBack = async () => {
    if (previous === undefined || !window.confirm(t(M, 'confirmRollback', { n: previous.version }))) return;
    setBusy(true);
    setError(undefined);
    try {
      const done = await site.api.rollback({
        toVersionId: previous.versionId,
        migrateBack: migrateBack && site.can('definitions.migrate'),
        ...(note.trim() ? { note: note.trim() } : {}),
      });
      setResult(done);
      setRun(done.migration);
      setNote('');
      await site.refresh({ site: true });
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card rollback-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(M, 'rollbackTitle')}</h2>
      <p className="muted small-text">{t(M, 'rollbackIntro')}</p>
      {result && (
        <p className="notice notice-ok" role="status">
          {t(M, 'rolledBack', { n: result.published.version, to: result.rolledBackTo.version })}
        </p>
      )}
      {run && run.status === 'running' && <MigrationProgress run={run} />}
      {run && run.status !== 'running' && <MigrationReport run={run} />}
      {previous === undefined ? (
        <p>{t(M, 'noEarlier')}</p>
      ) : (
        <>
          {site.can('definitions.migrate') && (
            <p className="checkbox-line">
              <input
                id={`${id}-back`}
                type="checkbox"
                checked={migrateBack}
                onChange={(e) => setMigrateBack(e.target.checked)}
              />
              <label htmlFor={`${id}-back`}>{t(M, 'migrateBack')}</label>
            </p>
          )}
          <label htmlFor={`${id}-note`}>{t(M, 'note')}</label>
          <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="form-actions">
            <button type="button" className="danger-outline" disabled={busy} onClick={() => void rollBack()}>
              {t(M, 'rollbackTo', { n: previous.version })}
            </button>
          </div>
        </>
      )}
      <AdminError error={error} />
    </section>
  );
}
