import { useState } from 'react';
import { ApiError, api } from '../common/api-client.js';
import type { PersonRecord } from '../common/api-types.js';
import { COMMON_MESSAGES } from '../common/common-messages.js';
import { ErrorMessage } from '../common/error-message.js';
import { useI18n } from '../common/i18n.js';
import { EngineForm } from '../forms/engine-form.js';
import { ErrorSummary } from '../forms/error-summary.js';
import { fieldErrorsOf } from '../forms/form-editor.js';
import { useEngineForm } from '../forms/use-engine-form.js';
import { useSite } from '../site/site-context.js';

/** Changing a client's registration data, against the version on screen (If-Match). */
export function EditPerson({
  formId,
  person,
  onDone,
}: {
  formId: string;
  person: PersonRecord;
  onDone: (updated: PersonRecord | null) => void;
}) {
  const { t } = useI18n();
  const site = useSite();
  const form = useEngineForm(formId, person.data);
  const [attempt, setAttempt] = useState(0);
  const [problem, setProblem] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const save = async () => {
    form.revealAll();
    setAttempt((n) => n + 1);
    setProblem(undefined);
    if (form.ef.errors.length > 0) return;
    setBusy(true);
    try {
      const answer = await api<{ person: PersonRecord }>(
        `/api/sites/${encodeURIComponent(site.id)}/persons/${encodeURIComponent(person.id)}`,
        { method: 'PUT', body: { data: form.ef.data }, ifMatch: person.version },
      );
      onDone(answer.person);
    } catch (error) {
      form.setServerErrors(fieldErrorsOf(error));
      setProblem(error instanceof ApiError ? error : error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="form-editor">
      {attempt > 0 && <ErrorSummary key={attempt} errors={form.visibleErrors} schema={form.ef.schema} />}
      <ErrorMessage error={problem} />
      <EngineForm form={form} />
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
          {t(COMMON_MESSAGES, 'save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t(COMMON_MESSAGES, 'cancel')}
        </button>
      </div>
    </div>
  );
}
