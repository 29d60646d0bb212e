import { useState } from 'react';
import type { TaskInstance } from '../../../platform/workflow/index.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Modal } from '../common/modal.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { roleName, taskDescription, taskName } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { useCase } from './case-context.js';
import { TASK_MESSAGES } from './task-messages.js';

/** The due date of a task, with "overdue" in words (not by colour alone). */
export function DueLine({ dueAt, overdue }: { dueAt: string | null; overdue: boolean }) {
  const { t, locale } = useI18n();
  const site = useSite();
  if (dueAt === null) return <span className="muted">{t(TASK_MESSAGES, 'noDue')}</span>;
  return (
    <span className={overdue ? 'due overdue' : 'due'}>
      {overdue && <strong className="badge badge-danger">{t(TASK_MESSAGES, 'overdue')}</strong>}{' '}
      {t(TASK_MESSAGES, 'due', { date: formatDate(dueAt, locale, site.timeZone) })}
    </span>
  );
}

/** One open task: what, for whom, by when, and how to get it done. */
export function TaskItem({ task }: { task: TaskInstance }) {
  const { t, l } = useI18n();
  const site = useSite();
  const { view, sop, act, busy } = useCase();
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState('');
  const name = l(taskName(sop, task.defId)) || t(TASK_MESSAGES, `kind_${task.kind}`);
  const description = l(taskDescription(sop, task.defId));
  const mine = task.role === site.roleId && site.can('task.complete');
  const formAccess = task.form ? view.forms.find((f) => f.formId === task.form)?.access : undefined;
  return (
    <li className={`task${task.overdue ? ' task-overdue' : ''}`}>
      <div className="task-main">
        <strong>{name}</strong>
        {description && <p className="muted small-text">{description}</p>}
        <p className="task-meta">
          <DueLine dueAt={task.dueAt} overdue={task.overdue} />
          <span className="muted">
            {' '}
            · {t(TASK_MESSAGES, 'forRole', { role: l(roleName(site.bundle, task.role)) })}
          </span>
        </p>
      </div>
      <div className="task-actions">
        {task.form && formAccess === 'write' && (
          <Link className="button primary" to={paths.form(site.id, view.case.id, task.form)}>
            {t(TASK_MESSAGES, 'fillIn', { form: l(site.bundle.forms[task.form]?.title) || task.form })}
          </Link>
        )}
        {!task.form && mine && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void act({ type: 'complete_task', task: task.id })}
          >
            {t(TASK_MESSAGES, 'markDone')}
          </button>
        )}
        {!task.required && mine && (
          <button type="button" disabled={busy} onClick={() => setSkipping(true)}>
            {t(TASK_MESSAGES, 'skip')}
          </button>
        )}
      </div>
      {skipping && (
        <Modal title={t(TASK_MESSAGES, 'skipTitle', { task: name })} onClose={() => setSkipping(false)}>
          <label htmlFor={`skip-${task.id}`}>{t(TASK_MESSAGES, 'skipReason')}</label>
          <textarea
            id={`skip-${task.id}`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
          />
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={busy || reason.trim() === ''}
              onClick={() =>
                void act({ type: 'skip_task', task: task.id, reason: reason.trim() }).then(() =>
                  setSkipping(false),
                )
              }
            >
              {t(TASK_MESSAGES, 'skip').replace('…', '')}
            </button>
            <button type="button" onClick={() => setSkipping(false)}>
              {t(COMMON_MESSAGES, 'cancel')}
            </button>
          </div>
        </Modal>
      )}
    </li>
  );
}
