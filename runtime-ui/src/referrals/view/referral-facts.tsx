import type { ReactNode } from 'react';
import { optionOf } from '../../../../platform/referrals/options.js';
import { formatDate, formatDay } from '../../common/format.js';
import { useI18n } from '../../common/i18n.js';
import { useSite } from '../../site/site-context.js';
import type { ReferralView } from '../referral-api-types.js';
import { REFERRAL_MESSAGES } from './referral-messages.js';
import { partnerName, receiverName } from './referral-parties.js';

/** A deadline in words, flagged when it has passed. */
function Due({ due, overdue }: { due: { dueDate: string } | null; overdue: boolean }) {
  const { t, locale } = useI18n();
  const site = useSite();
  if (due === null) return null;
  const passed = overdue || due.dueDate < site.today();
  return (
    <>
      {formatDay(due.dueDate, locale)}{' '}
      {passed && <strong className="badge badge-danger">{t(REFERRAL_MESSAGES, 'overdue')}</strong>}
    </>
  );
}

/** Who refers whom to whom, under which protocol, why, where it stands and by when. */
export function ReferralFacts({ detail }: { detail: ReferralView }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const r = detail.referral;
  const protocol = site.bundle.referrals[detail.protocol.id];
  const reason = r.reason === null ? undefined : optionOf(site.bundle, protocol?.reasons, r.reason);
  const receiver =
    r.receiver.kind === 'partner'
      ? { partnerId: r.receiver.partnerId, serviceId: r.serviceId }
      : { partnerId: null, serviceId: r.receiver.serviceId };
  const waiting = r.status === 'requested' || r.status === 'received';
  const running = r.status === 'accepted' || r.status === 'in_progress' || r.status === 'on_hold';
  const service = r.serviceId ? site.bundle.services[r.serviceId] : undefined;
  const rows: [string, ReactNode][] = [
    [t(REFERRAL_MESSAGES, 'status'), <strong key="s">{t(REFERRAL_MESSAGES, `status_${r.status}`)}</strong>],
    [t(REFERRAL_MESSAGES, 'protocol'), l(detail.protocol.name ?? undefined) || detail.protocol.id],
    [t(REFERRAL_MESSAGES, 'sender'), partnerName(site.bundle, r.sender.partnerId, l)],
    [
      t(REFERRAL_MESSAGES, 'receiver'),
      [
        receiverName(site.bundle, receiver, l),
        service && r.receiver.kind === 'partner' ? l(service.name) : '',
      ]
        .filter(Boolean)
        .join(' — '),
    ],
  ];
  if (r.reason !== null) rows.push([t(REFERRAL_MESSAGES, 'reason'), l(reason?.label) || r.reason]);
  if (r.sentAt !== null)
    rows.push([t(REFERRAL_MESSAGES, 'sentAt'), formatDate(r.sentAt, locale, site.timeZone)]);
  if (waiting && r.responseDue)
    rows.push([
      t(REFERRAL_MESSAGES, 'responseDue'),
      <Due key="r" due={r.responseDue} overdue={r.overdue.response} />,
    ]);
  if (running && r.completionDue)
    rows.push([
      t(REFERRAL_MESSAGES, 'completionDue'),
      <Due key="c" due={r.completionDue} overdue={r.overdue.completion} />,
    ]);
  return (
    <dl className="facts referral-facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
