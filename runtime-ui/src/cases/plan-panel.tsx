import { useI18n } from '../common/i18n.js';
import { Link } from '../common/router.js';
import { paths } from '../common/routes.js';
import { ReadoutView } from '../readout/readout-view.js';
import { formsWithPurpose } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { useCase } from './case-context.js';
import { PANEL_MESSAGES } from './panel-messages.js';

/** The action plan(s) of the case, read out: goals, steps with responsible partner, due and status. */
export function PlanPanel() {
  const { t, l } = useI18n();
  const site = useSite();
  const { view } = useCase();
  const plans = formsWithPurpose(site.bundle, 'plan').filter((f) =>
    view.forms.some((v) => v.formId === f.id && v.access !== 'none'),
  );
  const any = plans.some((f) => view.data[f.id] !== undefined);
  return (
    <div className="plan-panel">
      {any && (
        <p className="no-print">
          <Link className="button" to={paths.printPlan(site.id, view.case.id)}>
            {t(PANEL_MESSAGES, 'printCopy')}
          </Link>
        </p>
      )}
      {plans.map((form) => {
        const data = view.data[form.id];
        const access = view.forms.find((v) => v.formId === form.id)?.access;
        return (
          <section key={form.id} className="card" aria-labelledby={`plan-${form.id}`}>
            <div className="card-head">
              <h2 id={`plan-${form.id}`}>{l(form.title)}</h2>
              {access === 'write' && (
                <Link className="button" to={paths.form(site.id, view.case.id, form.id)}>
                  {t(PANEL_MESSAGES, data === undefined ? 'fillIn' : 'editPlan')}
                </Link>
              )}
            </div>
            {data === undefined ? (
              <p className="muted">{t(PANEL_MESSAGES, 'noPlan')}</p>
            ) : (
              <ReadoutView formId={form.id} data={data} />
            )}
          </section>
        );
      })}
    </div>
  );
}
