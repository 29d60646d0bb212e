import { useState } from 'react';
import { ApiError, api } from '../common/api-client.js';
import type { PersonRecord, PersonSummary } from '../common/api-types.js';
import { ErrorMessage } from '../common/error-message.js';
import { setFlash } from '../common/flash.js';
import { useI18n } from '../common/i18n.js';
import { navigate } from '../common/router.js';
import { paths } from '../common/routes.js';
import { useTitle } from '../common/use-title.js';
import { EngineForm } from '../forms/engine-form.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { fieldErrorsOf } from '../forms/form-editor.js';
import { useEngineForm } from '../forms/use-engine-form.js';
import { useSite } from '../site/site-context.js';
import { DuplicatesDialog } from './duplicates-dialog.js';
import { PERSON_MESSAGES } from './person-messages.js';

/** Registration with the site's registration form; possible duplicates are shown before anyone is created. */
export function RegisterPersonPage() {
  const { t, l } = useI18n();
  const site = useSite();
  const formId = site.bundle.site.registration?.form.form;
  useTitle(t(PERSON_MESSAGES, 'register'));
  if (formId === undefined) return <p>{t(PERSON_MESSAGES, 'noResults')}</p>;
  return (
    <article className="form-page">
      <h1>{t(PERSON_MESSAGES, 'register')}</h1>
      {site.bundle.forms[formId]?.description && (
        <p className="form-description">{l(site.bundle.forms[formId]?.description)}</p>
      )}
      <RegistrationForm formId={formId} />
    </article>
  );
}

function RegistrationForm({ formId }: { formId: string }) {
  const { t } = useI18n();
  const site = useSite();
  const form = useEngineForm(formId, {});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>();
  const [candidates, setCandidates] = useState<readonly PersonSummary[] | null>(null);
  const register = async (confirmedNew: boolean) => {
    form.revealAll();
    setAttempt((n) => n + 1);
    setProblem(undefined);
    if (form.ef.errors.length > 0) return;
    setBusy(true);
    try {
      const { person } = await api<{ person: PersonRecord }>(
        `/api/sites/${encodeURIComponent(site.id)}/persons`,
        {
          body: { data: form.ef.data, ...(confirmedNew ? { confirmedNew: true } : {}) },
        },
      );
      setFlash(t(PERSON_MESSAGES, 'registered', { name: person.displayName }));
      navigate(paths.person(site.id, person.id));
    } catch (error) {
      const found =
        error instanceof ApiError ? (error.problem.candidates as PersonSummary[] | undefined) : undefined;
      if (found) setCandidates(found);
      else {
        form.setServerErrors(fieldErrorsOf(error));
        setProblem(error);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-editor">
      {attempt > 0 && <ErrorSummary key={attempt} errors={form.visibleErrors} schema={form.ef.schema} />}
      <ErrorMessage error={problem} />
      <EngineForm form={form} />
      <div className="form-actions sticky-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void register(false)}>
          {t(PERSON_MESSAGES, 'registerSubmit')}
        </button>
      </div>
      {candidates && (
        <DuplicatesDialog
          candidates={candidates}
          onSomeoneElse={() => {
            setCandidates(null);
            void register(true);
          }}
          onClose={() => setCandidates(null)}
        />
      )}
    </div>
  );
}
