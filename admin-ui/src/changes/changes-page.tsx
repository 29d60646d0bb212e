import { useId } from 'react';
import { COMMON_MESSAGES } from '../../../runtime-ui/src/common/common-messages.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { navigate, useLocation } from '../../../runtime-ui/src/common/router.js';
import { useResource } from '../../../runtime-ui/src/common/use-resource.js';
import { useTitle } from '../../../runtime-ui/src/common/use-title.js';
import { adminBase } from '../api/admin-api.js';
import { AdminError } from '../api/admin-error.js';
import type { SemanticDiff, VersionSummary } from '../api/admin-types.js';
import { adminPaths } from '../app/admin-routes.js';
import { ProblemList } from '../check/problem-list.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { ChangeList } from './change-list.js';
import { CHANGES_MESSAGES as M } from './changes-messages.js';
import { useChangeNames } from './use-change-names.js';

/** The semantic diff: the drafts (or two versions) in domain words, with impact counts from live cases. */
export function ChangesPage() {
  const { t } = useI18n();
  const site = useAdminSite();
  const { search } = useLocation();
  const id = useId();
  useTitle(t(M, 'title'));
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  const base = adminBase(site.id);
  const path = from !== '' && to !== '' ? `${base}/diff?from=${from}&to=${to}` : `${base}/diff`;
  const diff = useResource<SemanticDiff>(path);
  const versions = useResource<{ versions: VersionSummary[] }>(`${base}/versions`);
  const list = versions.data?.versions ?? [];
  const pairs = list.slice(0, -1).map((v, i) => ({ to: v, from: list[i + 1] as VersionSummary }));
  const names = useChangeNames();
  const changes = diff.data?.changes ?? [];
  const definitions = new Set(changes.map((c) => `${c.kind}:${c.definitionId}`)).size;
  const touching = changes.filter((c) => (c.affected ?? 0) > 0).length;
  return (
    <section aria-labelledby="changes-title">
      <div className="page-head">
        <div>
          <h1 id="changes-title">{t(M, 'title')}</h1>
          <p className="muted">{t(M, 'intro')}</p>
        </div>
        <div>
          <label htmlFor={`${id}-compare`}>{t(M, 'compare')}</label>
          <select
            id={`${id}-compare`}
            value={from === '' ? '' : `${from}|${to}`}
            onChange={(e) => {
              const [f, x] = e.target.value.split('|');
              navigate(adminPaths.tab(site.id, 'changes', { from: f, to: x }), { replace: true });
            }}
          >
            <option value="">{t(M, 'draftsVsActive')}</option>
            {pairs.map((p) => (
              <option key={p.to.versionId} value={`${p.from.versionId}|${p.to.versionId}`}>
                {t(M, 'versionVsVersion', { from: p.from.version, to: p.to.version })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <AdminError error={diff.error} onReload={() => void diff.reload()} />
      {diff.data === undefined && diff.error === undefined && <p>{t(COMMON_MESSAGES, 'loading')}</p>}
      {diff.data?.problems.some((p) => p.severity === 'error') && (
        <div className="card">
          <p className="notice notice-error">{t(M, 'problems')}</p>
          <ProblemList problems={diff.data.problems} />
        </div>
      )}
      {diff.data !== undefined && changes.length > 0 && (
        <p className="notice" role="status">
          {t(M, 'summary', { changes: changes.length, definitions, touching })}
        </p>
      )}
      {diff.data !== undefined && !diff.data.problems.some((p) => p.severity === 'error') && (
        <ChangeList changes={changes} siteId={site.id} names={names} />
      )}
    </section>
  );
}
