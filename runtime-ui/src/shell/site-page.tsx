import { useEffect } from 'react';
import { CasePage } from '../cases/case-page.js';
import { useI18n } from '../common/i18n.js';
import { Link, useLocation } from '../common/router.js';
import { adminPaths, paths, type Route } from '../common/routes.js';
import type { SessionView } from '../common/session.js';
import { SHELL_MESSAGES } from '../common/shell-messages.js';
import { DisclosureLogPage } from '../consent/disclosure-log-page.js';
import { EmergencyPage } from '../emergency/emergency-page.js';
import { CaseFormPage } from '../forms/case-form-page.js';
import { INBOX_MESSAGES } from '../inbox/inbox-messages.js';
import { boxesOf, InboxPage } from '../inbox/inbox-page.js';
import { PersonPage } from '../persons/person-page.js';
import { PersonSearchPage } from '../persons/person-search-page.js';
import { RegisterPersonPage } from '../persons/register-person-page.js';
import { PrintPlanPage } from '../print/print-plan-page.js';
import { ReferralLetterPage } from '../print/referral-letter-page.js';
import { ReferralDraftPage } from '../referrals/draft/referral-draft-page.js';
import { ReferralPage } from '../referrals/referral-page.js';
import { useSite } from '../site/site-context.js';
import { SupervisionPage } from '../supervision/supervision-page.js';
import { MyWorkPage } from '../work/my-work-page.js';
import { ContextSwitcher } from './context-switcher.js';

/** A page inside a site, under the site's navigation. */
export function SitePage({ route, view }: { route: Route; view: SessionView }) {
  const { t, l } = useI18n();
  const site = useSite();
  const { pathname } = useLocation();
  const links = [
    ...(site.can('case.read') || site.can('task.complete')
      ? [{ to: paths.work(site.id), label: t(SHELL_MESSAGES, 'myWork') }]
      : []),
    ...(site.can('person.read')
      ? [{ to: paths.persons(site.id), label: t(SHELL_MESSAGES, 'findPerson') }]
      : []),
    // Roles that answer, deliver or send referrals and work with cases (never boards or M&E).
    ...(boxesOf(site.can).length > 0 &&
    (site.can('case.read') || site.can('referral.respond') || site.can('referral.deliver'))
      ? [{ to: paths.inbox(site.id), label: t(INBOX_MESSAGES, 'nav') }]
      : []),
    ...(site.can('case.assign')
      ? [{ to: paths.supervision(site.id), label: t(SHELL_MESSAGES, 'supervision') }]
      : []),
    ...(site.can('break_glass') && site.can('case.read')
      ? [{ to: paths.emergency(site.id), label: t(SHELL_MESSAGES, 'emergencyAccess') }]
      : []),
  ];
  // The admin UI is another application: plain links, not the router's.
  const adminLinks = [
    ...(site.can('kpi.read')
      ? [{ href: adminPaths.kpis(site.id), label: t(SHELL_MESSAGES, 'indicators') }]
      : []),
    ...(site.can('definitions.read') || site.can('users.manage')
      ? [{ href: adminPaths.site(site.id), label: t(SHELL_MESSAGES, 'administration') }]
      : []),
  ];
  const caseWork = links.length > 0;
  const landing = adminLinks[0]?.href;
  // Someone with no case work here (a board member, an observer) starts at the indicators.
  useEffect(() => {
    if (!caseWork && route.page === 'work' && landing !== undefined) window.location.replace(landing);
  }, [caseWork, route.page, landing]);
  return (
    <>
      <nav className="site-nav no-print" aria-label={t(SHELL_MESSAGES, 'mainNavigation')}>
        <span className="site-name">{l(site.bundle.site.name)}</span>
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to} aria-current={pathname.startsWith(link.to) ? 'page' : undefined}>
                {link.label}
              </Link>
            </li>
          ))}
          {adminLinks.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
        <ContextSwitcher view={view} />
      </nav>
      <SiteRoute route={route} />
    </>
  );
}

function SiteRoute({ route }: { route: Route }) {
  const { t } = useI18n();
  switch (route.page) {
    case 'work':
      return <MyWorkPage />;
    case 'persons':
      return <PersonSearchPage />;
    case 'register':
      return <RegisterPersonPage />;
    case 'person':
      return <PersonPage key={route.personId} personId={route.personId} />;
    case 'case':
      return <CasePage key={route.caseId} caseId={route.caseId} />;
    case 'form':
      return (
        <CaseFormPage key={`${route.caseId}/${route.formId}`} caseId={route.caseId} formId={route.formId} />
      );
    case 'print-plan':
      return <PrintPlanPage caseId={route.caseId} />;
    case 'inbox':
      return <InboxPage />;
    case 'referral':
      return <ReferralPage key={route.referralId} referralId={route.referralId} />;
    case 'disclosures':
      return <DisclosureLogPage key={route.personId} personId={route.personId} />;
    case 'referral-draft':
      return <ReferralDraftPage key={route.referralId} referralId={route.referralId} />;
    case 'referral-letter':
      return <ReferralLetterPage key={route.referralId} referralId={route.referralId} />;
    case 'supervision':
      return <SupervisionPage />;
    case 'emergency':
      return <EmergencyPage />;
    default:
      return <p>{t(SHELL_MESSAGES, 'notFound')}</p>;
  }
}
