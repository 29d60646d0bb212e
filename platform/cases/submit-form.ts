import { canAccessForm } from '../access/form-access.js';
import type { FormDefinition } from '../definitions/definition-types.generated.js';
import { validateDraft, validateSubmission } from '../forms/index.js';
import { PlatformError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { JsonObject } from '../kernel/json.js';
import { commitStep } from './apply-case-event.js';
import { type LoadedCase, loadCase } from './load-case.js';
import type { OperationContext } from './operation-context.js';
import type { CaseRecord, SubmissionRecord } from './records.js';
import { siteToday } from './site-today.js';
import { invalidData } from './validation-error.js';

function caseForm(loaded: LoadedCase, formId: string): FormDefinition {
  const form = loaded.version.bundle.forms[formId];
  if (form === undefined || (form.subject ?? 'case') !== 'case')
    throw new PlatformError('not_found', `No case form "${formId}".`);
  return form;
}

function requireWrite(ctx: OperationContext, formId: string): void {
  if (!canAccessForm(ctx.actor, formId, 'write'))
    throw new PlatformError('forbidden', `Your role may not fill in the form "${formId}".`);
}

/**
 * Submits a form of a case: validated on the server with the same engine the browser uses (422
 * with pointers into `data` otherwise), stored against the case's definition version, and given
 * to the SOP engine (tasks complete, reviews reschedule, automatic transitions run) — all in one
 * transaction guarded by the case version.
 */
export async function submitForm(
  ctx: OperationContext,
  caseId: string,
  formId: string,
  input: { data: unknown; version: number },
): Promise<{ record: CaseRecord; submission: SubmissionRecord }> {
  requireWrite(ctx, formId);
  return ctx.store.transaction(async (tx) => {
    const loaded = await loadCase(ctx, caseId, tx);
    const form = caseForm(loaded, formId);
    const result = validateSubmission({
      bundle: loaded.version.bundle,
      formId,
      data: input.data,
      locale: ctx.actor.locale,
      today: siteToday(loaded.version, ctx.clock.now()),
    });
    if (!result.ok) throw invalidData(`The form "${formId}" has errors.`, result.errors);
    const at = ctx.clock.now();
    const submission: SubmissionRecord = {
      id: newId(),
      siteId: loaded.record.siteId,
      caseId,
      personId: loaded.record.personId,
      referralId: null,
      formId,
      definitionVersionId: loaded.version.versionId,
      data: result.data,
      status: 'submitted',
      createdBy: ctx.actor.userId,
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      version: 1,
    };
    const event = {
      type: 'submit' as const,
      actor: { role: ctx.actor.roleId, userId: ctx.actor.userId },
      form: formId,
      data: result.data,
    };
    const { record } = await commitStep(ctx, tx, loaded, input.version, event, {
      formId,
      submissionId: submission.id,
      warnings: result.warnings.map((w) => ({ ...w })),
    });
    await tx.insertSubmission(submission);
    // A repeatable form keeps every submission; otherwise the newest supersedes the earlier ones.
    if (form.repeatable !== true) await tx.supersedeSubmissions(record.siteId, caseId, formId, submission.id);
    await tx.discardDrafts(record.siteId, caseId, formId, ctx.actor.userId);
    return { record, submission };
  });
}

/**
 * Saves the actor's draft of a case form. Drafts may be incomplete (required fields are not
 * enforced) but never malformed; they are the actor's own and versioned like everything else.
 */
export async function saveDraft(
  ctx: OperationContext,
  caseId: string,
  formId: string,
  input: { data: unknown; version?: number },
): Promise<SubmissionRecord> {
  requireWrite(ctx, formId);
  return ctx.store.transaction(async (tx) => {
    const loaded = await loadCase(ctx, caseId, tx);
    caseForm(loaded, formId);
    const result = validateDraft({
      bundle: loaded.version.bundle,
      formId,
      data: input.data,
      locale: ctx.actor.locale,
      today: siteToday(loaded.version, ctx.clock.now()),
    });
    if (!result.ok) throw invalidData(`The draft of "${formId}" has malformed values.`, result.errors);
    const at = ctx.clock.now();
    const existing = await tx.draft(loaded.record.siteId, caseId, formId, ctx.actor.userId);
    if (existing !== undefined) {
      return tx.updateDraft(
        { siteId: existing.siteId, id: existing.id, version: input.version ?? existing.version },
        result.data as JsonObject,
        at,
      );
    }
    const draft: SubmissionRecord = {
      id: newId(),
      siteId: loaded.record.siteId,
      caseId,
      personId: loaded.record.personId,
      referralId: null,
      formId,
      definitionVersionId: loaded.version.versionId,
      data: result.data,
      status: 'draft',
      createdBy: ctx.actor.userId,
      createdAt: at,
      updatedAt: at,
      submittedAt: null,
      version: 1,
    };
    await tx.insertSubmission(draft);
    return draft;
  });
}
