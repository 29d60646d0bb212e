import { useState } from 'react';
import { ApiError, api } from '../common/api-client.js';
import type { FieldError } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { setFlash } from '../common/flash.js';
import { useI18n } from '../common/i18n.js';
import { navigate } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useSite } from '../site/site-context.js';
import { CASE_FORM_MESSAGES } from './case-form-messages.js';
import { DraftStatusLine } from './draft-status.js';
import { EngineForm } from './engine-form.js';
import { ErrorSummary, WarningList } from './error-summary.js';
import { dataPointer } from './field-ids.js';
import { useDraftAutosave } from './use-draft-autosave.js';
import { useEngineForm } from './use-engine-form.js';

type Props = {
  readonly caseId: string;
  readonly formId: string;
  readonly initialData: unknown;
  readonly draftVersion: number | undefined;
  readonly caseVersion: number;
  readonly onCaseChanged: () => void;
};

/** Field errors of a 422 answer, as pointers into the form data. */
export function fieldErrorsOf(error: unknown): FieldError[] {
  if (!(error instanceof ApiError) || error.problem.errors === undefined) return [];
  return error.problem.errors.map((e) => ({ ...e, pointer: dataPointer(e.pointer) }));
}

/** Filling in a case form: live rules, autosaved draft, submit against the case version. */
export function FormEditor({ caseId, formId, initialData, draftVersion, caseVersion, onCaseChanged }: Props) {
  const { t, l } = useI18n();
  const site = useSite();
  const base = `/api/sites/${encodeURIComponent(site.id)}/cases/${encodeURIComponent(caseId)}`;
  const form = useEngineForm(formId, initialData);
  const draft = useDraftAutosave(`${base}/drafts/${encodeURIComponent(formId)}`, form, draftVersion);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<unknown>();
  const [stale, setStale] = useState(false);
  const blocking = form.ef.errors;
  const submit = async () => {
    form.revealAll();
    setAttempt((n) => n + 1);
    setProblem(undefined);
    if (blocking.length > 0) return;
    setBusy(true);
    try {
      await api(`${base}/forms/${encodeURIComponent(formId)}`, {
        body: { data: form.ef.data, version: caseVersion },
      });
      form.markSaved();
      setFlash(t(CASE_FORM_MESSAGES, 'submitted', { form: l(site.bundle.forms[formId]?.title) }));
      navigate(paths.case(site.id, caseId));
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (fields.length > 0) form.setServerErrors(fields);
      if (error instanceof ApiError && error.problem.code === 'stale_version') {
        setStale(true);
        onCaseChanged();
      } else setProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-editor">
      {attempt > 0 && <ErrorSummary key={attempt} errors={form.visibleErrors} schema={form.ef.schema} />}
      {stale && (
        <p className="notice notice-warn" role="alert">
          {t(CASE_FORM_MESSAGES, 'caseChanged')}
        </p>
      )}
      <ErrorMessage error={problem} />
      <EngineForm form={form} />
      <WarningList warnings={form.ef.warnings} schema={form.ef.schema} />
      <div className="form-actions sticky-actions">
        <button type="button" className="primary" onClick={() => void submit()} disabled={busy}>
          {busy ? t(CASE_FORM_MESSAGES, 'submitting') : t(CASE_FORM_MESSAGES, 'submit')}
        </button>
        <button type="button" onClick={() => void draft.saveNow()} disabled={busy}>
          {t(CASE_FORM_MESSAGES, 'saveDraft')}
        </button>
        <DraftStatusLine status={draft.status} />
        <span className="spacer" />
        <button type="button" onClick={() => navigate(paths.case(site.id, caseId))}>
          {t(COMMON_MESSAGES, 'cancel')}
        </button>
      </div>
    </div>
  );
}
