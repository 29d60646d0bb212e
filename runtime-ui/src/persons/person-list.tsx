import type { PersonSummary } from '../common/api-types.js';
import { formatDay } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useSite } from '../site/site-context.js';
import { PERSON_MESSAGES } from './person-messages.js';

/** Persons found: name, date of birth, identifiers, and how close the match is. */
export function PersonList({ persons }: { persons: readonly PersonSummary[] }) {
  const { t, locale } = useI18n();
  const site = useSite();
  return (
    <ul className="person-list">
      {persons.map((p) => (
        <li key={p.id}>
          <Link to={paths.person(site.id, p.id)} className="person-name">
            {p.displayName}
          </Link>
          <span className="muted small-text">
            {p.birthDate && ` · ${formatDay(p.birthDate, locale)}`}
            {p.identifiers.map((i) => ` · ${i.value}`).join('')}
            {typeof p.similarity === 'number' &&
              p.similarity < 1 &&
              ` · ${t(PERSON_MESSAGES, 'match', { n: Math.round(p.similarity * 100) })}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
