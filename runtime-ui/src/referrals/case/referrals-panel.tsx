import { useState } from 'react';
import type { ReferralDefinition } from '../../../../platform/definitions/definition-types.generated.js';
import { receiverOf } from '../../../../platform/referrals/receiver.js';
import { useCase } from '../../cases/case-context.js';
import { COMMON_MESSAGES } from '../../common/common-messages.js';
import { ErrorMessage } from '../../common/error-message.js';
import { formatDate, formatDay } from '../../common/format.js';
import { useI18n } from '../../common/i18n.js';
import { Link } from '../../common/router.js';
import { paths } from '../../common/routes.js';
import { useResource } from '../../common/use-resource.js';
import { useSite } from '../../site/site-context.js';
import type { ReferralSummary, ServiceEligibility } from '../referral-api-types.js';
import { PlanStepText } from './plan-step-text.js';
import { currentDeadline, receiverName, sendableProtocols, summaryReceiver } from './referral-lines.js';
import { SENDING_MESSAGES } from './sending-messages.js';
import { StartReferralDialog } from './start-referral-dialog.js';
import './referrals.css';

type Starting = { readonly protocol: ReferralDefinition; readonly service: string | null };

/** The case's referrals: what was sent and where it stands, the services the client may get, and referring. */
export function ReferralsPanel() {
  const { t, locale } = useI18n();
  const site = useSite();
  const { view, base } = useCase();
  const list = useResource<{ items: ReferralSummary[] }>(`${base}/referrals`);
  const services = useResource<{ services: ServiceEligibility[] }>(
    `${base}/eligible-services?locale=${encodeURIComponent(locale)}`,
  );
  const [starting, setStarting] = useState<Starting | null>(null);
  const open = view.case.status !== 'closed';
  const protocols =
    open && site.can('referral.send') ? sendableProtocols(site.bundle, site.partnerId, site.roleId) : [];
  const mayUse = new Set(protocols.map((p) => p.id));
  return (
    <>
      <div className="panel-grid">
        <section className="card panel-main" aria-labelledby="referrals-title">
          <h2 id="referrals-title">{t(SENDING_MESSAGES, 'referrals')}</h2>
          <ErrorMessage error={list.error} onReload={() => void list.reload()} />
          {list.data === undefined && list.error === undefined && <p>{t(COMMON_MESSAGES, 'loading')}</p>}
          {list.data?.items.length === 0 && <p className="muted">{t(SENDING_MESSAGES, 'noReferrals')}</p>}
          {list.data && list.data.items.length > 0 && (
            <ul className="referral-list">
              {[...list.data.items].reverse().map((r) => (
                <ReferralItem key={r.id} summary={r} />
              ))}
            </ul>
          )}
        </section>
        <div className="panel-side">
          {protocols.length > 0 && (
            <section className="card" aria-labelledby="start-referral-title">
              <h2 id="start-referral-title">{t(SENDING_MESSAGES, 'startTitle')}</h2>
              <ul className="protocol-list">
                {protocols.map((p) => (
                  <ProtocolItem
                    key={p.id}
                    protocol={p}
                    onStart={() => setStarting({ protocol: p, service: null })}
                  />
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>
      <section className="card services-card" aria-labelledby="services-title">
        <h2 id="services-title">{t(SENDING_MESSAGES, 'services')}</h2>
        <p className="muted small-text">{t(SENDING_MESSAGES, 'servicesIntro')}</p>
        <ErrorMessage error={services.error} onReload={() => void services.reload()} />
        {services.data === undefined && services.error === undefined && (
          <p>{t(COMMON_MESSAGES, 'loading')}</p>
        )}
        {services.data?.services.length === 0 && <p className="muted">{t(SENDING_MESSAGES, 'noServices')}</p>}
        <ul className="service-list">
          {services.data?.services.map((s) => {
            const protocol = s.referral !== null ? site.bundle.referrals[s.referral] : undefined;
            return (
              <ServiceItem
                key={s.service}
                service={s}
                onRefer={
                  protocol && s.eligible && mayUse.has(protocol.id)
                    ? () => setStarting({ protocol, service: s.service })
                    : undefined
                }
              />
            );
          })}
        </ul>
      </section>
      {starting && (
        <StartReferralDialog
          base={base}
          protocol={starting.protocol}
          service={starting.service}
          onClose={() => setStarting(null)}
        />
      )}
    </>
  );
}

function ReferralItem({ summary: r }: { summary: ReferralSummary }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view } = useCase();
  const link = site.bundle.referrals[r.protocolId]?.planLink;
  const due = currentDeadline(r);
  const receiver = l(summaryReceiver(site.bundle, r));
  const draft = r.status === 'draft';
  return (
    <li className="referral-item">
      <div className="referral-item-head">
        <Link to={draft ? paths.referralDraft(site.id, r.id) : paths.referral(site.id, r.id)}>
          <strong>{l(r.protocolName ?? undefined) || r.protocolId}</strong>
        </Link>{' '}
        <span className={`badge referral-status status-${r.status}`}>
          {t(SENDING_MESSAGES, `status_${r.status}`)}
        </span>
        {due?.overdue && <span className="badge badge-danger">{t(SENDING_MESSAGES, 'overdue')}</span>}
      </div>
      <p className="muted small-text">
        {receiver && (
          <>
            {t(SENDING_MESSAGES, 'toReceiver', { name: receiver })}
            {' · '}
          </>
        )}
        {r.sentAt
          ? t(SENDING_MESSAGES, 'sentOn', { date: formatDate(r.sentAt, locale, site.timeZone) })
          : t(SENDING_MESSAGES, 'startedOn', { date: formatDate(r.createdAt, locale, site.timeZone) })}
        {due && (
          <>
            {' · '}
            {t(SENDING_MESSAGES, `due_${due.kind}`, { date: formatDay(due.dueDate, locale) })}
          </>
        )}
      </p>
      {link && typeof r.planStep === 'number' && (
        <p className="muted small-text">
          <PlanStepText link={link} step={r.planStep} plan={view.data[link.form]} />
        </p>
      )}
      {draft && (
        <Link className="small-text" to={paths.referralDraft(site.id, r.id)}>
          {t(SENDING_MESSAGES, 'continueDraft')}
        </Link>
      )}
    </li>
  );
}

function ProtocolItem({ protocol, onStart }: { protocol: ReferralDefinition; onStart: () => void }) {
  const { t, l } = useI18n();
  const site = useSite();
  const receiver = l(receiverName(site.bundle, receiverOf(site.bundle, protocol)));
  const name = l(protocol.name) || protocol.id;
  return (
    <li className="protocol-item">
      <span>
        {name}
        {receiver && (
          <span className="muted small-text"> · {t(SENDING_MESSAGES, 'toReceiver', { name: receiver })}</span>
        )}
      </span>
      <button type="button" onClick={onStart} aria-label={t(SENDING_MESSAGES, 'referTo', { name })}>
        {t(SENDING_MESSAGES, 'refer')}
      </button>
    </li>
  );
}

function ServiceItem({
  service: s,
  onRefer,
}: {
  service: ServiceEligibility;
  onRefer: (() => void) | undefined;
}) {
  const { t, l } = useI18n();
  const name = l(s.name) || s.service;
  const verdict = s.eligible
    ? s.status === 'gap'
      ? t(SENDING_MESSAGES, 'gap')
      : s.referral === null
        ? t(SENDING_MESSAGES, 'noRoute')
        : t(SENDING_MESSAGES, 'eligible')
    : t(SENDING_MESSAGES, 'notEligible');
  return (
    <li className={`service-item ${s.eligible ? 'service-eligible' : 'service-not-eligible'}`}>
      <div className="service-item-head">
        <span>
          <strong>{name}</strong>{' '}
          <span className={`badge ${s.eligible ? 'badge-ok' : 'muted'}`}>{verdict}</span>
        </span>
        {onRefer && (
          <button type="button" onClick={onRefer} aria-label={t(SENDING_MESSAGES, 'referTo', { name })}>
            {t(SENDING_MESSAGES, 'refer')}
          </button>
        )}
      </div>
      {(s.explanation.length > 0 || s.error) && (
        <details>
          <summary>{t(SENDING_MESSAGES, 'why')}</summary>
          {s.error && <p className="small-text">{t(SENDING_MESSAGES, 'unchecked', { error: s.error })}</p>}
          <ul className="trace small-text">
            {s.explanation.map((line, i) => (
              <li
                // biome-ignore lint/suspicious/noArrayIndexKey: the trace's lines have no identity but their order
                key={i}
                style={{ paddingInlineStart: `${line.depth}em` }}
                className={line.passed === false ? 'trace-failed' : undefined}
              >
                {line.passed === true ? '✓ ' : line.passed === false ? '✗ ' : ''}
                {line.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
