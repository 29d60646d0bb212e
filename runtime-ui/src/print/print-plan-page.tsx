import { useState } from 'react';
import type { CaseView, PersonRecord } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import { CASE_FORM_MESSAGES } from '../forms/case-form-messages.js';
import { useSite } from '../site/site-context.js';
import { PlanCopy } from './plan-copy.js';
import { PrintFrame } from './print-frame.js';
import { PRINT_MESSAGES } from './print-messages.js';

/** The client's copy of the action plan, in the client's language, ready for the browser's print. */
export function PrintPlanPage({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const site = useSite();
  const base = `/api/sites/${encodeURIComponent(site.id)}`;
  const view = useResource<CaseView>(`${base}/cases/${encodeURIComponent(caseId)}`, {
    sameInEveryLanguage: true,
  });
  const personId = view.data?.person?.id;
  const person = useResource<{ person: PersonRecord }>(
    personId ? `${base}/persons/${encodeURIComponent(personId)}` : null,
    { sameInEveryLanguage: true },
  );
  useTitle(t(PRINT_MESSAGES, 'title'));
  const locales = site.bundle.site.locales;
  const [chosen, setChosen] = useState<string | null>(null);
  if (view.error) return <ErrorMessage error={view.error} />;
  if (view.data === undefined || (personId && person.data === undefined && !person.error))
    return <p>{t(COMMON_MESSAGES, 'loading')}</p>;
  const clientLanguage = person.data?.person.language ?? '';
  const language =
    chosen ?? (locales.includes(clientLanguage) ? clientLanguage : site.bundle.site.defaultLocale);
  return (
    <PrintFrame
      back={<Link to={paths.case(site.id, caseId, 'plan')}>← {t(CASE_FORM_MESSAGES, 'backToCase')}</Link>}
      languageLabel={t(PRINT_MESSAGES, 'language')}
      language={language}
      onLanguage={setChosen}
    >
      <PlanCopy view={view.data} person={person.data?.person ?? null} language={language} />
    </PrintFrame>
  );
}
