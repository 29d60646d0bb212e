import { type FormEvent, useState } from 'react';
import type { Page, PersonSummary } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { Link, navigate, useLocation } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import { useSite } from '../site/site-context.js';
import { PersonList } from './person-list.js';
import { PERSON_MESSAGES } from './person-messages.js';

const FIELDS = ['q', 'identifier', 'birthDate'] as const;

/** Find a person by name (spelling-tolerant), identifier or date of birth; register when nobody matches. */
export function PersonSearchPage() {
  const { t } = useI18n();
  const site = useSite();
  const { search } = useLocation();
  useTitle(t(PERSON_MESSAGES, 'searchTitle'));
  const [values, setValues] = useState(() => Object.fromEntries(FIELDS.map((f) => [f, search.get(f) ?? ''])));
  const query = new URLSearchParams(
    FIELDS.flatMap((f) => (search.get(f) ? [[f, search.get(f) as string]] : [])),
  );
  const searched = query.size > 0;
  const results = useResource<Page<PersonSummary>>(
    searched ? `/api/sites/${encodeURIComponent(site.id)}/persons?${query}&limit=50` : null,
    { sameInEveryLanguage: true },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(
      FIELDS.flatMap((f) => (values[f]?.trim() ? [[f, values[f].trim()]] : [])),
    );
    navigate(`${paths.persons(site.id)}${next.size > 0 ? `?${next}` : ''}`, { replace: true });
  };
  const field = (name: (typeof FIELDS)[number], label: string, type = 'search') => (
    <span className="search-field">
      <label htmlFor={`search-${name}`}>{label}</label>
      <input
        id={`search-${name}`}
        type={type}
        value={values[name] ?? ''}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
        autoComplete="off"
      />
    </span>
  );
  return (
    <div className="persons-page">
      <div className="page-head">
        <h1>{t(PERSON_MESSAGES, 'searchTitle')}</h1>
        {site.can('person.register') && (
          <Link className="button" to={paths.register(site.id)}>
            + {t(PERSON_MESSAGES, 'register')}
          </Link>
        )}
      </div>
      <search>
        <form className="card search-form" onSubmit={submit}>
          <p className="muted">{t(PERSON_MESSAGES, 'searchHint')}</p>
          <div className="search-fields">
            {field('q', t(PERSON_MESSAGES, 'name'))}
            {field('identifier', t(PERSON_MESSAGES, 'identifier'))}
            {field('birthDate', t(PERSON_MESSAGES, 'birthDate'), 'date')}
            <button type="submit" className="primary">
              {t(PERSON_MESSAGES, 'search')}
            </button>
          </div>
        </form>
      </search>
      {searched && (
        <section className="card" aria-labelledby="results-title" aria-live="polite">
          <h2 id="results-title">
            {results.data
              ? t(PERSON_MESSAGES, 'results', { n: results.data.items.length })
              : t(COMMON_MESSAGES, 'loading')}
          </h2>
          <ErrorMessage error={results.error} />
          {results.data?.items.length === 0 && <p>{t(PERSON_MESSAGES, 'noResults')}</p>}
          {results.data && <PersonList persons={results.data.items} />}
        </section>
      )}
    </div>
  );
}
