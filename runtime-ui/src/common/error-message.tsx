import { ApiError } from './api-client.js';
import { COMMON_MESSAGES } from './common-messages.js';
import { useI18n } from './i18n.js';

const KNOWN = new Set([
  'not_found',
  'forbidden',
  'unauthenticated',
  'stale_version',
  'validation_failed',
  'conflict',
]);

/** A problem in the user's language: the server's localized reasons when it gave any, else by its code. */
export function useErrorText(): (error: unknown) => { text: string; reasons: readonly string[] } {
  const { t } = useI18n();
  return (error) => {
    if (!(error instanceof ApiError)) return { text: t(COMMON_MESSAGES, 'error_network'), reasons: [] };
    const { code, reasons } = error.problem;
    if (code === 'guard_failed' && Array.isArray(reasons))
      return { text: t(COMMON_MESSAGES, 'error_guard_failed'), reasons: reasons.map(String) };
    if (KNOWN.has(code)) return { text: t(COMMON_MESSAGES, `error_${code}`), reasons: [] };
    return { text: t(COMMON_MESSAGES, 'error_other', { code }), reasons: [] };
  };
}

/** Shows what went wrong, as an alert; `onReload` adds a button to load the latest state. */
export function ErrorMessage({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useI18n();
  const explain = useErrorText();
  if (error === undefined || error === null) return null;
  const { text, reasons } = explain(error);
  return (
    <div className="notice notice-error" role="alert">
      <p>{text}</p>
      {reasons.length > 0 && (
        <ul>
          {reasons.map((r) => (
            <li key={r}>{r}</li>
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
