import type { SiteBundle } from '../../../definitions/site-bundle.js';
import { validateSubmission } from '../../../forms/index.js';
import type { JsonObject } from '../../../kernel/json.js';
import {
  type CaseState,
  deadlineAfter,
  type TaskInstance,
  type WorkflowDefinition,
  workflowDefinition,
} from '../../../workflow/index.js';
import { mapOption, renameField } from './map-form-data.js';
import type { Mappings } from './mappings.js';

/** Why a case cannot move to the new version as it is. */
export type MigrationProblem = {
  readonly code: 'sop_missing' | 'form_missing' | 'invalid_data' | 'stage_missing' | 'task_missing';
  readonly message: string;
  readonly form?: string;
  readonly pointer?: string;
};

/** The migrated state and what changed, or why the case cannot be migrated. */
export type StateMigration =
  | { readonly ok: true; readonly state: CaseState; readonly changes: readonly string[] }
  | {
      readonly ok: false;
      readonly problems: readonly MigrationProblem[];
      readonly changes: readonly string[];
    };

/** A case's state and the version it moves to. */
export type MigrateInput = {
  readonly state: CaseState;
  readonly to: SiteBundle;
  readonly mappings: Mappings;
  readonly locale: string;
  /** Today in the site's zone, for form rules that read `today`. */
  readonly today: string;
};

type Work = {
  state: CaseState;
  def: WorkflowDefinition;
  input: MigrateInput;
  changes: string[];
  problems: MigrationProblem[];
};

function migrateForms(w: Work): void {
  for (const [formId, submitted] of Object.entries(w.state.forms)) {
    let data: JsonObject = submitted.data;
    for (const m of w.input.mappings.fields.filter((f) => f.form === formId)) {
      const renamed = renameField(data, m);
      if (renamed.count > 0) w.changes.push(`${formId}: field ${m.from} → ${m.to}`);
      data = renamed.data;
    }
    for (const m of w.input.mappings.options.filter((o) => o.form === formId)) {
      const mapped = mapOption(data, m);
      if (mapped.count > 0) w.changes.push(`${formId}: ${m.field} ${String(m.from)} → ${String(m.to)}`);
      data = mapped.data;
    }
    if (w.input.to.forms[formId] === undefined) {
      w.problems.push({
        code: 'form_missing',
        form: formId,
        message: `The new version has no form "${formId}".`,
      });
      continue;
    }
    // The forms engine of the new version judges the data as it would a new submission.
    const result = validateSubmission({
      bundle: w.input.to,
      formId,
      data,
      locale: w.input.locale,
      today: w.input.today,
    });
    if (!result.ok)
      for (const e of result.errors)
        w.problems.push({ code: 'invalid_data', form: formId, pointer: e.pointer, message: e.message });
    else submitted.data = result.data;
  }
}

function knownTask(def: WorkflowDefinition, t: TaskInstance): boolean {
  if (t.kind === 'task') return def.tasks.has(t.defId);
  if (t.kind === 'review') return def.reviews.has(t.defId);
  if (t.kind === 'approval') return def.approvals.has(t.defId);
  return true;
}

function migrateWorkflow(w: Work): void {
  const { stages, tasks } = w.input.mappings;
  const stage = (id: string) => stages[id] ?? id;
  const task = (id: string) => tasks[id] ?? id;
  if (stage(w.state.stage) !== w.state.stage)
    w.changes.push(`stage ${w.state.stage} → ${stage(w.state.stage)}`);
  w.state.stage = stage(w.state.stage);
  if (!w.def.stages.has(w.state.stage))
    w.problems.push({
      code: 'stage_missing',
      message: `The new procedure has no stage "${w.state.stage}"; map it.`,
    });
  for (const t of w.state.tasks) {
    t.stage = stage(t.stage);
    if (task(t.defId) !== t.defId) w.changes.push(`task ${t.defId} → ${task(t.defId)}`);
    t.defId = task(t.defId);
    if (t.status === 'open' && !knownTask(w.def, t))
      w.problems.push({
        code: 'task_missing',
        message: `Open task "${t.defId}" has no definition in the new version; map it.`,
      });
  }
  for (const s of w.state.scheduled) s.defId = task(s.defId);
  const rekey = <T>(record: Record<string, T>, keep: (id: string) => boolean) =>
    Object.fromEntries(
      Object.entries(record)
        .map(([id, v]) => [task(id), v] as const)
        .filter(([id]) => keep(id)),
    );
  w.state.approvals = rekey(w.state.approvals, (id) => w.def.approvals.has(id));
  w.state.reviews = rekey(w.state.reviews, (id) => w.def.reviews.has(id));
}

/** Schedules not moved by hand follow the new interval, counted from the same start. */
function rescheduleReviews(w: Work): void {
  for (const [id, schedule] of Object.entries(w.state.reviews)) {
    const review = w.def.reviews.get(id);
    if (review === undefined || schedule.adjusted) continue;
    const next = deadlineAfter(w.def, { instant: schedule.base }, review.every);
    if (next.dueDate === schedule.dueDate) continue;
    w.changes.push(`review ${id} due ${schedule.dueDate} → ${next.dueDate}`);
    w.state.reviews[id] = { ...next, base: schedule.base, adjusted: false };
  }
}

/**
 * Moves one case's SOP state to another version: form data with fields and options renamed as
 * mapped and re-validated by the new version's forms engine, stage and task, review and approval
 * ids mapped, review dates following a changed interval. Anything the new version would not
 * accept is reported instead, and nothing is changed.
 */
export function migrateState(input: MigrateInput): StateMigration {
  const state = structuredClone(input.state);
  if (input.to.sops[state.sopId] === undefined)
    return {
      ok: false,
      changes: [],
      problems: [{ code: 'sop_missing', message: `The new version has no procedure "${state.sopId}".` }],
    };
  const w: Work = { state, def: workflowDefinition(input.to, state.sopId), input, changes: [], problems: [] };
  migrateForms(w);
  migrateWorkflow(w);
  if (w.problems.length === 0) rescheduleReviews(w);
  return w.problems.length > 0
    ? { ok: false, problems: w.problems, changes: w.changes }
    : { ok: true, state: w.state, changes: w.changes };
}
