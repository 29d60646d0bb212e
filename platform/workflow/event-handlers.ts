import { planAdvance } from './advance.js';
import { decideApproval, decideBlocks, requestApproval, requestBlocks } from './approvals.js';
import type { BlockReason } from './block-reason.js';
import { closeCase, planClosure } from './closure.js';
import { type Draft, factsOf } from './draft.js';
import { passiveBlocks, resume, resumeBlocks, setPassive } from './passive.js';
import { reopenBlocks, reopenCase } from './reopen.js';
import { adjustReview, adjustReviewBlocks } from './review-adjustment.js';
import { moveTo } from './stage-moves.js';
import { submitBlocks, submitForm } from './submit.js';
import { addTask, addTaskBlocks, completeBlocks, finishTask, skipBlocks } from './task-events.js';
import type { WorkflowEvent } from './workflow-event.js';

type Handler<T extends WorkflowEvent['type']> = (
  d: Draft,
  event: Extract<WorkflowEvent, { type: T }>,
) => BlockReason[];

/** Checks first; applies only when nothing blocks. Returns the blocks. */
function guarded(blocks: BlockReason[], apply: () => void): BlockReason[] {
  if (blocks.length === 0) apply();
  return blocks;
}

/** Each event type's handler; `open` and `tick` are handled by the step itself. */
export const HANDLERS: { [T in Exclude<WorkflowEvent['type'], 'open' | 'tick'>]: Handler<T> } = {
  submit: (d, e) => guarded(submitBlocks(d, e.form), () => submitForm(d, e.form, e.data, e.actor)),
  advance: (d, e) => {
    const plan = planAdvance(d, e.to, factsOf(d));
    return guarded(plan.blocks, () => moveTo(d, e.to, plan.transition?.id ?? null));
  },
  complete_task: (d, e) => {
    const { task, blocks } = completeBlocks(d, e.task, e.actor);
    return guarded(blocks, () => task && finishTask(d, task, e.actor, null));
  },
  skip_task: (d, e) => {
    const { task, blocks } = skipBlocks(d, e.task, e.reason, e.actor);
    return guarded(blocks, () => task && finishTask(d, task, e.actor, e.reason));
  },
  add_task: (d, e) => guarded(addTaskBlocks(d, e.task), () => addTask(d, e.task)),
  request_approval: (d, e) =>
    guarded(requestBlocks(d, e.approval), () => requestApproval(d, e.approval, e.actor)),
  approve: (d, e) =>
    guarded(decideBlocks(d, e.approval, e.actor, null), () =>
      decideApproval(d, e.approval, 'approved', e.comment ?? null, e.actor),
    ),
  return: (d, e) =>
    guarded(decideBlocks(d, e.approval, e.actor, e.reason ?? ''), () =>
      decideApproval(d, e.approval, 'returned', e.reason, e.actor),
    ),
  close: (d, e) => {
    const plan = planClosure(d, e.reason, factsOf(d));
    return guarded(plan.blocks, () => closeCase(d, e.reason, plan.transition?.id ?? null));
  },
  reopen: (d) => guarded(reopenBlocks(d), () => reopenCase(d)),
  set_passive: (d, e) => guarded(passiveBlocks(d, e.reason), () => setPassive(d, e.reason, e.actor)),
  resume: (d, e) => guarded(resumeBlocks(d), () => resume(d, e.actor)),
  adjust_review: (d, e) =>
    guarded(adjustReviewBlocks(d, e.review, e.date, e.actor), () => adjustReview(d, e.review, e.date)),
};
