import type { CaseFormView } from '../common/api-types.js';
import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { ReadoutView } from '../readout/readout-view.js';
import { stageOf } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { useCase } from './case-context.js';
import { PANEL_MESSAGES } from './panel-messages.js';

function FormRow({ form }: { form: CaseFormView }) {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view } = useCase();
  const definition = site.bundle.forms[form.formId];
  const repeatable = definition?.repeatable === true;
  const data = view.data[form.formId];
  const label =
    form.access !== 'write'
      ? t(PANEL_MESSAGES, 'open')
      : repeatable && form.lastSubmittedAt
        ? t(PANEL_MESSAGES, 'addEntry')
        : form.lastSubmittedAt
          ? t(PANEL_MESSAGES, 'update')
          : t(PANEL_MESSAGES, 'fillIn');
  const title = l(definition?.title) || form.formId;
  return (
    <li className="form-row">
      <div className="form-row-main">
        <strong>{title}</strong>
        {form.required && <span className="badge badge-warn">{t(PANEL_MESSAGES, 'requiredToMoveOn')}</span>}
        <p className="muted small-text">
          {form.lastSubmittedAt
            ? t(PANEL_MESSAGES, 'submittedOn', {
                date: formatDate(form.lastSubmittedAt, locale, site.timeZone),
              })
            : t(PANEL_MESSAGES, 'notSubmitted')}
          {repeatable &&
            form.submissions > 1 &&
            ` · ${t(PANEL_MESSAGES, 'entries', { n: form.submissions })}`}
        </p>
        {data !== undefined && (
          <details>
            <summary>{t(PANEL_MESSAGES, 'showAnswers')}</summary>
            <ReadoutView formId={form.formId} data={data} />
          </details>
        )}
      </div>
      <Link
        className={`button${form.required && !form.lastSubmittedAt ? ' primary' : ''}`}
        to={paths.form(site.id, view.case.id, form.formId)}
        aria-label={`${label}: ${title}`}
      >
        {label}
      </Link>
    </li>
  );
}

/** The case's forms: those the current stage needs or offers first, then the rest. */
export function FormsPanel() {
  const { t } = useI18n();
  const { view, sop } = useCase();
  const stage = stageOf(sop, view.case.stage);
  const taskForms = view.state.tasks
    .filter((x) => x.status === 'open' && x.form)
    .map((x) => x.form as string);
  const here = new Set([
    ...(stage?.requiredForms ?? []).map((r) => r.form),
    ...(stage?.optionalForms ?? []).map((r) => r.form),
    ...taskForms,
  ]);
  const visible = view.forms.filter((f) => f.access !== 'none');
  const first = visible.filter((f) => here.has(f.formId) || f.required);
  const rest = visible.filter((f) => !first.includes(f));
  return (
    <div className="forms-panel">
      {first.length > 0 && (
        <section className="card" aria-labelledby="forms-here">
          <h2 id="forms-here">{t(PANEL_MESSAGES, 'formsThisStage')}</h2>
          <ul className="form-list">
            {first.map((f) => (
              <FormRow key={f.formId} form={f} />
            ))}
          </ul>
        </section>
      )}
      <section className="card" aria-labelledby="forms-other">
        <h2 id="forms-other">{t(PANEL_MESSAGES, 'formsOther')}</h2>
        <ul className="form-list">
          {rest.map((f) => (
            <FormRow key={f.formId} form={f} />
          ))}
        </ul>
      </section>
    </div>
  );
}
