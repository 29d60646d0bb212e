import { useState } from 'react';
import { CASE_MESSAGES } from '../cases/case-messages.js';
import { api } from '../common/api-client.js';
import type { CaseSummary, CaseView, PersonRecord } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { Flash } from '../common/flash.js';
import { formatDate, formatDay } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link, navigate } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import { ConsentSection } from '../consent/consent-section.js';
import { ReadoutView } from '../readout/readout-view.js';
import { sopOf, stageOf } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { EditPerson } from './edit-person.js';
import { PERSON_MESSAGES } from './person-messages.js';

type PersonAnswer = { person: PersonRecord; cases: CaseSummary[] };

/** A client: registration details (editable), their cases, and opening a new case. */
export function PersonPage({ personId }: { personId: string }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const answer = useResource<PersonAnswer>(
    `/api/sites/${encodeURIComponent(site.id)}/persons/${encodeURIComponent(personId)}`,
    {
      sameInEveryLanguage: true,
    },
  );
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  useTitle(answer.data?.person.displayName);
  if (answer.data === undefined)
    return answer.error ? <ErrorMessage error={answer.error} /> : <p>{t(COMMON_MESSAGES, 'loading')}</p>;
  const { person, cases } = answer.data;
  const formId = site.bundle.site.registration?.form.form;
  const sops = Object.values(site.bundle.sops);
  const openCase = async (sopId: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const created = await api<{ case: CaseView }>(`/api/sites/${encodeURIComponent(site.id)}/cases`, {
        body: { personId: person.id, sopId },
      });
      navigate(paths.case(site.id, created.case.case.id));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article className="person-page">
      <div className="page-head">
        <div>
          <h1>{person.displayName}</h1>
          {person.birthDate && (
            <p className="muted">{t(CASE_MESSAGES, 'born', { date: formatDay(person.birthDate, locale) })}</p>
          )}
        </div>
        {site.can('case.open') &&
          sops.map((sop) => (
            <button
              key={sop.id}
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void openCase(sop.id)}
            >
              {t(PERSON_MESSAGES, 'openCase')}
              {sops.length > 1 && `: ${l(sop.name)}`}
            </button>
          ))}
      </div>
      <Flash />
      <ErrorMessage error={error} />
      <div className="panel-grid">
        <section className="card panel-main" aria-labelledby="registration-title">
          <div className="card-head">
            <h2 id="registration-title">{t(PERSON_MESSAGES, 'registration')}</h2>
            {formId && site.can('person.update') && !editing && (
              <button type="button" onClick={() => setEditing(true)}>
                {t(PERSON_MESSAGES, 'edit')}
              </button>
            )}
          </div>
          {formId && editing ? (
            <EditPerson
              formId={formId}
              person={person}
              onDone={(updated) => {
                if (updated) answer.set({ person: updated, cases });
                setEditing(false);
              }}
            />
          ) : (
            formId && <ReadoutView formId={formId} data={person.data} />
          )}
        </section>
        <section className="card panel-side" aria-labelledby="cases-title">
          <h2 id="cases-title">{t(PERSON_MESSAGES, 'cases')}</h2>
          {cases.length === 0 && <p className="muted">{t(PERSON_MESSAGES, 'noCases')}</p>}
          <ul className="case-list">
            {cases.map((c) => (
              <li key={c.id}>
                <Link to={paths.case(site.id, c.id)}>
                  <strong>{l(sopOf(site.bundle, c.sopId)?.name) || c.sopId}</strong>
                </Link>
                <span className="muted small-text">
                  {' '}
                  <span className={`badge status-${c.status}`}>{t(CASE_MESSAGES, `status_${c.status}`)}</span>{' '}
                  {l(stageOf(sopOf(site.bundle, c.sopId), c.stage)?.name) || c.stage} ·{' '}
                  {t(CASE_MESSAGES, 'openedOn', { date: formatDate(c.openedAt, locale, site.timeZone) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      {site.can('person.read') && <ConsentSection personId={person.id} />}
    </article>
  );
}
