import type { JsonObject } from '../kernel/json.js';
import { withdrawApprovalsOf } from './approvals.js';
import { type BlockReason, blockOn } from './block-reason.js';
import type { Actor } from './case-state.js';
import { type Draft, emit } from './draft.js';
import { completeReviewsByForm } from './reviews.js';
import { completeTask, openTasks } from './tasks.js';

export function submitBlocks(d: Draft, formId: string): BlockReason[] {
  return d.def.bundle.forms[formId] === undefined ? [blockOn('unknown_form', 'form', formId)] : [];
}

/**
 * Records a submission (the latest data is what `forms.<id>` reads), completes the open tasks and
 * review that name the form, and withdraws a granted approval of it. Allowed on a closed case, so
 * follow-up forms complete their tasks.
 */
export function submitForm(d: Draft, formId: string, data: JsonObject, actor: Actor): void {
  const previous = d.state.forms[formId];
  d.state.forms[formId] = {
    data: structuredClone(data),
    submittedAt: d.now,
    sinceReopen: true,
    count: (previous?.count ?? 0) + 1,
  };
  emit(d, { type: 'form_submitted', formId, at: d.now });
  for (const t of openTasks(d))
    if ((t.kind === 'task' || t.kind === 'follow_up') && t.form === formId) completeTask(d, t, actor);
  completeReviewsByForm(d, formId, actor);
  withdrawApprovalsOf(d, formId);
}
