import type { Page } from '../common/api-types.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDay } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import type { ReferralSummary } from '../referrals/referral-api-types.js';
import { clientNameOf } from '../referrals/view/referral-parties.js';
import { useSite } from '../site/site-context.js';
import { dueOf, listPath } from './inbox-filters.js';
import { INBOX_MESSAGES } from './inbox-messages.js';

/** "My work": referrals sent to the user's agency that wait for its answer, with their deadlines. */
export function WaitingReferrals() {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const answers = site.can('referral.respond');
  const waiting = useResource<Page<ReferralSummary>>(
    answers ? listPath(site.id, 'incoming', 'waiting', null, 50) : null,
    { sameInEveryLanguage: true },
  );
  if (!answers) return null;
  const items = waiting.data?.items ?? [];
  const today = site.today();
  const overdue = items.filter((r) => dueOf(r, today)?.overdue).length;
  const more = waiting.data?.next != null ? '+' : '';
  return (
    <section className="card waiting-referrals" aria-labelledby="waiting-referrals-title">
      <h2 id="waiting-referrals-title">
        {t(INBOX_MESSAGES, 'waitingTitle')}{' '}
        <span className={`count${items.length > 0 ? ' badge badge-warn' : ' badge muted'}`}>
          {items.length}
          {more}
        </span>
      </h2>
      <ErrorMessage error={waiting.error} />
      {waiting.data !== undefined &&
        (items.length === 0 ? (
          <p className="muted">{t(INBOX_MESSAGES, 'waitingNone')}</p>
        ) : (
          <>
            <p className="muted">
              {t(INBOX_MESSAGES, 'waitingCount', { n: `${items.length}${more}`, overdue })}
            </p>
            <ul className="case-list">
              {items.slice(0, 8).map((r) => {
                const due = dueOf(r, today);
                return (
                  <li key={r.id}>
                    <Link to={paths.referral(site.id, r.id)}>
                      <strong>{clientNameOf(site.bundle, r.shared) || t(INBOX_MESSAGES, 'noName')}</strong>
                    </Link>
                    <span className="muted small-text">
                      {' '}
                      {l(r.protocolName ?? undefined) || r.protocolId}
                      {due &&
                        ` · ${t(INBOX_MESSAGES, `due_${due.kind}`, { date: formatDay(due.date, locale) })}`}
                    </span>
                    {due?.overdue && (
                      <>
                        {' '}
                        <strong className="badge badge-danger">{t(INBOX_MESSAGES, 'overdue')}</strong>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ))}
      <p>
        <Link to={`${paths.inbox(site.id)}?box=incoming&status=waiting`}>
          {t(INBOX_MESSAGES, 'waitingAll')}
        </Link>
      </p>
    </section>
  );
}
