import { formatTime } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { CASE_FORM_MESSAGES } from './case-form-messages.js';
import type { DraftStatus } from './use-draft-autosave.js';

/** "Draft saved at 14:02", announced politely to screen readers. */
export function DraftStatusLine({ status }: { status: DraftStatus }) {
  const { t, locale } = useI18n();
  const text =
    status.kind === 'saving'
      ? t(CASE_FORM_MESSAGES, 'draftSaving')
      : status.kind === 'saved'
        ? t(CASE_FORM_MESSAGES, 'draftSaved', {
            time: formatTime(status.at, locale),
          })
        : status.kind === 'failed'
          ? t(CASE_FORM_MESSAGES, 'draftFailed')
          : '';
  return (
    <span className={`draft-status${status.kind === 'failed' ? ' error' : ''}`} aria-live="polite">
      {text}
    </span>
  );
}
