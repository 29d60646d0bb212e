import type { SopDefinition, Stage } from '../../../definitions/definition-types.generated.js';
import { appendPointer } from '../../../kernel/json-pointer.js';
import { changedKeys, diffByKey, same } from './by-key.js';
import { type DefinitionDiff, named, say } from './change.js';
import { diffOptions } from './diff-options.js';
import { diffApprovals, diffReviews, diffTasks } from './diff-sop-parts.js';

const stageName = (d: DefinitionDiff, s: Stage) => named(s.id, say(d.scope, s.name, s.id));

function diffTransitions(d: DefinitionDiff, old: Stage, now: Stage, pointer: string): void {
  const diff = diffByKey(old.transitions, now.transitions, (t) => t.id);
  const at = (i: number) => appendPointer(pointer, 'transitions', i);
  const where = `stage ${stageName(d, now)}`;
  for (const { item, index } of diff.removed)
    d.add('transition_removed', at(index), `Transition "${item.id}" removed from ${where}`, {
      stage: now.id,
      transition: item.id,
    });
  for (const { item, index } of diff.added)
    d.add(
      'transition_added',
      at(index),
      `Transition "${item.id}"${item.to ? ` to "${item.to}"` : ''} added to ${where}`,
      { stage: now.id, transition: item.id },
    );
  for (const { key, before, after } of diff.changed) {
    const keys = changedKeys(before.item, after.item);
    d.add(
      'transition_changed',
      at(after.index),
      `Transition "${key}" of ${where}: ${keys.join(', ')} changed`,
      { stage: now.id, transition: key, properties: keys },
    );
  }
}

function diffStages(d: DefinitionDiff, sopId: string, a: SopDefinition, b: SopDefinition): void {
  const diff = diffByKey(a.stages, b.stages, (s) => s.id);
  const at = (i: number) => appendPointer('/stages', i);
  for (const { item, index } of diff.removed)
    d.add(
      'stage_removed',
      at(index),
      `Stage ${stageName(d, item)} removed from ${d.name}`,
      { stage: item.id },
      {
        query: { type: 'stage', sopId, stage: item.id },
        phrase: ['{n} open case is in it', '{n} open cases are in it'],
      },
    );
  for (const { item, index } of diff.added)
    d.add('stage_added', at(index), `Stage ${stageName(d, item)} added to ${d.name}`, { stage: item.id });
  for (const { before, after } of diff.changed) {
    const [old, now] = [before.item, after.item];
    if (!same(old.name, now.name))
      d.add(
        'stage_renamed',
        at(after.index),
        `Stage "${now.id}" renamed "${say(d.scope, old.name, old.id)}" → "${say(d.scope, now.name, now.id)}"`,
        { stage: now.id, from: say(d.scope, old.name, old.id), to: say(d.scope, now.name, now.id) },
      );
    const keys = changedKeys(old, now, ['name', 'tasks', 'transitions']);
    if (keys.length > 0)
      d.add('stage_changed', at(after.index), `Stage ${stageName(d, now)}: ${keys.join(', ')} changed`, {
        stage: now.id,
        properties: keys,
      });
    diffTransitions(d, old, now, at(after.index));
  }
}

function diffClosure(d: DefinitionDiff, a: SopDefinition, b: SopDefinition): void {
  diffOptions(
    d,
    { pointer: '/closure/reasons', what: `the closure reasons of ${d.name}`, uses: [] },
    a.closure.reasons,
    b.closure.reasons,
  );
  const keys = changedKeys(a.closure, b.closure, ['reasons']);
  if (keys.length > 0)
    d.add('closure_changed', '/closure', `Closure of ${d.name}: ${keys.join(', ')} changed`, {
      properties: keys,
    });
}

function diffMilestones(d: DefinitionDiff, a: SopDefinition, b: SopDefinition): void {
  const diff = diffByKey(a.milestones, b.milestones, (m) => m.id);
  const at = (i: number) => appendPointer('/milestones', i);
  for (const { item, index } of diff.removed)
    d.add('milestone_removed', at(index), `Milestone "${item.id}" removed from ${d.name}`, {
      milestone: item.id,
      name: say(d.scope, item.name, item.id),
    });
  for (const { item, index } of diff.added)
    d.add('milestone_added', at(index), `Milestone "${item.id}" added to ${d.name}`, {
      milestone: item.id,
      name: say(d.scope, item.name, item.id),
    });
  for (const { key, after } of diff.changed)
    d.add('milestone_changed', at(after.index), `Milestone "${key}" of ${d.name} changed`, {
      milestone: key,
      name: say(d.scope, after.item.name, key),
    });
}

/** Stages, transitions, tasks and deadlines, approvals, reviews, closure, milestones and scenarios of an SOP. */
export function diffSop(d: DefinitionDiff, sopId: string, a: SopDefinition, b: SopDefinition): string[] {
  if (a.initialStage !== b.initialStage)
    d.add(
      'initial_stage_changed',
      '/initialStage',
      `Cases of ${d.name} now start in "${b.initialStage}" (was "${a.initialStage}")`,
      { from: a.initialStage, to: b.initialStage },
    );
  diffStages(d, sopId, a, b);
  diffTasks(d, sopId, a, b);
  diffApprovals(d, sopId, a, b);
  diffReviews(d, sopId, a, b);
  diffClosure(d, a, b);
  diffMilestones(d, a, b);
  if (!same(a.scenarios, b.scenarios))
    d.add(
      'scenarios_changed',
      '/scenarios',
      `Scenarios of ${d.name} changed (${a.scenarios?.length ?? 0} → ${b.scenarios?.length ?? 0})`,
      { from: a.scenarios?.length ?? 0, to: b.scenarios?.length ?? 0 },
    );
  return [
    'initialStage',
    'stages',
    'discretionaryTasks',
    'approvals',
    'reviews',
    'closure',
    'milestones',
    'scenarios',
  ];
}
