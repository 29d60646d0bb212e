import { useId, useState } from 'react';
import { api } from '../../../runtime-ui/src/common/api-client.js';
import { formatDay, formatNumber } from '../../../runtime-ui/src/common/format.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { AdminError } from '../api/admin-error.js';
import type { KpiView } from '../api/admin-types.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { BarChart, LineChart } from './charts.js';
import { KPI_MESSAGES as M } from './kpi-messages.js';

/** How an indicator's values are written: percent, days, counts. */
export function useValueFormat(unit: KpiView['unit']) {
  const { t, locale } = useI18n();
  return (v: number) =>
    unit === 'percent'
      ? `${formatNumber(v, locale, 1)} %`
      : unit === 'days'
        ? t(M, 'days', { n: formatNumber(v, locale, 1) })
        : formatNumber(v, locale, unit === 'count' ? 0 : 1);
}

/**
 * One indicator: its latest value against the target, the time series as a line with the target,
 * and (with a breakdown) the groups as bars over the whole range; the numbers on demand.
 */
export function KpiCard({ kpi: initial, query }: { kpi: KpiView; query: string }) {
  const { t, locale } = useI18n();
  const site = useAdminSite();
  const id = useId();
  const [kpi, setKpi] = useState(initial);
  const [error, setError] = useState<unknown>();
  const format = useValueFormat(kpi.unit);
  const totals = kpi.periods.map((p) => ({
    label: p.label,
    value: kpi.cells.find((c) => c.period === p.key && c.group === null)?.value ?? null,
  }));
  const latest = [...totals].reverse().find((p) => p.value !== null);
  const latestCell = kpi.cells.find(
    (c) => c.group === null && c.period === kpi.periods.find((p) => p.label === latest?.label)?.key,
  );
  const whole = kpi.cells.find((c) => c.period === null && c.group === null);
  const dimension = kpi.groupBy[0];
  const dimensionLabel = kpi.dimensions?.find((d) => d.path === dimension)?.label ?? dimension ?? '';
  const bars = kpi.cells
    .filter((c) => c.period === null && c.group !== null && c.value !== null)
    .map((c) => ({
      label:
        Object.values(c.groupLabels ?? {}).join(' · ') ||
        Object.values(c.group ?? {})
          .map(String)
          .join(' · '),
      value: c.value as number,
    }));
  const regroup = (path: string) => {
    setError(undefined);
    api<KpiView>(
      `/api/sites/${encodeURIComponent(site.id)}/kpis/${encodeURIComponent(kpi.indicatorId)}?${query}&groupBy=${encodeURIComponent(path)}`,
    )
      .then(setKpi)
      .catch(setError);
  };
  const targetText = kpi.target
    ? t(M, 'target', { direction: t(M, kpi.target.direction), value: format(kpi.target.value) })
    : null;
  return (
    <article className="card kpi-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{kpi.name}</h2>
      {kpi.description && <p className="muted small-text kpi-description">{kpi.description}</p>}
      <div className="kpi-figures">
        <p className="kpi-value">
          <span className="kpi-number">{latest?.value != null ? format(latest.value) : t(M, 'noData')}</span>
          <span className="muted small-text">{latest ? t(M, 'latest', { period: latest.label }) : ''}</span>
        </p>
        {whole?.value != null && (
          <p className="small-text">
            {t(M, 'wholeRange')}: <strong>{format(whole.value)}</strong>
          </p>
        )}
        {targetText && (
          <p className="small-text">
            {targetText}{' '}
            {latestCell?.meetsTarget != null && (
              <span className={`badge ${latestCell.meetsTarget ? 'badge-ok' : 'badge-warn'}`}>
                {t(M, latestCell.meetsTarget ? 'met' : 'notMet')}
              </span>
            )}
          </p>
        )}
      </div>
      <LineChart
        points={totals}
        target={kpi.target?.value ?? null}
        format={format}
        axisFormat={(v) => formatNumber(v, locale, 1)}
        title={t(M, 'chartOver', {
          name: kpi.name,
          from: formatDay(kpi.from, locale),
          to: formatDay(kpi.to, locale),
        })}
        description={t(M, 'chartDesc', {
          values: totals.map((p) => `${p.label}: ${p.value === null ? '—' : format(p.value)}`).join('; '),
        })}
      />
      {(kpi.dimensions?.length ?? 0) > 0 && (
        <div className="inline-field kpi-breakdown">
          <label htmlFor={`${id}-group`}>{t(M, 'groupBy')}</label>
          <select id={`${id}-group`} value={dimension ?? ''} onChange={(e) => regroup(e.target.value)}>
            <option value="">{t(M, 'noBreakdown')}</option>
            {kpi.dimensions?.map((d) => (
              <option key={d.path} value={d.path}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {bars.length > 0 && (
        <BarChart
          bars={bars}
          format={format}
          target={kpi.unit === 'percent' ? (kpi.target?.value ?? null) : null}
          title={t(M, 'barsOver', { name: kpi.name, dimension: dimensionLabel })}
        />
      )}
      <AdminError error={error} />
      <details className="kpi-numbers">
        <summary>{t(M, 'asTable')}</summary>
        <table className="data-table small-text">
          <thead>
            <tr>
              <th scope="col">{t(M, 'period')}</th>
              <th scope="col" className="num">
                {t(M, 'value')}
              </th>
              <th scope="col" className="num">
                {t(M, 'records')}
              </th>
            </tr>
          </thead>
          <tbody>
            {kpi.periods.map((p) => {
              const cell = kpi.cells.find((c) => c.period === p.key && c.group === null);
              return (
                <tr key={p.key}>
                  <th scope="row">{p.label}</th>
                  <td className="num">{cell?.value == null ? '—' : format(cell.value)}</td>
                  <td className="num">{cell?.count ?? 0}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </article>
  );
}
