import { canAccessForm } from '../../access/form-access.js';
import { validateSubmission } from '../../forms/index.js';
import { PlatformError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { JsonObject } from '../../kernel/json.js';
import type { Referral, ReferralStatus } from '../../referrals/index.js';
import type { OperationContext } from '../operation-context.js';
import type { SubmissionRecord } from '../records.js';
import { siteToday } from '../site-today.js';
import { invalidData } from '../validation-error.js';
import { type LoadedReferral, loadReferral } from './load-referral.js';
import { requireVersion } from './referral-action.js';
import { referralEvent } from './referral-history.js';
import type { ReferralRecord } from './referral-records.js';

/** While the service may still report back, the counter-referral can be filled in. */
const FEEDBACK_OPEN: readonly ReferralStatus[] = [
  'requested',
  'received',
  'accepted',
  'in_progress',
  'on_hold',
];

/**
 * Who may fill which of a referral's own forms, and when: the referral form by the sending agency
 * (`referral.send`) while it is a draft — once sent, what the client signed stays as it was; the
 * counter-referral by the receiving agency (`referral.respond` or `referral.deliver`) while the
 * referral runs, or by the sender for a receiver that is not on the system (it records the answer).
 */
function checkFiller(ctx: OperationContext, r: Referral, formId: string, kind: 'referral' | 'feedback') {
  const actor = ctx.actor;
  const sender = actor.partnerId === r.sender.partnerId && actor.permissions.has('referral.send');
  const receiver =
    r.receiver.kind === 'partner' &&
    r.receiver.onSystem &&
    actor.partnerId === r.receiver.partnerId &&
    (actor.permissions.has('referral.respond') || actor.permissions.has('referral.deliver'));
  const allowed = kind === 'referral' ? sender : r.receiver.onSystem ? receiver : sender;
  if (!allowed || !canAccessForm(actor, formId, 'write'))
    throw new PlatformError('forbidden', `Your role may not fill in the form "${formId}" of this referral.`);
  const open = kind === 'referral' ? r.status === 'draft' : FEEDBACK_OPEN.includes(r.status);
  if (!open)
    throw new PlatformError(
      'conflict',
      `The form "${formId}" cannot be changed while the referral is ${r.status}.`,
    );
}

function formKind(loaded: LoadedReferral, formId: string): 'referral' | 'feedback' {
  const protocol = loaded.loaded.version.bundle.referrals[loaded.record.protocolId];
  if (protocol?.form?.form === formId) return 'referral';
  if (protocol?.feedbackForm?.form === formId) return 'feedback';
  throw new PlatformError('not_found', `No form "${formId}" on this referral.`);
}

/** A submitted referral form, stored against the referral (and its client), not the case. */
function referralSubmission(
  ctx: OperationContext,
  record: ReferralRecord,
  formId: string,
  data: JsonObject,
  definitionVersionId: string,
): SubmissionRecord {
  const at = ctx.clock.now();
  return {
    id: newId(),
    siteId: record.siteId,
    caseId: null,
    personId: record.personId,
    referralId: record.id,
    formId,
    definitionVersionId,
    data,
    status: 'submitted',
    createdBy: ctx.actor.userId,
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    version: 1,
  };
}

/**
 * Submits the referral form or the counter-referral of a referral: validated with the forms engine
 * (422 with pointers into `data`), stored as a submission of the referral (an earlier one is
 * superseded), the referral's version moved on and the event appended — in one transaction.
 */
export async function submitReferralForm(
  ctx: OperationContext,
  referralId: string,
  formId: string,
  input: { readonly data: unknown; readonly version?: number },
): Promise<{ record: ReferralRecord; submission: SubmissionRecord }> {
  return ctx.store.transaction(async (tx) => {
    const loaded = await loadReferral(ctx, referralId, tx);
    const { record } = loaded;
    if (input.version !== undefined) requireVersion(record, input.version);
    const kind = formKind(loaded, formId);
    checkFiller(ctx, record.state, formId, kind);
    const version = loaded.loaded.version;
    const result = validateSubmission({
      bundle: version.bundle,
      formId,
      data: input.data,
      locale: ctx.actor.locale,
      today: siteToday(version, ctx.clock.now()),
    });
    if (!result.ok) throw invalidData(`The form "${formId}" has errors.`, result.errors);
    const at = ctx.clock.now();
    const submission = referralSubmission(ctx, record, formId, result.data, version.versionId);
    await tx.insertSubmission(submission);
    await tx.supersedeReferralSubmissions(record.siteId, record.id, formId, submission.id);
    const key = { siteId: record.siteId, id: record.id, version: record.version };
    const { status, state, nextWakeAt } = record;
    const updated = await tx.updateReferral(key, { status, state, nextWakeAt }, at);
    await tx.appendEvent(
      referralEvent(record.state, {
        siteId: record.siteId,
        type: 'form_submitted',
        from: record.status,
        actor: ctx.actor,
        at,
        effects: [],
        extra: { formId, submissionId: submission.id },
      }),
    );
    return { record: updated, submission };
  });
}
