import { useCallback } from 'react';
import { formatDateTime } from '../../../runtime-ui/src/common/format.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import { useResource } from '../../../runtime-ui/src/common/use-resource.js';
import { useTitle } from '../../../runtime-ui/src/common/use-title.js';
import { adminBase } from '../api/admin-api.js';
import { AdminError } from '../api/admin-error.js';
import type { MigrationRecord, VersionSummary } from '../api/admin-types.js';
import { adminPaths } from '../app/admin-routes.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { MigrationCard } from './migration-card.js';
import { PublishCard } from './publish-card.js';
import { PUBLISH_MESSAGES as M } from './publish-messages.js';
import { RollbackCard } from './rollback-card.js';
import { VersionsCard } from './versions-card.js';

function Runs({ runs, versions }: { runs: readonly MigrationRecord[]; versions: readonly VersionSummary[] }) {
  const { t, locale } = useI18n();
  const site = useAdminSite();
  if (runs.length === 0) return null;
  const n = (id: string) => versions.find((v) => v.versionId === id)?.version ?? '?';
  return (
    <section className="card" aria-labelledby="runs-title">
      <h2 id="runs-title">{t(M, 'runsTitle')}</h2>
      <ul className="small-text run-list">
        {runs.slice(0, 10).map((r) => (
          <li key={r.id}>
            {t(M, 'runLine', {
              when: formatDateTime(r.startedAt, locale, site.timeZone),
              from: n(r.fromVersionId),
              to: n(r.toVersionId),
              kind: t(M, r.dryRun ? 'runKind_dry' : 'runKind_applied'),
              status: t(M, `status_${r.status}`),
              migrated: r.migrated,
              failed: r.failed,
              total: r.total,
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Publish, migrate open cases, roll back, export: everything about the site's versions on one page. */
export function PublishPage() {
  const { t } = useI18n();
  const site = useAdminSite();
  useTitle(t(M, 'title'));
  const base = adminBase(site.id);
  const versions = useResource<{ versions: VersionSummary[] }>(`${base}/versions`, {
    sameInEveryLanguage: true,
  });
  const runs = useResource<{ migrations: MigrationRecord[] }>(`${base}/migrations`, {
    sameInEveryLanguage: true,
  });
  const list = versions.data?.versions ?? [];
  const newest = Math.max(0, ...list.map((v) => v.version));
  const reload = useCallback(() => {
    void versions.reload();
    void runs.reload();
  }, [versions, runs]);
  return (
    <section aria-labelledby="publish-title">
      <div className="page-head">
        <h1 id="publish-title">{t(M, 'title')}</h1>
      </div>
      <AdminError error={versions.error} onReload={() => void versions.reload()} />
      <div className="two-columns">
        <PublishCard nextVersion={newest + 1} onPublished={reload} />
        <section className="card" aria-labelledby="export-title">
          <h2 id="export-title">{t(M, 'exportTitle')}</h2>
          <p className="muted small-text">{t(M, 'exportIntro')}</p>
          <p>
            <a className="button" href={site.api.exportUrl()} download>
              {t(M, 'download', { n: site.version })}
            </a>
          </p>
          <p>
            <Link to={adminPaths.importBundle(site.id)}>{t(M, 'importHere')}</Link>
          </p>
        </section>
      </div>
      {versions.data && <MigrationCard versions={list} onChanged={reload} />}
      {versions.data && <RollbackCard versions={list} onChanged={reload} />}
      {versions.data && <VersionsCard versions={list} />}
      <Runs runs={runs.data?.migrations ?? []} versions={list} />
    </section>
  );
}
