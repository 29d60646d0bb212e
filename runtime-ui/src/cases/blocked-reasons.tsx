import { useI18n } from '../common/i18n.js';
import { CASE_MESSAGES } from './case-messages.js';

/**
 * Why a step cannot be taken yet, in the server's plain sentences: each names what is missing
 * and, for a condition, the checks that failed with the values they saw, in the caseworker's
 * language ("Consent given on (empty) — failed").
 */
export function BlockedReasons({ reasons, id }: { reasons: readonly string[]; id?: string }) {
  const { t } = useI18n();
  if (reasons.length === 0) return null;
  return (
    <div className="blocked" id={id}>
      <p>{t(CASE_MESSAGES, 'notYet')}</p>
      <ul>
        {reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
