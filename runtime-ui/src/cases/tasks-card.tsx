import { useId, useState } from 'react';
import type { CaseAction } from '../common/api-types.js';
import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { taskName } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { BlockedReasons } from './blocked-reasons.js';
import { useCase } from './case-context.js';
import { ReviewDates } from './review-dates.js';
import { TaskItem } from './task-item.js';
import { TASK_MESSAGES } from './task-messages.js';

type AddTask = Extract<CaseAction, { type: 'add_task' }>;

/** Open tasks (approvals are in their own card), the closed ones folded, and discretionary tasks to add. */
export function TasksCard() {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view, sop } = useCase();
  const open = view.state.tasks.filter((task) => task.status === 'open' && task.kind !== 'approval');
  const closed = view.state.tasks.filter((task) => task.status !== 'open');
  return (
    <section className="card" aria-labelledby="tasks-title">
      <h2 id="tasks-title">{t(TASK_MESSAGES, 'tasks')}</h2>
      {open.length === 0 ? (
        <p className="muted">{t(TASK_MESSAGES, 'noOpenTasks')}</p>
      ) : (
        <ul className="task-list">
          {open.map((task) => (
            <TaskItem key={task.id} task={task} />
          ))}
        </ul>
      )}
      <ReviewDates />
      <AddTaskControl actions={view.actions.filter((a): a is AddTask => a.type === 'add_task')} />
      {closed.length > 0 && (
        <details className="closed-tasks">
          <summary>{t(TASK_MESSAGES, 'closedTasks', { n: closed.length })}</summary>
          <ul>
            {closed.map((task) => (
              <li key={task.id}>
                {l(taskName(sop, task.defId)) || t(TASK_MESSAGES, `kind_${task.kind}`)} —{' '}
                {t(TASK_MESSAGES, `status_${task.status}`)}{' '}
                {formatDate(task.completedAt, locale, site.timeZone)}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function AddTaskControl({ actions }: { actions: readonly AddTask[] }) {
  const { t, l } = useI18n();
  const site = useSite();
  const { sop, act, busy } = useCase();
  const id = useId();
  const [chosen, setChosen] = useState('');
  if (actions.length === 0 || !site.can('task.add')) return null;
  const selected = actions.find((a) => a.task === chosen);
  return (
    <div className="add-task">
      <label htmlFor={id}>{t(TASK_MESSAGES, 'addTask')}</label>
      <div className="inline-controls">
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
          <option value="">—</option>
          {actions.map((a) => (
            <option key={a.task} value={a.task}>
              {l(taskName(sop, a.task)) || a.task}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={busy || selected === undefined || selected.blockedBy.length > 0}
          onClick={() => void act({ type: 'add_task', task: chosen }).then((ok) => ok && setChosen(''))}
        >
          {t(TASK_MESSAGES, 'addTask')}
        </button>
      </div>
      {selected && <BlockedReasons reasons={selected.reasons} />}
    </div>
  );
}
