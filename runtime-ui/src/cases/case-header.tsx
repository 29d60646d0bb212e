import { formatDate, formatDay } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { optionLabel, stageOf } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { useCase } from './case-context.js';
import { CASE_MESSAGES } from './case-messages.js';

/** Who the client is and the case's key facts. */
export function CaseHeader() {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view, sop } = useCase();
  const { case: record, person } = view;
  const priority = optionLabel(site.bundle, sop?.priority?.options, record.priority);
  return (
    <header className="case-header">
      <div>
        <p className="eyebrow">{t(CASE_MESSAGES, 'client')}</p>
        <h1>
          {person ? (
            <Link to={paths.person(site.id, person.id)}>{person.displayName}</Link>
          ) : (
            record.personName
          )}
        </h1>
        {person?.birthDate && (
          <p className="muted">{t(CASE_MESSAGES, 'born', { date: formatDay(person.birthDate, locale) })}</p>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>{l(sop?.name) || record.sopId}</dt>
          <dd>
            <span className={`badge status-${record.status}`}>
              {t(CASE_MESSAGES, `status_${record.status}`)}
            </span>{' '}
            {l(stageOf(sop, record.stage)?.name) || record.stage}
          </dd>
        </div>
        <div>
          <dt>{t(CASE_MESSAGES, 'keyWorker')}</dt>
          <dd>{view.ownerName ?? <span className="muted">{t(CASE_MESSAGES, 'notAllocated')}</span>}</dd>
        </div>
        {priority && (
          <div>
            <dt>{t(CASE_MESSAGES, 'priority')}</dt>
            <dd>{l(priority)}</dd>
          </div>
        )}
        <div>
          <dt>{t(CASE_MESSAGES, 'opened')}</dt>
          <dd>{formatDate(record.openedAt, locale, site.timeZone)}</dd>
        </div>
      </dl>
    </header>
  );
}
