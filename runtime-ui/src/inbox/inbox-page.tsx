import { useEffect, useState } from 'react';
import { api } from '../common/api-client.js';
import type { Page } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { navigate, useLocation } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import type { ReferralSummary } from '../referrals/referral-api-types.js';
import { useSite } from '../site/site-context.js';
import { type Box, countByFilter, filtersOf, type InboxFilter, listPath } from './inbox-filters.js';
import { INBOX_MESSAGES } from './inbox-messages.js';
import { InboxTable } from './inbox-table.js';

const COUNTED = 200;

/** The boxes this user has: receivers answer and deliver, senders send. */
export function boxesOf(can: (permission: string) => boolean): Box[] {
  return [
    ...(can('referral.respond') || can('referral.deliver') ? (['incoming'] as const) : []),
    ...(can('referral.send') ? (['outgoing'] as const) : []),
  ];
}

/** Referrals sent to the user's agency and sent by it, newest changes first, by status. */
export function InboxPage() {
  const { t } = useI18n();
  const site = useSite();
  const { search } = useLocation();
  useTitle(t(INBOX_MESSAGES, 'title'));
  const boxes = boxesOf(site.can);
  const asked = search.get('box');
  const box: Box = boxes.find((b) => b === asked) ?? boxes[0] ?? 'incoming';
  const filters = filtersOf(box);
  const filter = filters.find((f) => f === search.get('status')) ?? 'all';
  const go = (next: { box?: Box; status?: InboxFilter }) => {
    const query = new URLSearchParams({ box: next.box ?? box, status: next.status ?? filter });
    navigate(`${paths.inbox(site.id)}?${query}`, { replace: true });
  };
  const counted = useResource<Page<ReferralSummary>>(listPath(site.id, box, 'all', null, COUNTED), {
    sameInEveryLanguage: true,
  });
  const first = useResource<Page<ReferralSummary>>(listPath(site.id, box, filter), {
    sameInEveryLanguage: true,
  });
  const [more, setMore] = useState<{ items: ReferralSummary[]; next: string | null } | null>(null);
  const [moreError, setMoreError] = useState<unknown>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new first page starts the list again
  useEffect(() => setMore(null), [first.data]);
  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const next = more ? more.next : (first.data?.next ?? null);
  const loadMore = async () => {
    try {
      const page = await api<Page<ReferralSummary>>(listPath(site.id, box, filter, next));
      setMore({ items: [...(more?.items ?? []), ...page.items], next: page.next });
    } catch (error) {
      setMoreError(error);
    }
  };
  const counts = countByFilter(counted.data?.items ?? [], filters);
  const partial = counted.data?.next != null;
  return (
    <div className="inbox-page">
      <div className="page-head">
        <h1>{t(INBOX_MESSAGES, 'title')}</h1>
      </div>
      {boxes.length > 1 && (
        <nav className="tabs" aria-label={t(INBOX_MESSAGES, 'boxes')}>
          <ul>
            {boxes.map((b) => (
              <li key={b}>
                <a
                  href={`${paths.inbox(site.id)}?box=${b}`}
                  aria-current={b === box ? 'page' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    go({ box: b, status: 'all' });
                  }}
                >
                  {t(INBOX_MESSAGES, `box_${b}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <section className="card" aria-labelledby="inbox-box-title">
        <h2 id="inbox-box-title">{t(INBOX_MESSAGES, `box_${box}`)}</h2>
        <fieldset className="chips">
          <legend className="visually-hidden">{t(INBOX_MESSAGES, 'filters')}</legend>
          {filters.map((f) => (
            <button
              key={f}
              type="button"
              className={`chip${f === 'waiting' && box === 'incoming' && counts[f] > 0 ? ' chip-alert' : ''}`}
              aria-pressed={filter === f}
              onClick={() => go({ status: f })}
            >
              {t(INBOX_MESSAGES, `filter_${f}`)}{' '}
              <span className="count">
                {counts[f]}
                {partial ? '+' : ''}
              </span>
            </button>
          ))}
        </fieldset>
        {partial && <p className="muted small-text">{t(INBOX_MESSAGES, 'countsPartial', { n: COUNTED })}</p>}
        <ErrorMessage error={first.error ?? moreError} onReload={() => void first.reload()} />
        {first.data === undefined && first.error === undefined ? (
          <p>{t(COMMON_MESSAGES, 'loading')}</p>
        ) : (
          <InboxTable items={items} caption={t(INBOX_MESSAGES, `box_${box}`)} />
        )}
        {next !== null && (
          <button type="button" onClick={() => void loadMore()}>
            {t(INBOX_MESSAGES, 'more')}
          </button>
        )}
      </section>
    </div>
  );
}
