import { useId, useState } from 'react';
import type { CaseSummary, Page, WorkerLoad } from '../common/api-types.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { sopOf, stageOf } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { ReassignButton } from './reassign-button.js';
import { SUPERVISION_MESSAGES } from './supervision-messages.js';

/** The agency's open and passive cases, by worker, each with a reassign button. */
export function SupervisedCases({
  workers,
  onChanged,
}: {
  workers: readonly WorkerLoad[];
  onChanged: () => void;
}) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const cases = useResource<Page<CaseSummary>>(
    `/api/sites/${encodeURIComponent(site.id)}/cases?status=open,passive&limit=200`,
    { sameInEveryLanguage: true },
  );
  const [owner, setOwner] = useState('');
  const filterId = useId();
  const names = new Map(workers.map((w) => [w.userId, w.displayName]));
  const shown = (cases.data?.items ?? []).filter(
    (c) => owner === '' || (owner === '-' ? c.ownerUserId === null : c.ownerUserId === owner),
  );
  return (
    <section className="card" aria-labelledby="supervised-cases">
      <div className="card-head">
        <h2 id="supervised-cases">{t(SUPERVISION_MESSAGES, 'cases')}</h2>
        <span className="inline-field">
          <label htmlFor={filterId}>{t(SUPERVISION_MESSAGES, 'filterWorker')}</label>
          <select id={filterId} value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value="">{t(SUPERVISION_MESSAGES, 'everyone')}</option>
            <option value="-">{t(SUPERVISION_MESSAGES, 'unallocated')}</option>
            {workers.map((w) => (
              <option key={w.userId} value={w.userId}>
                {w.displayName}
              </option>
            ))}
          </select>
        </span>
      </div>
      <ErrorMessage error={cases.error} />
      <ul className="case-list">
        {shown.map((c) => (
          <li key={c.id}>
            <Link to={paths.case(site.id, c.id)}>
              <strong>{c.personName}</strong>
            </Link>
            <span className="muted">
              {' '}
              · {l(stageOf(sopOf(site.bundle, c.sopId), c.stage)?.name) || c.stage} ·{' '}
              {c.ownerUserId ? (names.get(c.ownerUserId) ?? '—') : t(SUPERVISION_MESSAGES, 'unallocated')} ·{' '}
              {formatDate(c.updatedAt, locale, site.timeZone)}
            </span>
            <ReassignButton
              caseId={c.id}
              version={c.version}
              label={`${t(SUPERVISION_MESSAGES, 'reassign')} ${c.personName}`}
              onDone={async () => {
                await cases.reload();
                onChanged();
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
