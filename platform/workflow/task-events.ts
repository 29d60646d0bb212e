import { type BlockReason, block, blockOn } from './block-reason.js';
import type { Actor, TaskInstance } from './case-state.js';
import { checkCondition } from './conditions.js';
import { type Draft, factsOf } from './draft.js';
import { passiveReviewDone } from './passive.js';
import { reviewFinished } from './reviews.js';
import { roleBlocks } from './roles.js';
import { taskDeadline } from './task-deadline.js';
import { completeTask, createTask, findOpenTask, skipTask } from './tasks.js';

type Checked = { task?: TaskInstance; blocks: BlockReason[] };

function checkTask(d: Draft, ref: string, actor: Actor): Checked {
  const task = findOpenTask(d, ref);
  if (task === undefined) return { blocks: [blockOn('task_not_open', 'task', ref)] };
  // Approvals are decided with approve/return, which record the decision.
  if (task.kind === 'approval') return { blocks: [blockOn('approval_task', 'approval', task.defId)] };
  return { task, blocks: roleBlocks(d.def.bundle, actor.role, task.role) };
}

/** A task with a form is completed by submitting the form, not by `complete_task`. */
export function completeBlocks(d: Draft, ref: string, actor: Actor): Checked {
  const checked = checkTask(d, ref, actor);
  const form = checked.task?.form;
  if (checked.blocks.length > 0 || form === null || form === undefined) return checked;
  return { blocks: [blockOn('form_required', 'form', form, { task: checked.task?.defId ?? ref })] };
}

export function skipBlocks(d: Draft, ref: string, reason: string, actor: Actor): Checked {
  const checked = checkTask(d, ref, actor);
  if (checked.blocks.length > 0) return checked;
  return reason.trim() === '' ? { blocks: [block('reason_required')] } : checked;
}

/** What finishing a task sets off: the next review, the next passive review. */
function afterFinished(d: Draft, task: TaskInstance): void {
  if (task.kind === 'review') reviewFinished(d, task.defId);
  if (task.kind === 'passive_review') passiveReviewDone(d);
}

export function finishTask(d: Draft, task: TaskInstance, actor: Actor, skipReason: string | null): void {
  if (skipReason === null) completeTask(d, task, actor);
  else skipTask(d, task, skipReason, actor);
  afterFinished(d, task);
}

/** A discretionary task may be added while the case is not closed and its `when` holds. */
export function addTaskBlocks(d: Draft, taskId: string): BlockReason[] {
  if (d.state.status === 'closed') return [block('case_not_open', { status: 'closed' })];
  const def = (d.def.sop.discretionaryTasks ?? []).find((t) => t.id === taskId);
  if (def === undefined) return [blockOn('unknown_task', 'task', taskId)];
  const check = checkCondition(d, def.when, factsOf(d));
  return check.ok ? [] : [block('guard_failed', { task: taskId }, check.trace)];
}

export function addTask(d: Draft, taskId: string): void {
  const def = d.def.tasks.get(taskId);
  if (def === undefined) return;
  createTask(d, {
    defId: def.id,
    kind: 'task',
    role: def.role,
    form: def.form?.form ?? null,
    required: def.required ?? false,
    discretionary: true,
    deadline: taskDeadline(d, def.due, d.now),
  });
}
