import { useId, useState } from 'react';
import { api } from '../../../runtime-ui/src/common/api-client.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import { useTitle } from '../../../runtime-ui/src/common/use-title.js';
import { AdminError } from '../api/admin-error.js';
import type { ImportReport } from '../api/admin-types.js';
import { adminPaths } from '../app/admin-routes.js';
import { ChangeList } from '../changes/change-list.js';
import { CHECK_MESSAGES } from '../check/check-messages.js';
import { ProblemLines } from '../check/problem-list.js';
import { SITE_MESSAGES as M } from './site-messages.js';

function Report({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const errors = report.problems.filter((p) => p.severity === 'error');
  return (
    <div className="import-report" aria-live="polite">
      <p className="notice">{t(M, report.exists ? 'forExisting' : 'forNew', { id: report.siteId })}</p>
      {report.sameAsActive && <p className="notice notice-ok">{t(M, 'sameAsActive')}</p>}
      {report.declaredHash !== null && report.hash !== null && report.declaredHash !== report.hash && (
        <p className="notice notice-warn">{t(M, 'editedSince')}</p>
      )}
      {report.problems.length > 0 && (
        <section className="card" aria-labelledby="import-problems">
          <h2 id="import-problems">{t(CHECK_MESSAGES, 'problemsTitle')}</h2>
          <ProblemLines problems={errors.length > 0 ? report.problems : report.problems.slice(0, 50)} />
        </section>
      )}
      {report.failures.length > 0 && (
        <section className="card" aria-labelledby="import-failures">
          <h2 id="import-failures">{t(M, 'failures')}</h2>
          <ul className="small-text">
            {report.failures.map((f) => (
              <li key={`${f.definitionId}${f.message}`} className="error">
                {f.definitionId}: {f.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!report.sameAsActive && (
        <section aria-labelledby="import-changes">
          <h2 id="import-changes">{t(M, 'changes')}</h2>
          <ChangeList changes={report.changes.slice(0, 300)} />
        </section>
      )}
    </div>
  );
}

/** Importing a bundle file: read, dry run (diff, problems, tests), then applied on request. */
export function ImportPage() {
  const { t } = useI18n();
  const id = useId();
  useTitle(t(M, 'importTitle'));
  const [bundle, setBundle] = useState<unknown>();
  const [report, setReport] = useState<ImportReport>();
  const [applied, setApplied] = useState<ImportReport>();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [parseError, setParseError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const read = async (file: File | undefined) => {
    setReport(undefined);
    setApplied(undefined);
    setError(undefined);
    setParseError(null);
    if (file === undefined) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text()) as unknown;
    } catch (e) {
      setParseError(e instanceof Error ? e.message : String(e));
      return;
    }
    setBundle(parsed);
    setBusy(true);
    try {
      setReport(await api<ImportReport>('/api/admin/import', { body: { bundle: parsed } }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setApplied(
        await api<ImportReport>('/api/admin/import', {
          body: { bundle, apply: true, ...(note ? { note } : {}) },
        }),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const canApply =
    report !== undefined &&
    !report.sameAsActive &&
    report.failures.length === 0 &&
    !report.problems.some((p) => p.severity === 'error');
  return (
    <section aria-labelledby="import-title">
      <h1 id="import-title">{t(M, 'importTitle')}</h1>
      <p className="muted">{t(M, 'importIntro')}</p>
      <div className="card">
        <label htmlFor={`${id}-file`}>{t(M, 'file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => void read(e.target.files?.[0])}
        />
        {busy && <p aria-live="polite">{t(M, 'reading')}</p>}
        {parseError !== null && (
          <p className="error" role="alert">
            {t(M, 'notJson', { message: parseError })}
          </p>
        )}
        <AdminError error={error} />
      </div>
      {applied && (
        <div className="notice notice-ok" role="status">
          <p>
            {applied.published
              ? t(M, 'imported', { id: applied.siteId, version: applied.published.version })
              : t(M, 'nothingImported')}
          </p>
          <Link to={adminPaths.tab(applied.siteId, 'publish')}>{t(M, 'openWorkspace')}</Link>
        </div>
      )}
      {report && !applied && (
        <>
          <Report report={report} />
          {canApply && (
            <div className="card">
              <label htmlFor={`${id}-note`}>{t(M, 'note')}</label>
              <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
              <div className="form-actions">
                <button type="button" className="primary" disabled={busy} onClick={() => void apply()}>
                  {t(M, 'applyImport')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
