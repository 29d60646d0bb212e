import { useI18n } from '../common/i18n.js';
import { CASE_MESSAGES } from './case-messages.js';

/**
 * A reason as the server words it: a sentence, sometimes followed by the failed check in
 * parentheses (`… (in_lookup("pilot-districts", person.district))`). The sentence is for the
 * caseworker; the check is kept, small, for whoever maintains the definitions.
 */
function split(reason: string): { sentence: string; check: string | null } {
  const at = reason.lastIndexOf(' (');
  if (at < 0 || !reason.endsWith(')')) return { sentence: reason, check: null };
  const check = reason.slice(at + 2, -1);
  // Plain words in parentheses ("(role: Supervisor)") stay part of the sentence.
  if (!/[=_"(<>]|\w\.\w/.test(check)) return { sentence: reason, check: null };
  return { sentence: reason.slice(0, at), check };
}

/** Why a step cannot be taken yet, in the server's plain sentences. */
export function BlockedReasons({ reasons, id }: { reasons: readonly string[]; id?: string }) {
  const { t } = useI18n();
  if (reasons.length === 0) return null;
  return (
    <div className="blocked" id={id}>
      <p>{t(CASE_MESSAGES, 'notYet')}</p>
      <ul>
        {reasons.map((r) => {
          const { sentence, check } = split(r);
          return (
            <li key={r}>
              {sentence}
              {check && (
                <details className="check">
                  <summary>{t(CASE_MESSAGES, 'checkDetail')}</summary>
                  <code>{check}</code>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
