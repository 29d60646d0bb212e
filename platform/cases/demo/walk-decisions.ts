import type { JsonObject } from '../../kernel/json.js';
import {
  type AvailableAction,
  type BlockReason,
  baseCode,
  type CaseState,
  type ExternalFacts,
} from '../../workflow/index.js';
import type { CaseRecord } from '../records.js';
import { formFieldsReadBy } from './forms-read-by.js';
import type { SubmissionGoal } from './submission-choice.js';
import { closureOverrides, nextStageToward, passiveReason } from './walk-helpers.js';
import { decideMaintenance } from './walk-maintenance.js';
import { nextReferralAt, referralPlan } from './walk-referrals.js';
import type { CaseWalk, Plan, WalkEnv } from './walk-types.js';

/** What a walk sees of its case at the moment it acts. */
export type WalkView = {
  readonly record: CaseRecord;
  /** User ids of the case team. */
  readonly team: readonly string[];
  readonly state: CaseState;
  readonly external: ExternalFacts;
  readonly now: Date;
  readonly actions: AvailableAction[];
};

const CONDITIONS = new Set(['guard_failed', 'exit_condition', 'entry_condition']);

/**
 * The next step of a walk: a referral move that is due, else the next step toward the target as
 * the SOP allows it now — waiting or ending only once the case's referrals have run their course.
 */
export function decide(w: CaseWalk, env: WalkEnv, view: WalkView): Plan {
  const referral = referralPlan(w, env, view);
  if (referral !== undefined) return referral;
  const plan = decideCase(w, env, view);
  const next = nextReferralAt(w);
  if (next === undefined || (plan.kind !== 'wait' && plan.kind !== 'done')) return plan;
  return { kind: 'wait', until: plan.kind === 'wait' ? Math.min(plan.until, next) : next };
}

function decideCase(w: CaseWalk, env: WalkEnv, view: WalkView): Plan {
  const { state } = view;
  if (state.status === 'closed') return decideClosed(w, env, view);
  if (state.status === 'passive')
    return w.target.kind === 'passive'
      ? decideMaintenance(w, env, view)
      : { kind: 'event', event: { type: 'resume' }, need: { permission: 'case.passive' }, pause: 'stage' };
  const decision = pendingApproval(w, env, view);
  if (decision !== undefined) return decision;
  if (state.stage === w.target.stage) return decideAtTarget(w, env, view);
  // An automatic move can carry a case past the stage it was meant to rest in.
  const passed = nextStageToward(env.outline, state.stage, w.target.stage) === undefined;
  if (passed && w.target.kind === 'open') return decideMaintenance(w, env, view);
  return decideProgress(w, env, view);
}

/** A requested approval is decided by the approver (a plan with a form is returned once in five). */
function pendingApproval(w: CaseWalk, env: WalkEnv, view: WalkView): Plan | undefined {
  for (const [id, approval] of Object.entries(view.state.approvals)) {
    if (approval.status !== 'pending') continue;
    const def = env.def.approvals.get(id);
    const giveBack = def?.form !== undefined && !w.returned.has(id) && w.random.chance(0.2);
    if (giveBack) w.returned.add(id);
    const comment = giveBack ? returnComment(w, env) : '';
    const event = giveBack
      ? { type: 'return' as const, approval: id, reason: comment }
      : { type: 'approve' as const, approval: id };
    return { kind: 'event', event, need: { permission: 'approval.decide', role: def?.role }, pause: 'hours' };
  }
  return undefined;
}

function returnComment(w: CaseWalk, env: WalkEnv): string {
  const comments = env.library.comments;
  return comments.length > 0 ? w.random.pick(comments) : 'Please complete the plan and send it again.';
}

function decideAtTarget(w: CaseWalk, env: WalkEnv, view: WalkView): Plan {
  switch (w.target.kind) {
    case 'open':
      return decideMaintenance(w, env, view);
    case 'passive': {
      const reason = passiveReason(env, w.random);
      const event =
        reason === undefined ? { type: 'set_passive' as const } : { type: 'set_passive' as const, reason };
      return { kind: 'event', event, need: { permission: 'case.passive' }, pause: 'stage' };
    }
    case 'closed':
    case 'reopened':
      return decideClose(w, env, view, w.target.reason);
  }
}

function decideProgress(w: CaseWalk, env: WalkEnv, view: WalkView): Plan {
  const next = nextStageToward(env.outline, view.state.stage, w.target.stage);
  const advance = view.actions.find((a) => a.type === 'advance' && a.to === next);
  if (next === undefined || advance === undefined) return fallback(w, env, view, 'no_path');
  if (advance.blockedBy.length === 0)
    return {
      kind: 'event',
      event: { type: 'advance', to: next },
      need: { permission: 'case.advance' },
      pause: 'stage',
    };
  const goal: SubmissionGoal = { kind: 'advance', to: next };
  return resolveBlocks(w, env, view, advance.blockedBy, goal, conditionFields(env, view.state.stage, next));
}

/** Closes with `reason`: through the stage's exit for it, else the general closure. */
function decideClose(w: CaseWalk, env: WalkEnv, view: WalkView, reason: string): Plan {
  const exit = view.actions.find((a) => a.type === 'close' && a.reason === reason);
  const close = exit ?? view.actions.find((a) => a.type === 'close' && a.reason === null);
  if (close === undefined) return fallback(w, env, view, 'no_closure');
  if (close.blockedBy.length === 0)
    return {
      kind: 'event',
      event: { type: 'close', reason },
      need: { permission: 'case.close' },
      pause: 'stage',
    };
  if (close.blockedBy.some((b) => b.code === 'closure_not_allowed_here'))
    return fallback(w, env, view, 'closure');
  const goal: SubmissionGoal = { kind: 'close', reason };
  const transition = exit?.type === 'close' ? exit.transition : null;
  const fields = transition === null ? new Map() : exitFields(env, view.state.stage, transition);
  return resolveBlocks(w, env, view, close.blockedBy, goal, fields, closureOverrides(env, reason));
}

/**
 * Works on the first obstacle: submits a missing form, does an open task, asks for an approval,
 * or — for a failed condition — submits again a form the condition reads, with other data.
 */
function resolveBlocks(
  w: CaseWalk,
  env: WalkEnv,
  view: WalkView,
  blocks: readonly BlockReason[],
  goal: SubmissionGoal,
  fields: ReadonlyMap<string, readonly string[]>,
  overrides?: JsonObject,
): Plan {
  const submit = (form: string): Plan => {
    const probe = fields.get(form);
    return {
      kind: 'submit',
      form,
      goal,
      ...(overrides ? { overrides } : {}),
      ...(probe ? { probe } : {}),
      pause: 'minutes',
    };
  };
  for (const block of blocks) {
    const id = block.code.slice(block.code.indexOf(':') + 1);
    switch (baseCode(block)) {
      case 'form_missing':
        return submit(id);
      case 'task_open': {
        const task = view.state.tasks.filter((t) => t.status === 'open' && t.defId === id).at(-1);
        if (task?.form != null) return submit(task.form);
        if (task !== undefined) return completeTask(task.id, task.role);
        break;
      }
      case 'approval_pending':
        return approvalPlan(env, view.state, id, goal);
    }
  }
  if (blocks.some((b) => CONDITIONS.has(baseCode(b)))) {
    const key = `${view.state.stage}:${JSON.stringify(goal)}`;
    const tries = w.attempts.get(key) ?? 0;
    w.attempts.set(key, tries + 1);
    if (tries < 3 && fields.size > 0) return submit(w.random.pick([...fields.keys()]));
  }
  return fallback(w, env, view, blocks.map((b) => baseCode(b)).join('+'));
}

function completeTask(task: string, role: string): Plan {
  return {
    kind: 'event',
    event: { type: 'complete_task', task },
    need: { permission: 'task.complete', role },
    pause: 'minutes',
  };
}

/** Asks for an approval, after sending again the form a returned one was about. */
function approvalPlan(env: WalkEnv, state: CaseState, id: string, goal: SubmissionGoal): Plan {
  const approval = state.approvals[id];
  const form = env.def.approvals.get(id)?.form?.form;
  const resent = form === undefined || (state.forms[form]?.submittedAt ?? '') > (approval?.decidedAt ?? '');
  if (approval?.status === 'returned' && !resent && form !== undefined)
    return { kind: 'submit', form, goal, pause: 'stage' };
  return {
    kind: 'event',
    event: { type: 'request_approval', approval: id },
    need: { permission: 'approval.request' },
    pause: 'approval',
  };
}

/**
 * When the way to the target is shut (not eligible, no consent, work only a partner agency can
 * do): leave by an exit whose conditions hold, else close generally with the target's reason
 * where the SOP allows it, else stay where the case is.
 */
function fallback(w: CaseWalk, env: WalkEnv, view: WalkView, why: string): Plan {
  const open = view.actions.find(
    (a) => a.type === 'close' && a.transition !== null && a.blockedBy.length === 0,
  );
  if (open?.type === 'close' && open.reason !== null) {
    w.target = { kind: 'closed', stage: view.state.stage, reason: open.reason };
    return {
      kind: 'event',
      event: { type: 'close', reason: open.reason },
      need: { permission: 'case.close' },
      pause: 'stage',
    };
  }
  const target = w.target;
  const closing = target.kind === 'closed' || target.kind === 'reopened';
  if (closing && env.outline.closableFrom.includes(view.state.stage) && target.stage !== view.state.stage) {
    w.target = { ...target, stage: view.state.stage };
    return decideClose(w, env, view, target.reason);
  }
  return { kind: 'done', why: `stuck:${view.state.stage}:${why}` };
}

function conditionFields(env: WalkEnv, from: string, to: string): Map<string, string[]> {
  const stage = env.def.stages.get(from);
  const transition = stage?.transitions?.find((t) => t.to === to && t.closeWith === undefined);
  const logic = [transition?.when ?? null, stage?.exit ?? null, env.def.stages.get(to)?.entry ?? null];
  return formFieldsReadBy(env.def.bundle, logic);
}

function exitFields(env: WalkEnv, stage: string, transitionId: string): Map<string, string[]> {
  const transition = env.def.stages.get(stage)?.transitions?.find((t) => t.id === transitionId);
  return formFieldsReadBy(env.def.bundle, transition?.when ?? null);
}

function decideClosed(w: CaseWalk, env: WalkEnv, view: WalkView): Plan {
  if (w.target.kind !== 'reopened' || w.reopened) return decideMaintenance(w, env, view);
  const reopenable = view.actions.find((a) => a.type === 'reopen');
  if (reopenable === undefined || reopenable.blockedBy.length > 0) return decideMaintenance(w, env, view);
  const closedAt = Date.parse(view.state.closedAt ?? view.now.toISOString());
  w.reopenAt ??= closedAt + w.random.int(20, 70) * 86_400_000;
  if (w.reopenAt > view.now.getTime()) return { kind: 'wait', until: w.reopenAt };
  return { kind: 'event', event: { type: 'reopen' }, need: { permission: 'case.reopen' }, pause: 'stage' };
}
