import { CASE_MESSAGES } from '../cases/case-messages.js';
import type { CaseSummary, Page } from '../common/api-types.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { sopOf, stageOf } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { WORK_MESSAGES } from './work-messages.js';

/** The user's own open and passive cases, most recently changed first. */
export function RecentCases() {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const cases = useResource<Page<CaseSummary>>(
    `/api/sites/${encodeURIComponent(site.id)}/cases?status=open,passive&mine=true&limit=20`,
    { sameInEveryLanguage: true },
  );
  if (!site.can('case.read')) return null;
  const items = cases.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="recent-title">
      <h2 id="recent-title">{t(WORK_MESSAGES, 'recent')}</h2>
      <ErrorMessage error={cases.error} />
      {cases.data !== undefined && items.length === 0 && (
        <p className="muted">{t(WORK_MESSAGES, 'noCases')}</p>
      )}
      <ul className="case-list">
        {items.map((c) => (
          <li key={c.id}>
            <Link to={paths.case(site.id, c.id)}>
              <strong>{c.personName}</strong>
            </Link>
            <span className="muted small-text">
              {' '}
              {l(stageOf(sopOf(site.bundle, c.sopId), c.stage)?.name) || c.stage}
              {c.status === 'passive' && ` · ${t(CASE_MESSAGES, 'status_passive')}`} ·{' '}
              {t(WORK_MESSAGES, 'changed', { date: formatDate(c.updatedAt, locale, site.timeZone) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
