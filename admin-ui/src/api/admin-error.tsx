import { ApiError } from '../../../runtime-ui/src/common/api-client.js';
import { COMMON_MESSAGES } from '../../../runtime-ui/src/common/common-messages.js';
import { useErrorText } from '../../../runtime-ui/src/common/error-message.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { ADMIN_MESSAGES } from '../app/admin-messages.js';

/** Whether an error is the server's "changed by someone else" (a draft saved or published meanwhile). */
export const isStale = (error: unknown): boolean =>
  error instanceof ApiError && error.problem.code === 'stale_version';

/**
 * What went wrong, as an alert: the user's language for the known cases, and for the people who
 * adapt sites also the server's own words, its field errors and the problems or failing tests it
 * listed (a refused publication says which).
 */
export function AdminError({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useI18n();
  const explain = useErrorText();
  if (error === undefined || error === null) return null;
  const { text } = explain(error);
  const problem = error instanceof ApiError ? error.problem : undefined;
  const lines = [
    ...(problem?.errors ?? []).map((e) => `${e.pointer}: ${e.message}`),
    ...((problem?.problems as { message: string; file?: string }[] | undefined) ?? []).map((p) => p.message),
    ...((problem?.failures as { definitionId: string; message: string }[] | undefined) ?? []).map(
      (f) => `${f.definitionId}: ${f.message}`,
    ),
  ];
  return (
    <div className="notice notice-error" role="alert">
      <p>{text}</p>
      {problem && problem.detail !== '' && (
        <p className="small-text">{t(ADMIN_MESSAGES, 'problemDetail', { detail: problem.detail })}</p>
      )}
      {lines.length > 0 && (
        <ul className="small-text">
          {lines.slice(0, 20).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      {onReload && (
        <button type="button" onClick={onReload}>
          {t(COMMON_MESSAGES, 'reload')}
        </button>
      )}
    </div>
  );
}
