import { formatDateTime } from '../../../runtime-ui/src/common/format.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import type { VersionSummary } from '../api/admin-types.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { PUBLISH_MESSAGES as M } from './publish-messages.js';

/** Every published version, newest first, with who published it, why, and the open cases on it. */
export function VersionsCard({ versions }: { versions: readonly VersionSummary[] }) {
  const { t, locale } = useI18n();
  const site = useAdminSite();
  return (
    <section className="card" aria-labelledby="versions-title">
      <h2 id="versions-title">{t(M, 'versionsTitle')}</h2>
      <div className="table-scroll">
        <table className="data-table versions-table">
          <thead>
            <tr>
              <th scope="col">{t(M, 'version')}</th>
              <th scope="col">{t(M, 'publishedAt')}</th>
              <th scope="col">{t(M, 'by')}</th>
              <th scope="col">{t(M, 'noteColumn')}</th>
              <th scope="col" className="num">
                {t(M, 'openCases')}
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.versionId} className={v.active ? 'row-active' : undefined}>
                <th scope="row">
                  {v.version} {v.active && <span className="badge badge-ok">{t(M, 'active')}</span>}
                </th>
                <td>{formatDateTime(v.publishedAt, locale, site.timeZone)}</td>
                <td>{v.publishedByName ?? t(M, 'system')}</td>
                <td className="small-text">{v.note}</td>
                <td className="num">{v.openCases}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
