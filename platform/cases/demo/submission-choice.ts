import type { Field } from '../../definitions/definition-types.generated.js';
import type { JsonObject, JsonValue } from '../../kernel/json.js';
import { dottedToPointer, getAtPointer } from '../../kernel/json-pointer.js';
import {
  availableActions,
  baseCode,
  type CaseState,
  type ExternalFacts,
  step,
  type TaskInstance,
  type WorkflowDefinition,
} from '../../workflow/index.js';
import { adaptTemplate, shiftBetween } from './adapt-template.js';
import { fieldAtPointer, setAtPointer } from './data-pointers.js';
import { type FillContext, fieldValue } from './field-value.js';
import { type FilledForm, fillForm, settleFormData } from './form-filler.js';
import { optionValues } from './option-values.js';
import { personSubstitution } from './person-substitution.js';
import { siteDay } from './site-day.js';

/** What a submission should make possible: a move, an exit, or nothing in particular. */
export type SubmissionGoal =
  | { readonly kind: 'advance'; readonly to: string }
  | { readonly kind: 'close'; readonly reason: string }
  | { readonly kind: 'any' };

export type SubmissionInput = {
  readonly def: WorkflowDefinition;
  readonly state: CaseState;
  readonly external: ExternalFacts;
  readonly now: Date;
  readonly formId: string;
  readonly goal: SubmissionGoal;
  readonly ctx: FillContext;
  /** The client's registration data. */
  readonly person: JsonObject;
  readonly actorRole: string;
  /** Values that must hold whatever the template says (a closure form's reason). */
  readonly overrides?: JsonObject;
  /** Fields of the form the goal's condition reads: tried with other values when no candidate serves. */
  readonly probe?: readonly string[];
  /** Whether the case's agency can do a task; data creating required tasks it cannot is avoided. */
  readonly canDo?: (task: TaskInstance) => boolean;
};

/** Condition failures that other data could lift (unlike a missing approval or form). */
const CONDITION_CODES = new Set(['guard_failed', 'exit_condition', 'entry_condition']);

/** Candidates tried per submission: scenario templates first, varied then as written, then generated. */
const MAX_CANDIDATES = 8;

/**
 * Valid data for a case form that serves the goal: the SOP scenarios' submissions of the form,
 * rewritten for this client and today (varied, then faithful), then data generated from the form
 * alone — each tried on the SOP engine (pure, no write) until one lets the wanted move or exit
 * pass its conditions. Falls back to the first valid candidate; `undefined` when none is valid.
 */
export function chooseSubmission(input: SubmissionInput): JsonObject | undefined {
  let fallback: { data: JsonObject; score: number } | undefined;
  let tried = 0;
  for (const candidate of candidates(input)) {
    if (tried++ >= MAX_CANDIDATES) break;
    const filled = withOverrides(candidate(), input);
    if (!filled.ok) continue;
    const score = scoreOf(input, filled.data);
    if (score === 0) return filled.data;
    if (fallback === undefined || score < fallback.score) fallback = { data: filled.data, score };
  }
  if (fallback === undefined) return undefined;
  return probeFields(input, fallback.data) ?? fallback.data;
}

/**
 * The goal's condition reads fields of this form that no template set right (a consent refused,
 * an outcome of "no action"): try the other values of each of those fields in turn.
 */
function probeFields(input: SubmissionInput, base: JsonObject): JsonObject | undefined {
  const form = input.ctx.bundle.forms[input.formId];
  if (form === undefined) return undefined;
  let tried = 0;
  for (const path of input.ctx.random.shuffle(input.probe ?? [])) {
    const pointer = dottedToPointer(path);
    const field = fieldAtPointer(form.fields, pointer);
    if (field === undefined) continue;
    for (const value of alternatives(input, field, getAtPointer(base, pointer))) {
      if (tried++ >= MAX_PROBES) return undefined;
      const data = structuredClone(base);
      setAtPointer(data, pointer, value);
      const filled = withOverrides(settleFormData(input.formId, data, input.ctx), input);
      if (filled.ok && scoreOf(input, filled.data) === 0) return filled.data;
    }
  }
  return undefined;
}

const MAX_PROBES = 24;

function alternatives(input: SubmissionInput, field: Field, current: unknown): JsonValue[] {
  if (field.type === 'boolean') return [current !== true];
  const options = optionValues(input.ctx.bundle, field.options);
  if (options.length > 0) return input.ctx.random.shuffle(options.filter((o) => o !== current));
  const generated = fieldValue(field, '', input.ctx);
  return generated === undefined ? [] : [generated];
}

function* candidates(input: SubmissionInput): Generator<() => FilledForm> {
  const { ctx, formId } = input;
  const form = ctx.bundle.forms[formId];
  if (form === undefined) return;
  const templates = ctx.random.shuffle(ctx.library.forms.get(formId) ?? []);
  const registration = ctx.bundle.site.registration;
  for (const variation of [0.25, 0]) {
    for (const t of templates) {
      const adaptation = {
        substitution: personSubstitution(registration, t.person, input.person),
        shiftDays: shiftBetween(siteDay(new Date(t.at), input.def.timeZone), ctx.today),
        variation,
      };
      yield () => settleFormData(formId, adaptTemplate(t.data, form.fields.properties, adaptation, ctx), ctx);
    }
  }
  for (let i = 0; i < 3; i++) yield () => fillForm(formId, ctx);
}

function withOverrides(filled: FilledForm, input: SubmissionInput): FilledForm {
  if (!filled.ok || input.overrides === undefined) return filled;
  return settleFormData(input.formId, { ...filled.data, ...input.overrides }, input.ctx);
}

/**
 * 0 when the data serves the goal and creates no required task the agency cannot do; higher is
 * worse (the goal missed counts more than impossible work).
 */
function scoreOf(input: SubmissionInput, data: JsonObject): number {
  const { def, state, external, now } = input;
  const result = step(
    def,
    state,
    { type: 'submit', actor: { role: input.actorRole }, form: input.formId, data },
    { now: () => now },
    external,
  );
  if (!result.ok) return 100;
  const serves = servesGoal(input, result.state);
  // Look one move ahead: the next stage's tasks depend on this data too (who assesses, who plans).
  const ahead =
    serves && input.goal.kind === 'advance' && result.state.stage !== input.goal.to
      ? step(
          def,
          result.state,
          { type: 'advance', actor: { role: input.actorRole }, to: input.goal.to },
          { now: () => now },
          external,
        )
      : undefined;
  const canDo = input.canDo ?? (() => true);
  const impossible = (s: CaseState) =>
    s.tasks.filter((t) => t.status === 'open' && t.required && !canDo(t)).length;
  return (serves ? 0 : 10) + impossible(ahead?.ok ? ahead.state : result.state);
}

function servesGoal(input: SubmissionInput, state: CaseState): boolean {
  const { def, external, now, goal } = input;
  if (goal.kind === 'any') return true;
  if (goal.kind === 'advance' && state.stage === goal.to) return true;
  if (goal.kind === 'close' && state.status === 'closed') return state.closureReason === goal.reason;
  const action = availableActions(def, state, now, external).find((a) =>
    goal.kind === 'advance'
      ? a.type === 'advance' && a.to === goal.to
      : a.type === 'close' && (a.reason === goal.reason || (a.reason === null && a.transition === null)),
  );
  return action !== undefined && !action.blockedBy.some((b) => CONDITION_CODES.has(baseCode(b)));
}
