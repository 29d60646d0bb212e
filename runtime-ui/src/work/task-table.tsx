import { DueLine } from '../cases/task-item.js';
import { TASK_MESSAGES } from '../cases/task-messages.js';
import type { WorkTask } from '../common/api-types.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { sopOf, stageOf, taskName } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { WORK_MESSAGES } from './work-messages.js';

/** Tasks of several cases: what, for which client, the case's stage, and when it is due. */
export function TaskTable({ tasks }: { tasks: readonly WorkTask[] }) {
  const { t, l } = useI18n();
  const site = useSite();
  if (tasks.length === 0) return <p className="muted">{t(WORK_MESSAGES, 'nothing')}</p>;
  // Work items do not say which SOP their case follows; sites run one SOP per case type.
  const sops = Object.values(site.bundle.sops);
  const name = (defId: string) => sops.map((s) => l(taskName(s, defId))).find((x) => x !== '');
  const stage = (id: string) =>
    sops.map((s) => l(stageOf(sopOf(site.bundle, s.id), id)?.name)).find((x) => x !== '');
  return (
    <ul className="work-list">
      {tasks.map((task) => (
        <li key={task.id} className={task.overdue ? 'work-item overdue-item' : 'work-item'}>
          <div>
            <Link to={paths.case(site.id, task.caseId)} className="work-title">
              {name(task.definitionId) ?? t(TASK_MESSAGES, `kind_${task.kind}`)}
            </Link>
            <p className="muted small-text">
              <span className="badge">{t(TASK_MESSAGES, `kind_${task.kind}`)}</span> {task.personName} ·{' '}
              {stage(task.caseStage) ?? task.caseStage}
            </p>
          </div>
          <DueLine dueAt={task.dueAt} overdue={task.overdue} />
        </li>
      ))}
    </ul>
  );
}
