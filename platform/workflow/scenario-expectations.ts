import type { ScenarioExpectation } from '../definitions/definition-types.generated.js';
import type { CaseState } from './case-state.js';
import type { StepResult } from './step.js';

const list = (values: readonly string[]) => `[${values.join(', ')}]`;

/** Differences between two multisets of ids, or `undefined` when equal. */
function multisetDiff(expected: readonly string[], actual: readonly string[]): string | undefined {
  const rest = [...actual];
  const missing: string[] = [];
  for (const id of expected) {
    const at = rest.indexOf(id);
    if (at < 0) missing.push(id);
    else rest.splice(at, 1);
  }
  if (missing.length === 0 && rest.length === 0) return undefined;
  const parts = [
    ...(missing.length > 0 ? [`missing ${missing.join(', ')}`] : []),
    ...(rest.length > 0 ? [`unexpected ${rest.join(', ')}`] : []),
  ];
  return `expected ${list([...expected].sort())}, got ${list([...actual].sort())} (${parts.join('; ')})`;
}

function refusalFailures(expect: ScenarioExpectation, result: StepResult, why: string): string[] {
  const refused = !result.ok;
  const codes = result.ok ? [] : result.blockedBy.map((b) => b.code);
  const wantsRefusal = expect.rejected ?? (expect.blockedBy !== undefined ? true : undefined);
  if (wantsRefusal === true && !refused)
    return ['rejected: expected the event to be refused, but it was accepted'];
  if (wantsRefusal !== true && refused) return [`rejected: the event was refused: ${list(codes)} — ${why}`];
  if (expect.blockedBy === undefined || !refused) return [];
  const diff = multisetDiff(expect.blockedBy, codes);
  return diff === undefined ? [] : [`blockedBy: ${diff}`];
}

function scalar(name: string, expected: unknown, actual: unknown): string[] {
  return expected === undefined || expected === actual
    ? []
    : [`${name}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

/**
 * What differs between a step's expectation and the outcome, one message per property:
 * `openTasks`/`overdueTasks` are compared as multisets of task ids, `milestones` as sets.
 */
export function expectationFailures(
  expect: ScenarioExpectation | undefined,
  state: CaseState,
  result: StepResult | undefined,
  why: string,
): string[] {
  const e = expect ?? {};
  const open = state.tasks.filter((t) => t.status === 'open');
  const sets: [string, readonly string[] | undefined, string[]][] = [
    ['openTasks', e.openTasks, open.map((t) => t.defId)],
    ['overdueTasks', e.overdueTasks, open.filter((t) => t.overdue).map((t) => t.defId)],
    ['milestones', e.milestones && [...new Set(e.milestones)], Object.keys(state.milestones)],
  ];
  return [
    ...(result === undefined ? [] : refusalFailures(e, result, why)),
    ...scalar('stage', e.stage, state.stage),
    ...scalar('status', e.status, state.status),
    ...scalar('closureReason', e.closureReason, state.closureReason),
    ...sets.flatMap(([name, expected, actual]) => {
      const diff = expected === undefined ? undefined : multisetDiff(expected, actual);
      return diff === undefined ? [] : [`${name}: ${diff}`];
    }),
  ];
}
