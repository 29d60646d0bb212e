import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDateTime } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { useSite } from '../site/site-context.js';
import { useCase } from './case-context.js';
import { historyLines } from './history-lines.js';
import { PANEL_MESSAGES } from './panel-messages.js';

/** The shared case history: who did what when, newest first. */
export function HistoryPanel() {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { sop, history, view } = useCase();
  const { items, error } = history;
  const names = new Map(view.team.map((m) => [m.userId, m.displayName]));
  const context = { bundle: site.bundle, sop, locale, l, names };
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t(PANEL_MESSAGES, 'history')}</h2>
      <ErrorMessage error={error} />
      {items === undefined && error === undefined && <p>{t(COMMON_MESSAGES, 'loading')}</p>}
      {items?.length === 0 && <p className="muted">{t(PANEL_MESSAGES, 'noHistory')}</p>}
      <ol className="timeline">
        {[...(items ?? [])].reverse().map((event) => {
          const lines = historyLines(context, event);
          if (lines.length === 0) return null;
          return (
            <li key={event.id}>
              <p className="timeline-meta">
                <time dateTime={event.at}>{formatDateTime(event.at, locale, site.timeZone)}</time> ·{' '}
                {event.actorName ?? t(PANEL_MESSAGES, 'system')}
              </p>
              <ul>
                {lines.map((text, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines of one event are fixed
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
