import type { CaseFormData, CaseView, Submission } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { formatDateTime } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useResource } from '../common/use-resource.js';
import { useTitle } from '../common/use-title.js';
import { ReadoutView } from '../readout/readout-view.js';
import { useSite } from '../site/site-context.js';
import { CASE_FORM_MESSAGES } from './case-form-messages.js';
import { FormEditor } from './form-editor.js';

/** Where filling in starts: the user's draft if newer than the last submission, else that submission (single forms). */
function startingPoint(
  answer: CaseFormData,
  repeatable: boolean,
): { data: unknown; from: 'draft' | 'last' | 'new'; at: string | null } {
  const last = answer.submissions.find((s) => s.status === 'submitted') ?? null;
  const draft: Submission | null = answer.draft;
  // Submitting does not discard the draft on the server; a draft older than the last submission is stale.
  if (draft !== null && (last?.submittedAt == null || draft.updatedAt > last.submittedAt))
    return { data: draft.data, from: 'draft', at: draft.updatedAt };
  if (!repeatable && last !== null) return { data: last.data, from: 'last', at: last.submittedAt };
  return { data: {}, from: 'new', at: null };
}

/** A case form: generated from the definitions, filled in with drafts saved, submitted with the case version. */
export function CaseFormPage({ caseId, formId }: { caseId: string; formId: string }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const base = `/api/sites/${encodeURIComponent(site.id)}/cases/${encodeURIComponent(caseId)}`;
  const view = useResource<CaseView>(base);
  const answer = useResource<CaseFormData>(`${base}/forms/${encodeURIComponent(formId)}`, {
    sameInEveryLanguage: true,
  });
  const definition = site.bundle.forms[formId];
  const title = l(definition?.title) || formId;
  useTitle(title);
  const error = view.error ?? answer.error;
  if (error !== undefined && (view.data === undefined || answer.data === undefined))
    return <ErrorMessage error={error} />;
  if (view.data === undefined || answer.data === undefined) return <p>{t(COMMON_MESSAGES, 'loading')}</p>;
  const start = startingPoint(answer.data, definition?.repeatable === true);
  const last = answer.data.submissions.find((s) => s.status === 'submitted');
  return (
    <article className="form-page">
      <p className="breadcrumb">
        <Link to={paths.case(site.id, caseId)}>← {t(CASE_FORM_MESSAGES, 'backToCase')}</Link>
      </p>
      <h1>{title}</h1>
      {view.data.person && (
        <p className="muted">{t(CASE_FORM_MESSAGES, 'forClient', { name: view.data.person.displayName })}</p>
      )}
      {definition?.description && <p className="form-description">{l(definition.description)}</p>}
      {answer.data.form.access === 'write' ? (
        <>
          {start.from !== 'new' && (
            <p className="notice" role="status">
              {t(CASE_FORM_MESSAGES, start.from === 'draft' ? 'draftResumed' : 'startedFromLast', {
                date: formatDateTime(start.at, locale, site.timeZone),
              })}
            </p>
          )}
          <FormEditor
            caseId={caseId}
            formId={formId}
            initialData={start.data}
            draftVersion={start.from === 'draft' ? answer.data.draft?.version : undefined}
            caseVersion={view.data.case.version}
            onCaseChanged={() => void view.reload()}
          />
        </>
      ) : (
        <>
          <p className="notice">{t(CASE_FORM_MESSAGES, 'readOnly')}</p>
          {last ? (
            <ReadoutView formId={formId} data={last.data} />
          ) : (
            <p className="muted">{t(CASE_FORM_MESSAGES, 'nothingSubmitted')}</p>
          )}
        </>
      )}
    </article>
  );
}
