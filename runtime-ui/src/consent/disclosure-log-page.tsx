import { useState } from 'react';
import type { PersonRecord } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { formatMessage } from '../common/message-table.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { isUiLocale } from '../common/ui-locales.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import { PrintFrame } from '../print/print-frame.js';
import { PRINT_MESSAGES } from '../print/print-messages.js';
import type { DisclosureLog } from '../referrals/referral-api-types.js';
import { useSite } from '../site/site-context.js';
import { CONSENT_MESSAGES } from './consent-messages.js';
import '../referrals/case/referrals.css';

/**
 * The client's disclosure log to show or print for them: who received or saw their data, when and
 * under which consent, in their language by default (the server's report).
 */
export function DisclosureLogPage({ personId }: { personId: string }) {
  const { t, locale } = useI18n();
  const site = useSite();
  const base = `/api/sites/${encodeURIComponent(site.id)}/persons/${encodeURIComponent(personId)}`;
  const [chosen, setChosen] = useState<string | null>(null);
  const person = useResource<{ person: PersonRecord }>(base, { sameInEveryLanguage: true });
  const log = useResource<DisclosureLog>(
    `${base}/disclosures${chosen ? `?locale=${encodeURIComponent(chosen)}` : ''}`,
    { sameInEveryLanguage: true },
  );
  useTitle(t(CONSENT_MESSAGES, 'disclosures'));
  if (log.error && log.data === undefined) return <ErrorMessage error={log.error} />;
  if (log.data === undefined) return <p>{t(COMMON_MESSAGES, 'loading')}</p>;
  const language = log.data.locale;
  // The copy speaks to the client in their language (the worker's when the UI does not speak it).
  const own = isUiLocale(language) ? language : locale;
  const say = (id: string, params: Record<string, string> = {}) =>
    formatMessage(CONSENT_MESSAGES, id, own, params);
  return (
    <PrintFrame
      back={<Link to={paths.person(site.id, personId)}>← {t(CONSENT_MESSAGES, 'backToPerson')}</Link>}
      languageLabel={t(PRINT_MESSAGES, 'language')}
      language={chosen ?? language}
      onLanguage={setChosen}
    >
      <article className="letter" lang={language}>
        <h1 lang={own}>{say('logTitle')}</h1>
        {person.data && (
          <p className="muted" lang={own}>
            {say('logFor', {
              name: person.data.person.displayName,
              date: formatDate(new Date().toISOString(), own, site.timeZone),
            })}
          </p>
        )}
        {log.data.report.length === 0 ? (
          <p lang={own}>{say('noDisclosures')}</p>
        ) : (
          <ol className="disclosure-report">
            {log.data.report.map((line, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: report lines have no identity but their order
              <li key={i}>{line.text}</li>
            ))}
          </ol>
        )}
      </article>
    </PrintFrame>
  );
}
