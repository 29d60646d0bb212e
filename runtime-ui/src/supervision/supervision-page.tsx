import type { Page, WorkerLoad, WorkTask } from '../common/api-types.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import { EmergencyAccessList } from '../emergency/emergency-access-list.js';
import { useSite } from '../site/site-context.js';
import { TaskTable } from '../work/task-table.js';
import { CaseloadTable } from './caseload-table.js';
import { SupervisedCases } from './supervised-cases.js';
import { SUPERVISION_MESSAGES } from './supervision-messages.js';

/** The supervisor's page: caseload per worker, approvals waiting, and the agency's cases to reassign. */
export function SupervisionPage() {
  const { t } = useI18n();
  const site = useSite();
  const base = `/api/sites/${encodeURIComponent(site.id)}/work`;
  const caseload = useResource<{ workers: WorkerLoad[] }>(`${base}/caseload`, { sameInEveryLanguage: true });
  const tasks = useResource<Page<WorkTask>>(`${base}/tasks?limit=200`, { sameInEveryLanguage: true });
  useTitle(t(SUPERVISION_MESSAGES, 'title'));
  const approvals = tasks.data?.items.filter((x) => x.kind === 'approval') ?? [];
  return (
    <div className="supervision-page">
      <h1>{t(SUPERVISION_MESSAGES, 'title')}</h1>
      <section className="card" aria-labelledby="caseload-title">
        <h2 id="caseload-title">{t(SUPERVISION_MESSAGES, 'caseloads')}</h2>
        <ErrorMessage error={caseload.error} />
        {caseload.data && <CaseloadTable workers={caseload.data.workers} />}
      </section>
      <section className="card" aria-labelledby="approvals-waiting">
        <h2 id="approvals-waiting">
          {t(SUPERVISION_MESSAGES, 'approvalsWaiting')} <span className="count">{approvals.length}</span>
        </h2>
        <ErrorMessage error={tasks.error} />
        <TaskTable tasks={approvals} />
      </section>
      <SupervisedCases
        workers={caseload.data?.workers ?? []}
        onChanged={() => void Promise.all([caseload.reload(), tasks.reload()])}
      />
      <EmergencyAccessList />
    </div>
  );
}
