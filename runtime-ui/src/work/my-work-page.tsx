import { useState } from 'react';
import type { Page, WorkTask } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import { WaitingReferrals } from '../inbox/waiting-referrals.js';
import { useSite } from '../site/site-context.js';
import { RecentCases } from './recent-cases.js';
import { TaskTable } from './task-table.js';
import { FILTERS, matches, type WorkFilter } from './work-filters.js';
import { WORK_MESSAGES } from './work-messages.js';

/** "My work": tasks due and overdue, reviews, approvals waiting, and my recently changed cases. */
export function MyWorkPage() {
  const { t } = useI18n();
  const site = useSite();
  useTitle(t(WORK_MESSAGES, 'title'));
  const tasks = useResource<Page<WorkTask>>(
    `/api/sites/${encodeURIComponent(site.id)}/work/tasks?limit=200`,
    {
      sameInEveryLanguage: true,
    },
  );
  const [filter, setFilter] = useState<WorkFilter>('all');
  const now = Date.now();
  const items = tasks.data?.items ?? [];
  const count = (f: WorkFilter) => items.filter((x) => matches(x, f, now)).length;
  const offered = FILTERS.filter((f) => f === 'all' || f === 'overdue' || f === 'week' || count(f) > 0);
  return (
    <div className="work-page">
      <div className="page-head">
        <h1>{t(WORK_MESSAGES, 'title')}</h1>
        {site.can('person.read') && (
          <Link className="button primary" to={paths.persons(site.id)}>
            {t(WORK_MESSAGES, 'findPerson')}
          </Link>
        )}
      </div>
      <div className="panel-grid">
        <section className="card panel-main" aria-labelledby="queue-title">
          <h2 id="queue-title">{t(WORK_MESSAGES, 'queue')}</h2>
          <p className="muted">
            {t(WORK_MESSAGES, 'summary', {
              overdue: count('overdue'),
              week: count('week'),
              approvals: count('approval'),
            })}
          </p>
          <fieldset className="chips">
            <legend className="visually-hidden">{t(WORK_MESSAGES, 'filters')}</legend>
            {offered.map((f) => (
              <button
                key={f}
                type="button"
                className={`chip${f === 'overdue' && count(f) > 0 ? ' chip-alert' : ''}`}
                aria-pressed={filter === f}
                onClick={() => setFilter(f)}
              >
                {t(WORK_MESSAGES, `filter_${f}`)} <span className="count">{count(f)}</span>
              </button>
            ))}
          </fieldset>
          <ErrorMessage error={tasks.error} onReload={() => void tasks.reload()} />
          {tasks.data === undefined && tasks.error === undefined ? (
            <p>{t(COMMON_MESSAGES, 'loading')}</p>
          ) : (
            <TaskTable tasks={items.filter((x) => matches(x, filter, now))} />
          )}
        </section>
        <div className="panel-side">
          <WaitingReferrals />
          <RecentCases />
        </div>
      </div>
    </div>
  );
}
