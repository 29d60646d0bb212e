import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import { ReadoutView } from '../readout/readout-view.js';
import { useSite } from '../site/site-context.js';
import type { ReferralView } from './referral-api-types.js';
import { CounterReferral } from './view/counter-referral.js';
import { ReferralActionBar } from './view/referral-action-bar.js';
import { REFERRAL_DATA_MESSAGES } from './view/referral-data-messages.js';
import { ReferralFacts } from './view/referral-facts.js';
import { REFERRAL_MESSAGES } from './view/referral-messages.js';
import { clientNameOf } from './view/referral-parties.js';
import { ReferralTimeline } from './view/referral-timeline.js';
import { SharedData } from './view/shared-data.js';

/**
 * One referral as the user's agency sees it, for both sides: who refers whom and why, its status
 * and timeline, the deadlines; the shared data (all a receiver knows of the client), the moves
 * open now, and the counter-referral. A draft belongs to its own page.
 */
export function ReferralPage({ referralId }: { referralId: string }) {
  const { t, l } = useI18n();
  const site = useSite();
  const view = useResource<ReferralView>(
    `/api/sites/${encodeURIComponent(site.id)}/referrals/${encodeURIComponent(referralId)}`,
    { sameInEveryLanguage: true },
  );
  const detail = view.data;
  const title = detail
    ? l(detail.protocol.name ?? undefined) || detail.protocol.id
    : t(REFERRAL_MESSAGES, 'title');
  useTitle(title);
  if (detail === undefined)
    return view.error !== undefined ? (
      <ErrorMessage error={view.error} onReload={() => void view.reload()} />
    ) : (
      <p>{t(COMMON_MESSAGES, 'loading')}</p>
    );
  const r = detail.referral;
  const client = clientNameOf(site.bundle, detail.shared);
  const caseId = detail.side === 'sender' ? r.caseId : undefined;
  const referralForm = detail.protocol.form ? detail.forms[detail.protocol.form] : undefined;
  return (
    <article className="referral-page">
      <p className="breadcrumb">
        <Link to={paths.inbox(site.id)}>← {t(REFERRAL_MESSAGES, 'allReferrals')}</Link>
      </p>
      <div className="page-head">
        <div>
          <p className="eyebrow">{t(REFERRAL_MESSAGES, 'title')}</p>
          <h1>{client ? `${client} — ${title}` : title}</h1>
          <p className="muted">{t(REFERRAL_MESSAGES, `side_${detail.side}`)}</p>
        </div>
        {caseId && (
          <Link className="button" to={paths.case(site.id, caseId)}>
            {t(REFERRAL_DATA_MESSAGES, 'openCase')}
          </Link>
        )}
      </div>
      {r.status === 'draft' ? (
        <div className="notice" role="status">
          <p>{t(REFERRAL_DATA_MESSAGES, 'notSent')}</p>
          {detail.side === 'sender' && site.can('referral.send') && (
            <Link className="button primary" to={paths.referralDraft(site.id, r.id)}>
              {t(REFERRAL_DATA_MESSAGES, 'continueDraft')}
            </Link>
          )}
        </div>
      ) : null}
      <div className="panel-grid">
        <div className="panel-main">
          <section className="card" aria-labelledby="referral-facts-title">
            <h2 id="referral-facts-title">{t(REFERRAL_MESSAGES, 'title')}</h2>
            <ReferralFacts detail={detail} />
            {detail.letter && detail.side === 'sender' && r.status !== 'draft' && (
              <p>
                <Link to={paths.referralLetter(site.id, r.id)}>
                  {t(REFERRAL_DATA_MESSAGES, 'printLetter')}
                </Link>
              </p>
            )}
          </section>
          {r.status !== 'draft' && <ReferralActionBar detail={detail} onChanged={view.set} />}
          {r.status !== 'draft' && <SharedData detail={detail} />}
          {referralForm && detail.protocol.form && (
            <section className="card" aria-labelledby="referral-form-title">
              <h2 id="referral-form-title">{t(REFERRAL_DATA_MESSAGES, 'referralForm')}</h2>
              <ReadoutView formId={detail.protocol.form} data={referralForm.data} />
            </section>
          )}
          {r.status !== 'draft' && <CounterReferral detail={detail} onChanged={view.set} />}
        </div>
        <div className="panel-side">
          <section className="card" aria-labelledby="referral-timeline-title">
            <h2 id="referral-timeline-title">{t(REFERRAL_MESSAGES, 'timeline')}</h2>
            <ReferralTimeline detail={detail} />
          </section>
        </div>
      </div>
    </article>
  );
}
