import type { PersonSummary } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { formatDay } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Modal } from '../common/modal.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useSite } from '../site/site-context.js';
import { PERSON_MESSAGES } from './person-messages.js';

function reasonText(t: (id: string) => string, reason: string): string {
  if (reason.startsWith('identifier')) return t('reason_identifier');
  if (reason === 'name_and_birth_date') return t('reason_name_and_birth_date');
  return reason;
}

/** Possible duplicates: open one of them, or confirm the new person is someone else. */
export function DuplicatesDialog({
  candidates,
  onSomeoneElse,
  onClose,
}: {
  candidates: readonly PersonSummary[];
  onSomeoneElse: () => void;
  onClose: () => void;
}) {
  const { t, locale } = useI18n();
  const site = useSite();
  const say = (id: string) => t(PERSON_MESSAGES, id);
  return (
    <Modal title={say('duplicatesTitle')} onClose={onClose}>
      <p>{say('duplicatesIntro')}</p>
      <ul className="person-list candidates">
        {candidates.map((p) => (
          <li key={p.id}>
            <Link to={paths.person(site.id, p.id)} className="button">
              {t(PERSON_MESSAGES, 'thisOne', { name: p.displayName })}
            </Link>
            <span className="muted small-text">
              {p.birthDate && ` ${formatDay(p.birthDate, locale)}`}
              {p.identifiers.map((i) => ` · ${i.value}`).join('')}
              {(p.reasons ?? []).map((r) => ` · ${reasonText(say, r)}`).join('')}
            </span>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="primary" onClick={onSomeoneElse}>
          {say('someoneElse')}
        </button>
        <button type="button" onClick={onClose}>
          {t(COMMON_MESSAGES, 'cancel')}
        </button>
      </div>
    </Modal>
  );
}
