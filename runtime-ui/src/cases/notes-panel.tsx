import type { FormDefinition } from '../../../platform/definitions/definition-types.generated.js';
import type { CaseFormData, HistoryItem } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDateTime } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { ReadoutView } from '../readout/readout-view.js';
import { formsWithPurpose } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { useCase } from './case-context.js';
import { PANEL_MESSAGES } from './panel-messages.js';

/** Who submitted what, from the case history (submissions carry only a user id). */
function authors(items: readonly HistoryItem[] | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of items ?? []) {
    const id = e.payload.submissionId;
    if (typeof id === 'string' && e.actorName) map.set(id, e.actorName);
  }
  return map;
}

function NoteList({ form, names }: { form: FormDefinition; names: Map<string, string> }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view, base } = useCase();
  const answer = useResource<CaseFormData>(`${base}/forms/${encodeURIComponent(form.id)}`, {
    sameInEveryLanguage: true,
  });
  const access = view.forms.find((f) => f.formId === form.id)?.access;
  const entries = answer.data?.submissions.filter((s) => s.status === 'submitted') ?? [];
  return (
    <section className="card" aria-labelledby={`notes-${form.id}`}>
      <div className="card-head">
        <h2 id={`notes-${form.id}`}>{l(form.title)}</h2>
        {access === 'write' && (
          <Link className="button" to={paths.form(site.id, view.case.id, form.id)}>
            {t(PANEL_MESSAGES, 'addNote', { form: l(form.title) })}
          </Link>
        )}
      </div>
      <ErrorMessage error={answer.error} />
      {answer.loading && answer.data === undefined && <p>{t(COMMON_MESSAGES, 'loading')}</p>}
      {answer.data !== undefined && entries.length === 0 && (
        <p className="muted">{t(PANEL_MESSAGES, 'noNotes')}</p>
      )}
      <ol className="note-list">
        {entries.map((s) => (
          <li key={s.id} className="note">
            <p className="note-meta">
              <strong>{formatDateTime(s.submittedAt, locale, site.timeZone)}</strong>
              {names.get(s.id) && <span className="muted"> · {names.get(s.id)}</span>}
            </p>
            <ReadoutView formId={form.id} data={s.data} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Team notes and case-conference records: every entry of the case's note-like forms, newest first. */
export function NotesPanel() {
  const site = useSite();
  const { view, history } = useCase();
  const forms = formsWithPurpose(site.bundle, 'case_conference', 'follow_up', 'note').filter((f) =>
    view.forms.some((v) => v.formId === f.id && v.access !== 'none'),
  );
  const names = authors(history.items);
  return (
    <div className="notes-panel">
      {forms.map((f) => (
        <NoteList key={f.id} form={f} names={names} />
      ))}
    </div>
  );
}
