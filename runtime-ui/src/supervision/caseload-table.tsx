import type { WorkerLoad } from '../common/api-types.js';
import { formatNumber } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { SUPERVISION_MESSAGES } from './supervision-messages.js';

/** Per worker: open cases, weighted load against the cap (with a bar), overdue tasks. */
export function CaseloadTable({ workers }: { workers: readonly WorkerLoad[] }) {
  const { t, locale } = useI18n();
  if (workers.length === 0) return <p className="muted">{t(SUPERVISION_MESSAGES, 'noWorkers')}</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
    <section className="table-scroll" aria-labelledby="caseload-title" tabIndex={0}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t(SUPERVISION_MESSAGES, 'worker')}</th>
            <th scope="col" className="num">
              {t(SUPERVISION_MESSAGES, 'openCases')}
            </th>
            <th scope="col">{t(SUPERVISION_MESSAGES, 'weightedLoad')}</th>
            <th scope="col" className="num">
              {t(SUPERVISION_MESSAGES, 'overdueTasks')}
            </th>
          </tr>
        </thead>
        <tbody>
          {workers.map((w) => {
            const cap = w.limits.maxWeightedLoad;
            const percent = w.utilisation === null ? null : Math.round(w.utilisation * 100);
            return (
              <tr key={w.userId} className={w.overCapacity ? 'row-alert' : undefined}>
                <th scope="row">
                  {w.displayName}{' '}
                  {w.overCapacity && (
                    <span className="badge badge-danger">{t(SUPERVISION_MESSAGES, 'overCapacity')}</span>
                  )}
                </th>
                <td className="num">
                  {w.openCases}
                  {w.limits.maxCases !== null && <span className="muted"> / {w.limits.maxCases}</span>}
                </td>
                <td>
                  <span>
                    {formatNumber(w.weightedLoad, locale)} /{' '}
                    {cap === null ? t(SUPERVISION_MESSAGES, 'noCap') : formatNumber(cap, locale)}
                  </span>
                  {percent !== null && (
                    <span className="meter" aria-hidden="true">
                      <span
                        className={percent > 100 ? 'meter-fill over' : 'meter-fill'}
                        style={{ width: `${Math.min(percent, 100)}%` }}
                      />
                    </span>
                  )}
                </td>
                <td className={`num${w.overdueTasks > 0 ? ' overdue' : ''}`}>{w.overdueTasks}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
