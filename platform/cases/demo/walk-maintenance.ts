import type { TaskInstance } from '../../workflow/index.js';
import { whoCan } from './demo-staff.js';
import { formsReadBy } from './forms-read-by.js';
import type { WalkView } from './walk-decisions.js';
import type { CaseWalk, Plan, WalkEnv } from './walk-types.js';

const DAY = 86_400_000;

/**
 * Ordinary work on a case that has reached its target: the open tasks (stage tasks, reviews,
 * follow-ups after closure, the passive review) are done around their due dates — a few late, and
 * one in four never, so overdue work exists at "now". Tasks nobody at the case's agency may do
 * (a partner's input) stay open. Waits for the next review or follow-up to appear; done when
 * nothing more is coming.
 */
export function decideMaintenance(w: CaseWalk, env: WalkEnv, view: WalkView): Plan {
  const now = view.now.getTime();
  let soonest: { task: TaskInstance; at: number } | undefined;
  for (const task of view.state.tasks) {
    if (task.status !== 'open' || task.kind === 'approval' || w.ignored.has(task.id)) continue;
    const at = w.doAt.get(task.id) ?? plannedTime(w, env, view, task, now);
    if (at === undefined) continue;
    if (soonest === undefined || at < soonest.at) soonest = { task, at };
  }
  if (soonest !== undefined) {
    if (soonest.at > now) return { kind: 'wait', until: soonest.at };
    return taskWork(soonest.task);
  }
  const upcoming = [
    ...Object.values(view.state.reviews).map((r) => r.appearsAt),
    ...view.state.scheduled.map((s) => s.appearsAt),
  ]
    .map((at) => Date.parse(at))
    .filter((at) => at > now);
  if (upcoming.length === 0) return { kind: 'done', why: 'target' };
  return { kind: 'wait', until: Math.min(...upcoming) + 2 * 3_600_000 };
}

/** Decides once per task whether and when the worker does it; `undefined`: left undone. */
function plannedTime(w: CaseWalk, env: WalkEnv, view: WalkView, task: TaskInstance, now: number) {
  const need =
    task.form === null ? { permission: 'task.complete' as const, role: task.role } : { form: task.form };
  const able = whoCan(env.def.bundle, env.staff, view.record, view.team, need, true).length > 0;
  if (!able || movesOn(env, view, task) || w.random.chance(0.25)) {
    w.ignored.add(task.id);
    return undefined;
  }
  const due = task.dueAt === null ? now + w.random.int(1, 10) * DAY : Date.parse(task.dueAt);
  const at = w.random.chance(0.15) ? due + w.random.int(1, 12) * DAY : due - w.random.int(0, 4) * DAY;
  const planned = Math.max(now, at);
  w.doAt.set(task.id, planned);
  return planned;
}

/**
 * Whether doing the task would carry an open case out of the stage it is meant to rest in (its
 * form feeds an automatic move): such a case is one whose task is still to do.
 */
function movesOn(env: WalkEnv, view: WalkView, task: TaskInstance): boolean {
  if (view.state.status !== 'open' || task.form === null || task.stage !== view.state.stage) return false;
  const stage = env.def.stages.get(view.state.stage);
  const form = task.form;
  return (stage?.transitions ?? []).some(
    (t) =>
      t.automatic === true &&
      (formsReadBy(env.def.bundle, t.when ?? null).includes(form) ||
        (t.requiredForms ?? []).some((f) => f.form === form) ||
        (stage?.requiredForms ?? []).some((f) => f.form === form)),
  );
}

function taskWork(task: TaskInstance): Plan {
  if (task.form !== null) return { kind: 'submit', form: task.form, goal: { kind: 'any' }, pause: 'minutes' };
  return {
    kind: 'event',
    event: { type: 'complete_task', task: task.id },
    need: { permission: 'task.complete', role: task.role },
    pause: 'minutes',
  };
}
