import { useState } from 'react';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { Flash } from '../common/flash.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import { SENDING_MESSAGES } from '../referrals/case/sending-messages.js';
import type { ReferralLetter, SenderReferralView } from '../referrals/referral-api-types.js';
import { useSite } from '../site/site-context.js';
import { PrintFrame } from './print-frame.js';
import '../referrals/case/referrals.css';

/**
 * The referral letter for a receiver not on the system (and the client's copy), by default in the
 * client's language, ready for the browser's print: the protocol's letter and the shared fields only.
 */
export function ReferralLetterPage({ referralId }: { referralId: string }) {
  const { t } = useI18n();
  const site = useSite();
  const base = `/api/sites/${encodeURIComponent(site.id)}/referrals/${encodeURIComponent(referralId)}`;
  const [chosen, setChosen] = useState<string | null>(null);
  const view = useResource<SenderReferralView>(base, { sameInEveryLanguage: true });
  const letter = useResource<{ letter: ReferralLetter }>(
    `${base}/letter${chosen ? `?locale=${encodeURIComponent(chosen)}` : ''}`,
    { sameInEveryLanguage: true },
  );
  useTitle(letter.data?.letter.title ?? t(SENDING_MESSAGES, 'letterTitle'));
  if (letter.error && letter.data === undefined) return <ErrorMessage error={letter.error} />;
  if (letter.data === undefined) return <p>{t(COMMON_MESSAGES, 'loading')}</p>;
  const { letter: l } = letter.data;
  const r = view.data?.side === 'sender' ? view.data.referral : undefined;
  const lines = l.lines;
  return (
    <PrintFrame
      back={
        r ? (
          <Link to={paths.case(site.id, r.caseId, 'referrals')}>← {t(SENDING_MESSAGES, 'referrals')}</Link>
        ) : (
          <Link to={paths.referral(site.id, referralId)}>← {t(SENDING_MESSAGES, 'backToReferral')}</Link>
        )
      }
      languageLabel={t(SENDING_MESSAGES, 'letterFor')}
      language={chosen ?? l.locale}
      onLanguage={setChosen}
    >
      <div className="no-print">
        <Flash />
      </div>
      <article className="letter" lang={l.locale}>
        <h1>{l.title}</h1>
        <p>{l.body}</p>
        {lines.length > 0 && (
          <dl className="letter-lines">
            {lines.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the letter's lines have no identity but their order
              <LetterLine key={i} label={line.label} value={line.value} depth={line.depth} />
            ))}
          </dl>
        )}
      </article>
    </PrintFrame>
  );
}

function LetterLine({ label, value, depth }: { label: string; value: string; depth: number }) {
  return (
    <>
      <dt style={{ paddingInlineStart: `${depth}em` }}>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
