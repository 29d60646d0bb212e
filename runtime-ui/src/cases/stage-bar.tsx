import { formatDate } from '../common/format.js';
import { useI18n } from '../common/i18n.js';
import { stagesInOrder } from '../site/definitions.js';
import { useSite } from '../site/site-context.js';
import { useCase } from './case-context.js';
import { CASE_MESSAGES } from './case-messages.js';
import { visitedStages } from './use-case-history.js';

/** The SOP's stages in process order, the case's current one highlighted. */
export function StageBar() {
  const { t, l, locale } = useI18n();
  const site = useSite();
  const { view, sop, history } = useCase();
  if (sop === undefined) return null;
  const stages = stagesInOrder(sop);
  // A stage is marked done only if the case has really been in it (branches may be skipped).
  const visited = history.items ? visitedStages(history.items) : new Set<string>();
  return (
    <nav className="stage-bar" aria-label={t(CASE_MESSAGES, 'stages')}>
      <ol>
        {stages.map((stage) => {
          const state = stage.id === view.case.stage ? 'current' : visited.has(stage.id) ? 'passed' : 'ahead';
          return (
            <li
              key={stage.id}
              className={`stage stage-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="stage-number" aria-hidden="true">
                {state === 'passed' ? '✓' : state === 'current' ? '●' : '○'}
              </span>
              <span className="stage-name">{l(stage.name)}</span>
              {state !== 'ahead' && (
                <span className="visually-hidden">
                  {' '}
                  ({t(CASE_MESSAGES, state === 'current' ? 'currentStage' : 'passedStage')})
                </span>
              )}
            </li>
          );
        })}
      </ol>
      <p className="muted stage-since">
        {t(CASE_MESSAGES, 'inStageSince', {
          date: formatDate(view.state.stageEnteredAt, locale, site.timeZone),
        })}
      </p>
    </nav>
  );
}
