import { useId } from 'react';
import { COMMON_MESSAGES } from '../../../runtime-ui/src/common/common-messages.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { navigate, useLocation } from '../../../runtime-ui/src/common/router.js';
import { useResource } from '../../../runtime-ui/src/common/use-resource.js';
import { useTitle } from '../../../runtime-ui/src/common/use-title.js';
import { AdminError } from '../api/admin-error.js';
import type { KpiDashboard } from '../api/admin-types.js';
import { adminPaths } from '../app/admin-routes.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { KpiCard } from './kpi-card.js';
import { KPI_MESSAGES as M } from './kpi-messages.js';

const PERIODS = ['week', 'month', 'quarter', 'year'] as const;

/** The KPI dashboard: every indicator of the site for a period, range and agency; CSV of the same. */
export function KpiPage() {
  const { t, l, locale } = useI18n();
  const site = useAdminSite();
  const { search } = useLocation();
  const id = useId();
  useTitle(t(M, 'title'));
  const params = {
    period: search.get('period') ?? '',
    from: search.get('from') ?? '',
    to: search.get('to') ?? '',
    agency: search.get('agency') ?? '',
  };
  const query = new URLSearchParams(
    Object.entries({ ...params, locale }).filter(([, v]) => v !== ''),
  ).toString();
  const base = `/api/sites/${encodeURIComponent(site.id)}`;
  const dashboard = useResource<KpiDashboard>(`${base}/kpis?${query}`);
  const set = (name: keyof typeof params, value: string) =>
    navigate(adminPaths.tab(site.id, 'kpis', { ...params, [name]: value }), { replace: true });
  return (
    <section aria-labelledby="kpi-title">
      <div className="page-head">
        <div>
          <h1 id="kpi-title">{t(M, 'title')}</h1>
          <p className="muted">{t(M, 'intro')}</p>
        </div>
        <a className="button" href={`${base}/kpis.csv?${query}`} download>
          {t(M, 'csv')}
        </a>
      </div>
      <div className="filters card">
        <div>
          <label htmlFor={`${id}-period`}>{t(M, 'period')}</label>
          <select id={`${id}-period`} value={params.period} onChange={(e) => set('period', e.target.value)}>
            <option value="">{t(M, 'asDefined')}</option>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(M, `period_${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-from`}>{t(M, 'from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={params.from}
            onChange={(e) => set('from', e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-to`}>{t(M, 'to')}</label>
          <input id={`${id}-to`} type="date" value={params.to} onChange={(e) => set('to', e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-agency`}>{t(M, 'agency')}</label>
          <select id={`${id}-agency`} value={params.agency} onChange={(e) => set('agency', e.target.value)}>
            <option value="">{t(M, 'allAgencies')}</option>
            {site.bundle.site.partners.map((p) => (
              <option key={p.id} value={p.id}>
                {l(p.name) || p.id}
              </option>
            ))}
          </select>
        </div>
      </div>
      <AdminError error={dashboard.error} onReload={() => void dashboard.reload()} />
      {dashboard.data === undefined && dashboard.error === undefined && (
        <p aria-live="polite">{t(COMMON_MESSAGES, 'loading')}</p>
      )}
      {dashboard.data?.indicators.length === 0 && <p>{t(M, 'none')}</p>}
      <div className="kpi-grid">
        {dashboard.data?.indicators.map((kpi) => (
          <KpiCard key={`${kpi.indicatorId}|${query}`} kpi={kpi} query={query} />
        ))}
      </div>
    </section>
  );
}
