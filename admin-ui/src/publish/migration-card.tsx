import { useEffect, useId, useMemo, useState } from 'react';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { AdminError } from '../api/admin-error.js';
import type { Mappings, MigrationRecord, VersionSummary } from '../api/admin-types.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { MigrationProgress, MigrationReport } from './migration-report.js';
import { PUBLISH_MESSAGES as M } from './publish-messages.js';

type Row = { kind: 'field' | 'stage' | 'task'; form: string; from: string; to: string; on: boolean };

const mappingsOf = (rows: readonly Row[]): Mappings => {
  const on = rows.filter((r) => r.on && r.from !== '' && r.to !== '');
  return {
    fields: on.filter((r) => r.kind === 'field').map(({ form, from, to }) => ({ form, from, to })),
    options: [],
    stages: Object.fromEntries(on.filter((r) => r.kind === 'stage').map((r) => [r.from, r.to])),
    tasks: Object.fromEntries(on.filter((r) => r.kind === 'task').map((r) => [r.from, r.to])),
  };
};

/** Polls a running migration until it ends. */
function usePolling(run: MigrationRecord | undefined, onUpdate: (r: MigrationRecord) => void) {
  const site = useAdminSite();
  useEffect(() => {
    if (run === undefined || run.status !== 'running') return;
    const timer = window.setTimeout(() => {
      site.api
        .migration(run.id)
        .then(({ migration }) => onUpdate(migration))
        .catch(() => onUpdate(run));
    }, 400);
    return () => window.clearTimeout(timer);
  }, [run, site.api, onUpdate]);
}

function MappingRows({ rows, setRows }: { rows: Row[]; setRows: (rows: Row[]) => void }) {
  const { t } = useI18n();
  const id = useId();
  const set = (i: number, row: Row) => setRows(rows.map((r, j) => (j === i ? row : r)));
  return (
    <fieldset className="mappings">
      <legend>{t(M, 'mappingsTitle')}</legend>
      <p className="muted small-text">{t(M, 'mappingsIntro')}</p>
      {rows.length === 0 && <p className="small-text">{t(M, 'noMappings')}</p>}
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place
        <div key={i} className="mapping-row">
          <input
            id={`${id}-on-${i}`}
            type="checkbox"
            checked={row.on}
            onChange={(e) => set(i, { ...row, on: e.target.checked })}
            aria-label={t(M, 'fieldMapping', { form: row.form, from: row.from, to: row.to })}
          />
          <select
            aria-label={t(M, 'mappingKind')}
            value={row.kind}
            onChange={(e) => set(i, { ...row, kind: e.target.value as Row['kind'] })}
          >
            {(['field', 'stage', 'task'] as const).map((k) => (
              <option key={k} value={k}>
                {t(M, `kind_${k}`)}
              </option>
            ))}
          </select>
          {row.kind === 'field' && (
            <input
              className="code"
              aria-label={t(M, 'mapForm')}
              placeholder={t(M, 'mapForm')}
              value={row.form}
              onChange={(e) => set(i, { ...row, form: e.target.value.trim() })}
            />
          )}
          <input
            className="code"
            aria-label={t(M, 'mapFrom')}
            placeholder={t(M, 'mapFrom')}
            value={row.from}
            onChange={(e) => set(i, { ...row, from: e.target.value.trim() })}
          />
          <span aria-hidden="true">→</span>
          <input
            className="code"
            aria-label={t(M, 'mapTo')}
            placeholder={t(M, 'mapTo')}
            value={row.to}
            onChange={(e) => set(i, { ...row, to: e.target.value.trim() })}
          />
        </div>
      ))}
      <button
        type="button"
        className="small"
        onClick={() => setRows([...rows, { kind: 'field', form: '', from: '', to: '', on: true }])}
      >
        + {t(M, 'addMapping')}
      </button>
    </fieldset>
  );
}

/**
 * Migrating open cases between versions: renames proposed from the diff, a dry run (counts,
 * before/after samples, refusals), then the run applied in batches with a progress bar.
 */
export function MigrationCard({
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
  const candidates = versions.filter((v) => !v.active && v.openCases > 0);
  const [fromId, setFromId] = useState('');
  const [toId, setToId] = useState('');
  const from = fromId || candidates[0]?.versionId || '';
  const to = toId || active?.versionId || '';
  const [rows, setRows] = useState<Row[]>([]);
  const [dry, setDry] = useState<{ run: MigrationRecord; key: string }>();
  const [run, setRun] = useState<MigrationRecord>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const mappings = useMemo(() => mappingsOf(rows), [rows]);
  const key = `${from}|${to}|${JSON.stringify(mappings)}`;
  // Renames proposed by the diff between the two versions.
  useEffect(() => {
    if (from === '' || to === '' || from === to) return;
    let live = true;
    setDry(undefined);
    site.api
      .diff({ from, to })
      .then((diff) => {
        if (!live) return;
        setRows(
          diff.changes
            .filter((c) => c.code === 'field_renamed_candidate' && c.kind === 'form')
            .map((c) => ({
              kind: 'field',
              form: c.definitionId,
              from: String(c.params.from),
              to: String(c.params.to),
              on: true,
            })),
        );
      })
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [from, to, site.api]);
  usePolling(run, (next) => {
    setRun(next);
    if (next.status !== 'running') onChanged();
  });
  const start = async (dryRun: boolean) => {
    setBusy(true);
    setError(undefined);
    try {
      const { migration } = await site.api.startMigration({
        fromVersionId: from,
        toVersionId: to,
        mappings,
        dryRun,
      });
      if (dryRun) setDry({ run: migration, key });
      else {
        setRun(migration);
        setDry(undefined);
        if (migration.status !== 'running') onChanged();
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const allowed = site.can('definitions.migrate');
  const fresh = dry !== undefined && dry.key === key;
  return (
    <section className="card migration-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t(M, 'migrateTitle')}</h2>
      <p className="muted small-text">{t(M, 'migrateIntro')}</p>
      {run && run.status === 'running' && <MigrationProgress run={run} />}
      {run && run.status !== 'running' && <MigrationReport run={run} />}
      {run?.status === 'failed' && (
        <p className="notice notice-error">{t(M, 'runFailed', { error: run.report?.error ?? '' })}</p>
      )}
      {candidates.length === 0 ? (
        <p>{t(M, 'nothingToMigrate')}</p>
      ) : (
        <>
          <div className="inline-controls">
            <div>
              <label htmlFor={`${id}-from`}>{t(M, 'fromVersion')}</label>
              <select id={`${id}-from`} value={from} onChange={(e) => setFromId(e.target.value)}>
                {candidates.map((v) => (
                  <option key={v.versionId} value={v.versionId}>
                    {t(M, 'versionOption', { n: v.version, cases: v.openCases })}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={`${id}-to`}>{t(M, 'toVersion')}</label>
              <select id={`${id}-to`} value={to} onChange={(e) => setToId(e.target.value)}>
                {versions
                  .filter((v) => v.versionId !== from)
                  .map((v) => (
                    <option key={v.versionId} value={v.versionId}>
                      {v.version}
                      {v.active ? ` (${t(M, 'active')})` : ''}
                    </option>
                  ))}
              </select>
            </div>
          </div>
          <MappingRows rows={rows} setRows={setRows} />
          {allowed && (
            <div className="form-actions">
              <button
                type="button"
                disabled={busy || from === '' || to === ''}
                onClick={() => void start(true)}
              >
                {t(M, 'dryRun')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy || !fresh || run?.status === 'running'}
                onClick={() => void start(false)}
              >
                {t(M, 'apply', {
                  n: dry?.run.total ?? versions.find((v) => v.versionId === from)?.openCases ?? 0,
                })}
              </button>
              {!fresh && <span className="muted small-text">{t(M, 'applyFirst')}</span>}
            </div>
          )}
          {dry && fresh && <MigrationReport run={dry.run} />}
        </>
      )}
      <AdminError error={error} />
    </section>
  );
}
