import { holds } from './conditions.js';
import { type Draft, emit, factsOf } from './draft.js';
import { taskDeadline } from './task-deadline.js';
import { cancelTask, createTask } from './tasks.js';

/** Cancels the non-required open tasks the stage created (required ones block leaving anyway). */
export function leaveStage(d: Draft): void {
  for (const t of d.state.tasks)
    if (
      t.status === 'open' &&
      t.kind === 'task' &&
      !t.discretionary &&
      !t.required &&
      t.stage === d.state.stage
    )
      cancelTask(d, t, 'stage_left');
}

/** Enters `stageId`: a new stage entry, and the stage's tasks whose `when` holds now. */
export function enterStage(d: Draft, stageId: string, transition: string | null, from: string | null): void {
  const s = d.state;
  s.stage = stageId;
  s.stageEnteredAt = d.now;
  s.stageEntry += 1;
  emit(d, { type: 'stage_changed', from, to: stageId, transition, at: d.now });
  const stage = d.def.stages.get(stageId);
  const facts = factsOf(d);
  for (const task of stage?.tasks ?? []) {
    if (!holds(d, task.when, `task:${task.id}`, facts)) continue;
    createTask(d, {
      defId: task.id,
      kind: 'task',
      role: task.role,
      form: task.form?.form ?? null,
      required: task.required ?? false,
      deadline: taskDeadline(d, task.due, d.now),
    });
  }
}

/** Moves the case along a transition to `stageId`. */
export function moveTo(d: Draft, stageId: string, transition: string | null): void {
  const from = d.state.stage;
  leaveStage(d);
  enterStage(d, stageId, transition, from);
}
