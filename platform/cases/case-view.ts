import { requirePermission } from '../access/actor.js';
import type { CaseAccess } from '../access/emergency-access.js';
import { formAccessLevel } from '../access/form-access.js';
import type { AccessLevel } from '../definitions/definition-types.generated.js';
import { type AvailableAction, availableActions, type CaseState, explainBlocked } from '../workflow/index.js';
import type { TeamMember } from './case-store.js';
import { caseExternalFacts, stateOf, workflowOf } from './case-workflow.js';
import { loadCase } from './load-case.js';
import type { OperationContext } from './operation-context.js';
import type { CaseRecord, SubmissionRecord } from './records.js';

/** A possible next step of the case, with why it is blocked in the actor's language. */
export type ActionView = AvailableAction & { readonly reasons: readonly string[] };

export type CaseFormView = {
  readonly formId: string;
  readonly access: AccessLevel;
  /** Required before leaving the current stage. */
  readonly required: boolean;
  readonly lastSubmittedAt: string | null;
  readonly submissions: number;
};

/** Everything the case page shows, shaped for it. */
export type CaseView = {
  readonly case: Omit<CaseRecord, 'workflow' | 'facts'>;
  readonly person: {
    readonly id: string;
    readonly displayName: string;
    readonly birthDate: string | null;
    readonly sex: string | null;
    /** The client's language, for printed copies. */
    readonly language: string | null;
  } | null;
  readonly state: Pick<
    CaseState,
    'tasks' | 'approvals' | 'milestones' | 'reviews' | 'stageEnteredAt' | 'passive'
  >;
  readonly forms: readonly CaseFormView[];
  /** Submitted data per form the actor may read. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly actions: readonly ActionView[];
  readonly team: readonly TeamMember[];
  readonly ownerName: string | null;
  /** `emergency`: the actor reads the case by emergency access — no actions, forms read-only. */
  readonly access: CaseAccess;
  /** The emergency access the actor reads the case by (until when, and why). */
  readonly emergency: { readonly expiresAt: Date; readonly reason: string } | null;
};

function formsView(
  ctx: OperationContext,
  state: CaseState,
  stageRequired: readonly string[],
  formIds: readonly string[],
  submissions: readonly SubmissionRecord[],
  readOnly: boolean,
): CaseFormView[] {
  return formIds.map((formId) => {
    const mine = submissions.filter((s) => s.formId === formId);
    const access = formAccessLevel(ctx.actor, formId);
    return {
      formId,
      access: readOnly && access === 'write' ? 'read' : access,
      required: stageRequired.includes(formId),
      lastSubmittedAt: state.forms[formId]?.submittedAt ?? null,
      submissions: mine.length,
    };
  });
}

/** The case page: record, client, SOP state, forms, what can happen next and why not. */
export async function getCaseView(ctx: OperationContext, caseId: string): Promise<CaseView> {
  requirePermission(ctx.actor, 'case.read');
  const loaded = await loadCase(ctx, caseId, ctx.store, 'read');
  const { record, person, version, emergency } = loaded;
  const readOnly = loaded.access === 'emergency';
  const state = stateOf(record);
  const def = workflowOf(version, record.sopId);
  const bundle = version.bundle;
  const caseForms = Object.values(bundle.forms)
    .filter((f) => (f.subject ?? 'case') === 'case')
    .map((f) => f.id);
  const stage = def.stages.get(state.stage);
  const stageRequired = (stage?.requiredForms ?? []).map((r) => r.form);
  const submissions = await ctx.store.submissions(record.siteId, caseId);
  const readable = caseForms.filter((id) => formAccessLevel(ctx.actor, id) !== 'none');
  const actions = readOnly
    ? []
    : availableActions(def, state, ctx.clock.now(), caseExternalFacts(loaded)).map((a) => ({
        ...a,
        reasons: explainBlocked(a.blockedBy, { bundle, locale: ctx.actor.locale, sopId: record.sopId }),
      }));
  const team = await ctx.store.team(record.siteId, caseId, ctx.clock.now());
  const names = await ctx.store.userNames(record.ownerUserId ? [record.ownerUserId] : []);
  const { workflow: _w, facts, ...rest } = record;
  return {
    case: rest,
    person: person
      ? {
          id: person.id,
          displayName: person.displayName,
          birthDate: person.birthDate,
          sex: person.sex,
          language: person.language,
        }
      : null,
    state: {
      tasks: state.tasks,
      approvals: state.approvals,
      milestones: state.milestones,
      reviews: state.reviews,
      stageEnteredAt: state.stageEnteredAt,
      passive: state.passive,
    },
    forms: formsView(ctx, state, stageRequired, caseForms, submissions, readOnly),
    data: Object.fromEntries(readable.filter((id) => facts[id] !== undefined).map((id) => [id, facts[id]])),
    actions,
    team,
    ownerName: record.ownerUserId ? (names.get(record.ownerUserId) ?? null) : null,
    access: loaded.access,
    emergency: emergency ? { expiresAt: emergency.expiresAt, reason: emergency.reason } : null,
  };
}
