import type { Review, SopDefinition, Task } from '../../../definitions/definition-types.generated.js';
import { appendPointer } from '../../../kernel/json-pointer.js';
import { changedKeys, diffByKey, same } from './by-key.js';
import { type DefinitionDiff, named, say } from './change.js';
import { approximateDays, formatDuration } from './durations.js';

const OPEN_TASKS: readonly [string, string] = ['{n} open task', '{n} open tasks'];

type PlacedTask = { task: Task; pointer: string };

/** Every task of an SOP (stage tasks and discretionary ones) with its place. */
function tasksOf(sop: SopDefinition): Map<string, PlacedTask> {
  const tasks = new Map<string, PlacedTask>();
  sop.stages.forEach((stage, i) =>
    (stage.tasks ?? []).forEach((task, j) =>
      tasks.set(task.id, { task, pointer: appendPointer('/stages', i, 'tasks', j) }),
    ),
  );
  (sop.discretionaryTasks ?? []).forEach((task, j) =>
    tasks.set(task.id, { task, pointer: appendPointer('/discretionaryTasks', j) }),
  );
  return tasks;
}

/** Tasks added, removed (with their open instances counted), re-timed or otherwise changed. */
export function diffTasks(d: DefinitionDiff, sopId: string, a: SopDefinition, b: SopDefinition): void {
  const before = tasksOf(a);
  const after = tasksOf(b);
  const name = (t: Task) => named(t.id, say(d.scope, t.name, t.id));
  for (const [id, { task, pointer }] of before)
    if (!after.has(id))
      d.add(
        'task_removed',
        pointer,
        `Task ${name(task)} removed from ${d.name}`,
        { task: id },
        {
          query: { type: 'open_tasks', sopId, definitionId: id },
          phrase: OPEN_TASKS,
        },
      );
  for (const [id, { task, pointer }] of after) {
    const old = before.get(id)?.task;
    if (old === undefined) {
      d.add('task_added', pointer, `Task ${name(task)} added to ${d.name}`, { task: id });
      continue;
    }
    if (!same(old.due, task.due)) {
      const show = (t: Task) => (t.due ? formatDuration(d.scope.to, t.due.in) : 'none');
      d.add(
        'deadline_changed',
        appendPointer(pointer, 'due'),
        `Deadline of task ${name(task)}: ${show(old)} → ${show(task)}`,
        { task: id },
      );
    }
    const other = changedKeys(old, task, ['due']);
    if (other.length > 0)
      d.add('task_changed', pointer, `Task ${name(task)}: ${other.join(', ')} changed`, {
        task: id,
        properties: other,
      });
  }
}

/** Approvals added, removed (pending approval tasks counted) or changed. */
export function diffApprovals(d: DefinitionDiff, sopId: string, a: SopDefinition, b: SopDefinition): void {
  const diff = diffByKey(a.approvals, b.approvals, (x) => x.id);
  const at = (i: number) => appendPointer('/approvals', i);
  for (const { item, index } of diff.removed)
    d.add(
      'approval_removed',
      at(index),
      `Approval ${named(item.id, say(d.scope, item.name, item.id))} removed from ${d.name}`,
      { approval: item.id, name: say(d.scope, item.name, item.id) },
      {
        query: { type: 'open_tasks', sopId, definitionId: item.id },
        phrase: ['{n} pending approval', '{n} pending approvals'],
      },
    );
  for (const { item, index } of diff.added)
    d.add(
      'approval_added',
      at(index),
      `Approval ${named(item.id, say(d.scope, item.name, item.id))} added to ${d.name}`,
      { approval: item.id, name: say(d.scope, item.name, item.id) },
    );
  for (const { key, after, before } of diff.changed)
    d.add(
      'approval_changed',
      at(after.index),
      `Approval "${key}": ${changedKeys(before.item, after.item).join(', ')} changed`,
      {
        approval: key,
        name: say(d.scope, after.item.name, key),
        properties: changedKeys(before.item, after.item),
      },
    );
}

function reviewInterval(d: DefinitionDiff, sopId: string, old: Review, now: Review, index: number): void {
  const from = approximateDays(d.scope.from, old.every);
  const to = approximateDays(d.scope.to, now.every);
  const shown = [formatDuration(d.scope.from, old.every), formatDuration(d.scope.to, now.every)];
  if (from === to || shown[0] === shown[1]) return;
  const earlier = from !== undefined && to !== undefined && to < from;
  d.add(
    'review_interval_changed',
    appendPointer('/reviews', index, 'every'),
    `Interval of review ${named(now.id, say(d.scope, now.name, now.id))}: ${shown[0]} → ${shown[1]}`,
    { review: now.id, from: shown[0] ?? '', to: shown[1] ?? '', earlier },
    {
      query: { type: 'review', sopId, reviewId: now.id },
      phrase: earlier
        ? ['{n} case gets an earlier review', '{n} cases get an earlier review']
        : ['{n} case gets a later review', '{n} cases get a later review'],
    },
  );
}

/** Reviews added, removed, re-timed (also when only the setting they read changed) or changed. */
export function diffReviews(d: DefinitionDiff, sopId: string, a: SopDefinition, b: SopDefinition): void {
  const diff = diffByKey(a.reviews, b.reviews, (r) => r.id);
  const at = (i: number) => appendPointer('/reviews', i);
  const name = (r: Review) => named(r.id, say(d.scope, r.name, r.id));
  for (const { item, index } of diff.removed)
    d.add(
      'review_removed',
      at(index),
      `Review ${name(item)} removed from ${d.name}`,
      { review: item.id },
      {
        query: { type: 'review', sopId, reviewId: item.id },
        phrase: ['{n} case has it scheduled', '{n} cases have it scheduled'],
      },
    );
  for (const { item, index } of diff.added)
    d.add('review_added', at(index), `Review ${name(item)} added to ${d.name}`, { review: item.id });
  const before = new Map((a.reviews ?? []).map((r) => [r.id, r]));
  (b.reviews ?? []).forEach((now, index) => {
    const old = before.get(now.id);
    if (old === undefined) return;
    reviewInterval(d, sopId, old, now, index);
    const other = changedKeys(old, now, ['every']);
    if (other.length > 0)
      d.add('review_changed', at(index), `Review ${name(now)}: ${other.join(', ')} changed`, {
        review: now.id,
        properties: other,
      });
  });
}
