import type { SopDefinition } from '../../../platform/definitions/definition-types.generated.js';
import type { SiteBundle } from '../../../platform/definitions/site-bundle.js';
import { useI18n } from '../../../runtime-ui/src/common/i18n.js';
import { Link } from '../../../runtime-ui/src/common/router.js';
import { adminPaths } from '../app/admin-routes.js';
import type { ViewProps } from '../definitions/definition-editor-page.js';
import { useAdminSite } from '../site/admin-site-context.js';
import { SopDiagram } from './sop-diagram.js';
import { layoutSop, type SopShape } from './sop-layout.js';
import { SOP_MESSAGES as M } from './sop-messages.js';
import { useSopWords } from './sop-words.js';

type Stage = SopDefinition['stages'][number];

/** The closure reasons, listed in the SOP or in the lookup it names. */
function closureReasons(sop: SopDefinition, bundle: SiteBundle) {
  const reasons = sop.closure?.reasons;
  if (reasons === undefined) return [];
  return Array.isArray(reasons) ? reasons : (bundle.lookups[reasons.lookup]?.options ?? []);
}
type Words = ReturnType<typeof useSopWords>;

function anchorText(
  from: unknown,
  words: Words,
  t: (id: string, params?: Record<string, string>) => string,
  taskName: (id: string) => string,
): string {
  const a = (from ?? {}) as { event?: string; task?: string; form?: string; field?: string };
  if (a.task) return t('afterTask', { task: taskName(a.task) });
  if (a.form) return `${words.form(a.form)} · ${a.field ?? ''}`;
  if (a.event) return t(`event_${a.event}`);
  return t('stageEntry');
}

function StageCard({ sop, stage, n, words }: { sop: SopDefinition; stage: Stage; n: number; words: Words }) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const index = sop.stages.findIndex((s) => s.id === stage.id);
  const reasons = closureReasons(sop, site.working);
  const reason = (value: string) => l(reasons.find((r) => r.value === value)?.label) || value;
  return (
    <section className="card stage-card" aria-labelledby={`stage-${stage.id}`}>
      <div className="card-head">
        <h3 id={`stage-${stage.id}`}>{t(M, 'stageN', { n, name: l(stage.name) || stage.id })}</h3>
        <Link
          className="small-text"
          to={adminPaths.definition(site.id, 'sop', sop.id, { view: 'form', pointer: `/stages/${index}` })}
        >
          {t(M, 'editStage')}
        </Link>
      </div>
      {stage.description && <p className="small-text muted">{l(stage.description)}</p>}
      {(stage.entry !== undefined || stage.exit !== undefined) && (
        <p className="small-text">{t(M, 'entryExit')}</p>
      )}
      {(stage.requiredForms ?? []).length > 0 && (
        <p className="small-text">
          <strong>{t(M, 'requiredForms')}:</strong>{' '}
          {(stage.requiredForms ?? []).map((f) => words.form(f.form)).join(', ')}
        </p>
      )}
      {(stage.optionalForms ?? []).length > 0 && (
        <p className="small-text">
          <strong>{t(M, 'optionalForms')}:</strong>{' '}
          {(stage.optionalForms ?? []).map((f) => words.form(f.form)).join(', ')}
        </p>
      )}
      <h4>{t(M, 'tasks')}</h4>
      {(stage.tasks ?? []).length === 0 ? (
        <p className="muted small-text">{t(M, 'noTasks')}</p>
      ) : (
        <table className="data-table small-text">
          <thead>
            <tr>
              <th scope="col">{t(M, 'task')}</th>
              <th scope="col">{t(M, 'role')}</th>
              <th scope="col">{t(M, 'due')}</th>
            </tr>
          </thead>
          <tbody>
            {(stage.tasks ?? []).map((task) => (
              <tr key={task.id}>
                <th scope="row">
                  {l(task.name) || task.id}
                  {task.required && <span className="badge muted">{t(M, 'requiredTask')}</span>}
                  {task.when !== undefined && <span className="badge muted">{t(M, 'conditional')}</span>}
                  {task.form && <div className="muted">{words.form(task.form.form)}</div>}
                </th>
                <td>{words.role(task.role)}</td>
                <td>
                  {task.due
                    ? t(M, 'after', {
                        duration: words.duration(task.due.in),
                        anchor: anchorText(
                          task.due.from,
                          words,
                          (x, p) => t(M, x, p),
                          (id) =>
                            l(sop.stages.flatMap((st) => st.tasks ?? []).find((x) => x.id === id)?.name) ||
                            id,
                        ),
                      })
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {(stage.transitions ?? []).length > 0 && (
        <>
          <h4>{t(M, 'transitions')}</h4>
          <ul className="small-text transition-list">
            {(stage.transitions ?? []).map((tr) => (
              <li key={tr.id}>
                <strong>{l(tr.name) || tr.id}</strong>{' '}
                {tr.closeWith !== undefined
                  ? t(M, 'closeWith', { reason: reason(tr.closeWith) })
                  : t(M, 'to', { stage: words.stage(tr.to) })}
                {tr.automatic && <span className="badge muted">{t(M, 'legendAuto')}</span>}
                {tr.when !== undefined && <span className="muted"> · {t(M, 'guarded')}</span>}
                {tr.approval !== undefined && (
                  <span className="muted">
                    {' '}
                    ·{' '}
                    {t(M, 'needsApproval', {
                      name: l(sop.approvals?.find((a) => a.id === tr.approval)?.name) || tr.approval,
                    })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** An SOP at a glance: the diagram, then per stage its forms, tasks (who, when) and ways on; approvals, reviews, closure. */
export function SopView({ json }: ViewProps) {
  const { t, l } = useI18n();
  const site = useAdminSite();
  const sop = json as unknown as SopDefinition;
  const words = useSopWords(site.working, sop.stages ?? []);
  const order = layoutSop(sop as unknown as SopShape)
    .boxes.filter((b) => b.id !== '#closed')
    .sort((a, b) => a.column - b.column || a.y - b.y)
    .map((b) => sop.stages.find((s) => s.id === b.id) as Stage);
  const reasons = closureReasons(sop, site.working);
  return (
    <div className="sop-view">
      <section className="card" aria-labelledby="sop-diagram-title">
        <h2 id="sop-diagram-title">{t(M, 'diagram')}</h2>
        <p className="muted small-text">{t(M, 'editHint')}</p>
        <SopDiagram sop={sop as unknown as SopShape} nameOf={(id) => words.stage(id)} />
      </section>
      <div className="stage-grid">
        {order.map((stage, i) => (
          <StageCard key={stage.id} sop={sop} stage={stage} n={i + 1} words={words} />
        ))}
      </div>
      <div className="stage-grid">
        {(sop.approvals ?? []).length > 0 && (
          <section className="card" aria-labelledby="sop-approvals">
            <h3 id="sop-approvals">{t(M, 'approvals')}</h3>
            <ul className="small-text">
              {(sop.approvals ?? []).map((a) => (
                <li key={a.id}>
                  <strong>{l(a.name) || a.id}</strong> — {words.role(a.role)}
                  {a.form && ` · ${words.form(a.form.form)}`}
                  {a.due && ` · ${words.duration(a.due.in)}`}
                </li>
              ))}
            </ul>
          </section>
        )}
        {(sop.reviews ?? []).length > 0 && (
          <section className="card" aria-labelledby="sop-reviews">
            <h3 id="sop-reviews">{t(M, 'reviews')}</h3>
            <ul className="small-text">
              {(sop.reviews ?? []).map((r) => (
                <li key={r.id}>
                  <strong>{l(r.name) || r.id}</strong> —{' '}
                  {t(M, 'every', {
                    duration: words.duration(r.every),
                    stages: r.during.map((s) => words.stage(s)).join(', '),
                  })}
                  {' · '}
                  {words.role(r.role)}
                  {r.form && ` · ${words.form(r.form.form)}`}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section className="card" aria-labelledby="sop-closure">
          <h3 id="sop-closure">{t(M, 'closure')}</h3>
          {sop.closure?.fromStages && (
            <p className="small-text">
              {t(M, 'closureFrom', { stages: sop.closure.fromStages.map((s) => words.stage(s)).join(', ') })}
            </p>
          )}
          {reasons.length > 0 && (
            <p className="small-text">
              <strong>{t(M, 'reasons')}:</strong>{' '}
              {reasons.map((r) => l(r.label) || String(r.value)).join(' · ')}
            </p>
          )}
          {sop.reopen && (
            <p className="small-text">
              {t(M, 'reopen', {
                stage: words.stage(sop.reopen.stage),
                duration: words.duration(sop.reopen.within),
              })}
            </p>
          )}
          {(sop.scenarios ?? []).length > 0 && (
            <p className="small-text muted">{t(M, 'scenarios', { n: (sop.scenarios ?? []).length })}</p>
          )}
        </section>
      </div>
    </div>
  );
}
