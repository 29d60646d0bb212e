import { useState } from 'react';
import { formatDay } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { taskName } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { useCase } from './case-context.js';
import { TASK_MESSAGES } from './task-messages.js';

/**
 * When each recurring review is next due, and moving one to another day (the SOP says how far
 * it may move; the server refuses, with reasons, outside that).
 */
export function ReviewDates() {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view, sop, act, busy } = useCase();
  const reviews = Object.entries(view.state.reviews);
  if (reviews.length === 0 || view.case.status !== 'open') return null;
  return (
    <div className="review-dates">
      <h3>{t(TASK_MESSAGES, 'nextReviews')}</h3>
      <ul>
        {reviews.map(([id, schedule]) => (
          <ReviewDate
            key={id}
            id={id}
            name={l(taskName(sop, id)) || id}
            due={schedule.dueDate}
            editable={site.can('review.schedule')}
            busy={busy}
            onMove={(date) => act({ type: 'adjust_review', review: id, date })}
            text={t(TASK_MESSAGES, 'reviewOn', {
              review: l(taskName(sop, id)) || id,
              date: formatDay(schedule.dueDate, locale),
            })}
          />
        ))}
      </ul>
    </div>
  );
}

type Props = {
  id: string;
  name: string;
  due: string;
  text: string;
  editable: boolean;
  busy: boolean;
  onMove: (date: string) => Promise<boolean>;
};

function ReviewDate({ id, name, due, text, editable, busy, onMove }: Props) {
  const { t } = useI18n();
  const [date, setDate] = useState(due);
  const field = `review-date-${id}`;
  return (
    <li>
      <span>{text}</span>
      {editable && (
        <span className="inline-controls">
          <label htmlFor={field} className="visually-hidden">
            {t(TASK_MESSAGES, 'moveReview', { review: name })}
          </label>
          <input id={field} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <button
            type="button"
            className="small"
            disabled={busy || date === due || date === ''}
            onClick={() => void onMove(date)}
          >
            {t(TASK_MESSAGES, 'changeDate')}
          </button>
        </span>
      )}
    </li>
  );
}
