import type { CaseView } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { Flash } from '../common/flash.js';
import { useI18n } from '../common/i18n.js';
import { Link, useLocation } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import { EmergencyBanner } from '../emergency/emergency-banner.js';
import { ReadOnlySite, useSite } from '../site/site-context.js';
import { CaseProvider, useCase } from './case-context.js';
import { CaseHeader } from './case-header.js';
import { CASE_MESSAGES } from './case-messages.js';
import { CASE_PANELS } from './case-panels.js';
import { StageBar } from './stage-bar.js';

/** The case page: who the client is, where the case stands in its SOP, and its sections. */
export function CasePage({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const site = useSite();
  const resource = useResource<CaseView>(
    `/api/sites/${encodeURIComponent(site.id)}/cases/${encodeURIComponent(caseId)}`,
  );
  useTitle(resource.data?.person?.displayName);
  if (resource.data === undefined)
    return resource.error !== undefined ? (
      <ErrorMessage error={resource.error} onReload={() => void resource.reload()} />
    ) : (
      <p>{t(COMMON_MESSAGES, 'loading')}</p>
    );
  const { emergency } = resource.data;
  if (resource.data.access === 'emergency' && emergency)
    return (
      <ReadOnlySite>
        <EmergencyBanner expiresAt={emergency.expiresAt} reason={emergency.reason} />
        <CaseProvider resource={resource}>
          <CaseLayout />
        </CaseProvider>
      </ReadOnlySite>
    );
  return (
    <CaseProvider resource={resource}>
      <CaseLayout />
    </CaseProvider>
  );
}

function CaseLayout() {
  const { t } = useI18n();
  const site = useSite();
  const { view, error, reload } = useCase();
  const { search } = useLocation();
  const panels = CASE_PANELS.filter((p) => p.visible(view, site));
  const current = panels.find((p) => p.id === search.get('tab')) ?? panels[0];
  return (
    <article className="case-page">
      <CaseHeader />
      <Flash />
      <ErrorMessage error={error} onReload={() => void reload()} />
      <StageBar />
      <nav className="tabs no-print" aria-label={t(CASE_MESSAGES, 'caseSections')}>
        <ul>
          {panels.map((p) => (
            <li key={p.id}>
              <Link
                to={paths.case(site.id, view.case.id, p.id === panels[0]?.id ? undefined : p.id)}
                aria-current={p.id === current?.id ? 'page' : undefined}
              >
                {t(CASE_MESSAGES, `tab_${p.id}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {current && (
        <section className="case-panel" aria-label={t(CASE_MESSAGES, `tab_${current.id}`)}>
          <current.Component />
        </section>
      )}
    </article>
  );
}
