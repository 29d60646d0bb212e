import { pointer } from '../../kernel/json-pointer.js';
import type { ScenarioEvent, ScenarioExpectation, SopDefinition } from '../definition-types.generated.js';
import { resolvePath } from '../facts/fact-tree.js';
import { formFacts, personRecordFacts } from '../facts/site-facts.js';
import type { SiteIndex } from '../site-index.js';
import type { DefinitionReporter } from './definition-reporter.js';
import type { SopIds } from './sop-ids.js';

type Tokens = (string | number)[];

function checkData(
  data: Record<string, unknown> | undefined,
  formId: string,
  index: SiteIndex,
  at: Tokens,
  r: DefinitionReporter,
): void {
  const facts = formFacts(index, formId);
  for (const key of Object.keys(data ?? {})) {
    const resolved = resolvePath(facts, key);
    if (!resolved.ok)
      r.report(pointer(...at, 'data', key), 'bad-var-path', `Form "${formId}": ${resolved.message}`);
  }
}

function checkEvent(
  event: ScenarioEvent,
  ids: SopIds,
  index: SiteIndex,
  at: Tokens,
  r: DefinitionReporter,
): void {
  const p = (key: string) => pointer(...at, key);
  const need = (key: keyof ScenarioEvent) => {
    if (event[key] === undefined)
      r.report(pointer(...at), 'invalid-value', `A "${event.type}" event needs "${key}".`);
  };
  switch (event.type) {
    case 'submit':
      need('form');
      if (event.form !== undefined && r.ref(p('form'), 'form', event.form))
        checkData(event.data, event.form, index, at, r);
      break;
    case 'advance':
      need('to');
      r.oneOf(p('to'), 'stage', event.to, ids.stages);
      break;
    case 'complete_task':
    case 'skip_task':
      need('task');
      r.oneOf(p('task'), 'task', event.task, ids.tasks);
      break;
    case 'add_task':
      need('task');
      r.oneOf(p('task'), 'discretionary task', event.task, ids.discretionary);
      break;
    case 'request_approval':
    case 'approve':
    case 'return':
      need('approval');
      r.oneOf(p('approval'), 'approval', event.approval, ids.approvals);
      break;
    case 'close':
      need('reason');
      if (event.reason !== undefined && !ids.closureReasons.includes(event.reason))
        r.report(
          p('reason'),
          'unknown-option-value',
          `"${event.reason}" is not a closure reason of this SOP.`,
        );
      break;
    case 'set_passive':
      if (
        event.reason !== undefined &&
        ids.passiveReasons !== undefined &&
        !ids.passiveReasons.includes(event.reason)
      )
        r.report(
          p('reason'),
          'unknown-option-value',
          `"${event.reason}" is not a passive reason of this SOP.`,
        );
      break;
    default:
      break;
  }
  r.oneOf(p('role'), 'role', event.role, ids.roles);
}

function checkExpectation(expect: ScenarioExpectation, ids: SopIds, at: Tokens, r: DefinitionReporter): void {
  r.oneOf(pointer(...at, 'stage'), 'stage', expect.stage, ids.stages);
  // Open work also includes approval tasks (named by approval id) and the engine's own follow-ups.
  const taskIds = [...ids.tasks, ...ids.approvals, 'follow-up', 'passive-review'];
  for (const key of ['openTasks', 'overdueTasks'] as const)
    expect[key]?.forEach((t, i) => r.oneOf(pointer(...at, key, i), 'task', t, taskIds));
  expect.milestones?.forEach((m, i) =>
    r.oneOf(pointer(...at, 'milestones', i), 'milestone', m, ids.milestones),
  );
  if (expect.closureReason !== undefined && !ids.closureReasons.includes(expect.closureReason))
    r.report(
      pointer(...at, 'closureReason'),
      'unknown-option-value',
      `"${expect.closureReason}" is not a closure reason of this SOP.`,
    );
}

/** Checks every reference in the SOP's scenario tests. */
export function linkScenarios(
  sop: SopDefinition,
  ids: SopIds,
  index: SiteIndex,
  r: DefinitionReporter,
): void {
  r.unique('/scenarios', 'scenario', sop.scenarios ?? [], (s) => (s as { name: string }).name);
  const person = personRecordFacts(index);
  sop.scenarios?.forEach((scenario, i) => {
    for (const key of Object.keys(scenario.person ?? {})) {
      const resolved = resolvePath(person, key);
      if (!resolved.ok)
        r.report(
          pointer('scenarios', i, 'person', key),
          'bad-var-path',
          `Registration data: ${resolved.message}`,
        );
    }
    scenario.steps.forEach((step, j) => {
      if (step.event) checkEvent(step.event, ids, index, ['scenarios', i, 'steps', j, 'event'], r);
      if (step.expect) checkExpectation(step.expect, ids, ['scenarios', i, 'steps', j, 'expect'], r);
      if (!step.event && !step.after)
        r.report(
          pointer('scenarios', i, 'steps', j),
          'invalid-value',
          'A step needs an event or "after" (time passing).',
        );
    });
  });
}
