import { useEffect, useState } from 'react';
import { api } from '../common/api-client.js';
import type { HistoryItem, Page } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDateTime } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { useSite } from '../site/site-context.js';
import { useCase } from './case-context.js';
import { historyLines } from './history-lines.js';
import { PANEL_MESSAGES } from './panel-messages.js';

const MAX_PAGES = 10;

/** The case's whole history, oldest first from the API, read from all its pages. */
function useHistory(base: string, version: number) {
  const [items, setItems] = useState<HistoryItem[] | undefined>();
  const [error, setError] = useState<unknown>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new case version has new events
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const all: HistoryItem[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const answer: Page<HistoryItem> = await api<Page<HistoryItem>>(`${base}/history?limit=200${query}`);
        all.push(...answer.items);
        cursor = answer.next;
        if (cursor === null) break;
      }
      if (!cancelled) setItems(all);
    })().catch((e: unknown) => !cancelled && setError(e));
    return () => {
      cancelled = true;
    };
  }, [base, version]);
  return { items, error };
}

/** The shared case history: who did what when, newest first. */
export function HistoryPanel() {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view, sop, base } = useCase();
  const { items, error } = useHistory(base, view.case.version);
  const context = { bundle: site.bundle, sop, locale, l };
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
