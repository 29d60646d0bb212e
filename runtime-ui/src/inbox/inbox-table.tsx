import { formatDate, formatDay } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import type { ReferralSummary } from '../referrals/referral-api-types.js';
import { REFERRAL_MESSAGES } from '../referrals/view/referral-messages.js';
import { clientNameOf, partnerName, receiverName } from '../referrals/view/referral-parties.js';
import { useSite } from '../site/site-context.js';
import { dueOf } from './inbox-filters.js';
import { INBOX_MESSAGES } from './inbox-messages.js';

/** Referrals of one box: the client as shared, the protocol, the other side, status and deadline. */
export function InboxTable({ items, caption }: { items: readonly ReferralSummary[]; caption: string }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const today = site.today();
  if (items.length === 0) return <p className="muted">{t(INBOX_MESSAGES, 'none')}</p>;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard (axe scrollable-region-focusable)
    <section className="table-scroll" aria-label={caption} tabIndex={0}>
      <table className="data-table referral-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t(INBOX_MESSAGES, 'col_client')}</th>
            <th scope="col">{t(INBOX_MESSAGES, 'col_referral')}</th>
            <th scope="col">
              {t(INBOX_MESSAGES, 'col_from')} → {t(INBOX_MESSAGES, 'col_to')}
            </th>
            <th scope="col">{t(INBOX_MESSAGES, 'col_status')}</th>
            <th scope="col">{t(INBOX_MESSAGES, 'col_due')}</th>
            <th scope="col">{t(INBOX_MESSAGES, 'col_changed')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => {
            const due = dueOf(r, today);
            const name = clientNameOf(site.bundle, r.shared) || t(INBOX_MESSAGES, 'noName');
            return (
              <tr key={r.id} className={due?.overdue ? 'overdue-item' : undefined}>
                <th scope="row">
                  <Link to={paths.referral(site.id, r.id)}>{name}</Link>
                </th>
                <td>{l(r.protocolName ?? undefined) || r.protocolId}</td>
                <td>
                  {partnerName(site.bundle, r.senderPartner, l)} →{' '}
                  {receiverName(
                    site.bundle,
                    { partnerId: r.receiverPartner, serviceId: r.receiverService },
                    l,
                  )}
                </td>
                <td>{t(REFERRAL_MESSAGES, `status_${r.status}`)}</td>
                <td>
                  {due && (
                    <span className={due.overdue ? 'due overdue' : 'due'}>
                      {due.overdue && (
                        <strong className="badge badge-danger">{t(INBOX_MESSAGES, 'overdue')}</strong>
                      )}{' '}
                      {t(INBOX_MESSAGES, `due_${due.kind}`, { date: formatDay(due.date, locale) })}
                    </span>
                  )}
                </td>
                <td>{formatDate(r.updatedAt, locale, site.timeZone)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
