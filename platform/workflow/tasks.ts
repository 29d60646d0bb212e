import type { Actor, Deadline, TaskInstance, TaskKind } from './case-state.js';
import { type Draft, emit } from './draft.js';
import type { CancelCause } from './effects.js';

export type NewTask = {
  readonly defId: string;
  readonly kind: TaskKind;
  readonly role: string;
  readonly form: string | null;
  readonly required?: boolean;
  readonly discretionary?: boolean;
  readonly deadline: Deadline | null;
};

/** A fresh instance id: the generator's, made unique if a custom generator repeats itself. */
function instanceId(d: Draft, defId: string): string {
  const ordinal = d.state.tasks.filter((t) => t.defId === defId).length + 1;
  const base = d.def.newTaskId(defId, ordinal);
  let id = base;
  for (let n = 2; d.state.tasks.some((t) => t.id === id); n++) id = `${base}-${n}`;
  return id;
}

export function createTask(d: Draft, spec: NewTask): TaskInstance {
  const task: TaskInstance = {
    id: instanceId(d, spec.defId),
    defId: spec.defId,
    kind: spec.kind,
    discretionary: spec.discretionary ?? false,
    stage: d.state.stage,
    role: spec.role,
    form: spec.form,
    required: spec.required ?? false,
    status: 'open',
    dueAt: spec.deadline?.dueAt ?? null,
    dueDate: spec.deadline?.dueDate ?? null,
    overdue: false,
    createdAt: d.now,
    completedAt: null,
  };
  d.state.tasks.push(task);
  emit(d, { type: 'task_created', task: structuredClone(task) });
  return task;
}

export function completeTask(d: Draft, task: TaskInstance, by: Actor | null): void {
  task.status = 'done';
  task.completedAt = d.now;
  if (by !== null) task.completedBy = by;
  emit(d, { type: 'task_completed', taskId: task.id, defId: task.defId, by, at: d.now });
}

export function skipTask(d: Draft, task: TaskInstance, reason: string, by: Actor): void {
  task.status = 'skipped';
  task.completedAt = d.now;
  task.completedBy = by;
  task.comment = reason;
  emit(d, { type: 'task_skipped', taskId: task.id, defId: task.defId, reason, by, at: d.now });
}

export function cancelTask(d: Draft, task: TaskInstance, cause: CancelCause): void {
  task.status = 'cancelled';
  task.completedAt = d.now;
  emit(d, { type: 'task_cancelled', taskId: task.id, defId: task.defId, cause, at: d.now });
}

export const openTasks = (d: Draft): TaskInstance[] => d.state.tasks.filter((t) => t.status === 'open');

/** A task named by instance id, or else the latest open instance of a task definition id. */
export function findOpenTask(d: Draft, ref: string): TaskInstance | undefined {
  const byId = d.state.tasks.find((t) => t.id === ref);
  if (byId !== undefined) return byId.status === 'open' ? byId : undefined;
  return openTasks(d)
    .filter((t) => t.defId === ref)
    .at(-1);
}
