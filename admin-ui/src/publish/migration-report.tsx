import type { JsonObject } from '../../../platform/kernel/json.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import type { MigrationRecord, MigrationSample } from '../api/admin-types.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { PUBLISH_MESSAGES as M } from './publish-messages.js';

const shown = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** The facts that differ between before and after, as `form.field: old → new`. */
export function factChanges(before: JsonObject, after: JsonObject): string[] {
  const lines: string[] = [];
  for (const form of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = (before[form] ?? {}) as JsonObject;
    const b = (after[form] ?? {}) as JsonObject;
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)]))
      if (JSON.stringify(a[field]) !== JSON.stringify(b[field]))
        lines.push(`${form}.${field}: ${shown(a[field])} → ${shown(b[field])}`);
  }
  return lines;
}

/** Names of stages and tasks (any SOP of the site), for samples that name them by id. */
function useStateWords() {
  const { l } = useI18n();
  const site = useAdminSite();
  const sops = Object.values(site.bundle.sops);
  const stage = (id: string) => l(sops.flatMap((s) => s.stages).find((x) => x.id === id)?.name) || id;
  const task = (id: string) =>
    l(
      sops
        .flatMap((s) => [
          ...s.stages.flatMap((x) => x.tasks ?? []),
          ...(s.approvals ?? []),
          ...(s.reviews ?? []),
          ...(s.discretionaryTasks ?? []),
        ])
        .find((x) => x.id === id)?.name,
    ) || id;
  return { stage, tasks: (ids: readonly string[]) => ids.map(task).join(', ') || '—', siteId: site.id };
}

function Sample({ sample }: { sample: MigrationSample }) {
  const { t } = useI18n();
  const words = useStateWords();
  const facts = factChanges(sample.before.facts, sample.after.facts);
  return (
    <tr>
      <th scope="row">
        <a
          href={`/sites/${encodeURIComponent(words.siteId)}/cases/${encodeURIComponent(sample.caseId)}`}
          className="small-text"
        >
          <code>…{sample.caseId.slice(-8)}</code>
        </a>
      </th>
      <td className="small-text">
        <p>{t(M, 'stageLine', { stage: words.stage(sample.before.stage) })}</p>
        <p>{t(M, 'tasksLine', { tasks: words.tasks(sample.before.openTasks) })}</p>
      </td>
      <td className="small-text">
        <p>{t(M, 'stageLine', { stage: words.stage(sample.after.stage) })}</p>
        <p>{t(M, 'tasksLine', { tasks: words.tasks(sample.after.openTasks) })}</p>
        <ul className="fact-changes">
          {[...sample.changes, ...facts].map((line) => (
            <li key={line}>
              <code>{line}</code>
            </li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

/** A run's outcome: counts, before/after samples and the cases that would be (or were) refused. */
export function MigrationReport({ run }: { run: MigrationRecord }) {
  const { t } = useI18n();
  const samples = run.report?.samples ?? [];
  const refused = run.report?.invalid ?? [];
  return (
    <div
      className="migration-report"
      data-dry-run={run.dryRun}
      data-total={run.total}
      data-migrated={run.migrated}
      data-failed={run.failed}
    >
      <p className={run.failed > 0 ? 'notice notice-warn' : 'notice notice-ok'} role="status">
        {run.dryRun
          ? t(M, 'dryRunResult', { migrated: run.migrated, total: run.total, failed: run.failed })
          : t(M, 'applied', { migrated: run.migrated, total: run.total, failed: run.failed })}
      </p>
      {samples.length > 0 && (
        <details className="table-scroll" open={run.dryRun}>
          <summary>{t(M, 'samples')}</summary>
          <table className="data-table samples-table">
            <thead>
              <tr>
                <th scope="col">{t(M, 'case')}</th>
                <th scope="col">{t(M, 'before')}</th>
                <th scope="col">{t(M, 'after')}</th>
              </tr>
            </thead>
            <tbody>
              {samples.map((s) => (
                <Sample key={s.caseId} sample={s} />
              ))}
            </tbody>
          </table>
        </details>
      )}
      {refused.length > 0 && (
        <details>
          <summary>
            {t(M, 'refused')} ({refused.length})
          </summary>
          <ul className="small-text">
            {refused.map((r) => (
              <li key={r.caseId}>
                <code>{r.caseId.slice(0, 8)}…</code>: {r.problems.map((p) => p.message).join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** A progress bar of a running migration. */
export function MigrationProgress({ run }: { run: MigrationRecord }) {
  const { t } = useI18n();
  const done = run.migrated + run.failed;
  const total = Math.max(run.total, 1);
  return (
    <div className="migration-progress">
      <label htmlFor={`progress-${run.id}`}>{t(M, 'progress', { done, total: run.total })}</label>
      <progress id={`progress-${run.id}`} max={total} value={done}>
        {Math.round((done / total) * 100)}%
      </progress>
    </div>
  );
}
