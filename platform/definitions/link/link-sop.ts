import { pointer } from '../../kernel/json-pointer.js';
import type { Due, FormRef, SopDefinition, Stage } from '../definition-types.generated.js';
import { resolvePath } from '../facts/fact-tree.js';
import type { SiteIndex } from '../site-index.js';
import type { DefinitionReporter } from './definition-reporter.js';
import type { ExpressionEnvs } from './expression-envs.js';
import { checkOptionsRef } from './link-options.js';
import { linkScenarios } from './link-sop-scenarios.js';
import { type SopIds, sopIds, stageTasks } from './sop-ids.js';

type Ctx = { sop: SopDefinition; ids: SopIds; index: SiteIndex; envs: ExpressionEnvs; r: DefinitionReporter };
type Tokens = (string | number)[];

/** A reference (at `at`, the `{ "form": … }` object) to a form filled on a case. */
function caseForm(c: Ctx, ref: FormRef | undefined, at: Tokens): void {
  if (ref === undefined || !c.r.ref(pointer(...at, 'form'), 'form', ref.form)) return;
  const subject = c.index.get('form', ref.form)?.subject ?? 'case';
  if (subject !== 'case')
    c.r.report(
      pointer(...at, 'form'),
      'invalid-value',
      `Form "${ref.form}" belongs to a ${subject}, not to a case.`,
    );
}

function caseForms(c: Ctx, refs: readonly FormRef[] | undefined, at: Tokens): void {
  refs?.forEach((ref, i) => caseForm(c, ref, [...at, i]));
}

function checkDue(c: Ctx, due: Due | undefined, at: Tokens): void {
  const from = due?.from;
  if (from === undefined) return;
  if ('task' in from) c.r.oneOf(pointer(...at, 'from', 'task'), 'task', from.task, c.ids.tasks);
  if ('form' in from && c.r.ref(pointer(...at, 'from', 'form'), 'form', from.form)) {
    const resolved = resolvePath(c.envs.form(from.form).facts, from.field);
    if (!resolved.ok) c.r.report(pointer(...at, 'from', 'field'), 'bad-var-path', resolved.message);
    else if (resolved.tree.type !== 'date' && resolved.tree.type !== 'any')
      c.r.report(
        pointer(...at, 'from', 'field'),
        'type-mismatch',
        `"${from.field}" must be a date field to count a deadline from.`,
      );
  }
}

function linkStage(c: Ctx, stage: Stage, i: number): void {
  const at = (...t: Tokens) => pointer('stages', i, ...t);
  caseForms(c, stage.requiredForms, ['stages', i, 'requiredForms']);
  caseForms(c, stage.optionalForms, ['stages', i, 'optionalForms']);
  if (stage.entry !== undefined) c.r.expression(at('entry'), stage.entry, c.envs.case, 'boolean');
  if (stage.exit !== undefined) c.r.expression(at('exit'), stage.exit, c.envs.case, 'boolean');
  c.r.unique(
    at('transitions'),
    'transition of this stage',
    stage.transitions ?? [],
    (t) => (t as { id: string }).id,
  );
  stage.transitions?.forEach((t, j) => {
    if (t.to === undefined && t.closeWith === undefined)
      c.r.report(
        at('transitions', j),
        'invalid-value',
        'A transition needs "to" (a stage) or "closeWith" (a closure reason).',
      );
    if (t.to !== undefined && t.closeWith !== undefined)
      c.r.report(
        at('transitions', j),
        'invalid-value',
        'A transition either moves ("to") or closes ("closeWith"), not both.',
      );
    c.r.oneOf(at('transitions', j, 'to'), 'stage', t.to, c.ids.stages);
    if (t.closeWith !== undefined && !c.ids.closureReasons.includes(t.closeWith))
      c.r.report(
        at('transitions', j, 'closeWith'),
        'unknown-option-value',
        `"${t.closeWith}" is not a closure reason of this SOP.`,
      );
    if (t.when !== undefined) c.r.expression(at('transitions', j, 'when'), t.when, c.envs.case, 'boolean');
    caseForms(c, t.requiredForms, ['stages', i, 'transitions', j, 'requiredForms']);
    c.r.oneOf(at('transitions', j, 'approval'), 'approval', t.approval, c.ids.approvals);
  });
}

function linkTasks(c: Ctx): void {
  const all = [
    ...stageTasks(c.sop),
    ...(c.sop.discretionaryTasks ?? []).map((task, j) => ({
      task,
      ptr: ['discretionaryTasks', j] as Tokens,
    })),
  ];
  const seen = new Set<string>();
  for (const { task, ptr } of all) {
    if (seen.has(task.id))
      c.r.report(
        pointer(...ptr, 'id'),
        'duplicate-id',
        `Another task of this SOP already has id "${task.id}".`,
      );
    seen.add(task.id);
    c.r.oneOf(pointer(...ptr, 'role'), 'role', task.role, c.ids.roles);
    caseForm(c, task.form, [...ptr, 'form']);
    checkDue(c, task.due, [...ptr, 'due']);
    if (task.when !== undefined) c.r.expression(pointer(...ptr, 'when'), task.when, c.envs.case, 'boolean');
  }
}

function linkReviewsAndApprovals(c: Ctx): void {
  c.r.unique('/approvals', 'approval', c.sop.approvals ?? [], (a) => (a as { id: string }).id);
  c.sop.approvals?.forEach((a, i) => {
    c.r.oneOf(pointer('approvals', i, 'role'), 'role', a.role, c.ids.roles);
    if (a.form) c.r.ref(pointer('approvals', i, 'form', 'form'), 'form', a.form.form);
    checkDue(c, a.due, ['approvals', i, 'due']);
  });
  c.sop.reviews?.forEach((rev, i) => {
    if (c.ids.tasks.indexOf(rev.id) !== c.ids.tasks.lastIndexOf(rev.id))
      c.r.report(
        pointer('reviews', i, 'id'),
        'duplicate-id',
        `A task or review of this SOP already has id "${rev.id}".`,
      );
    rev.during.forEach((s, j) => c.r.oneOf(pointer('reviews', i, 'during', j), 'stage', s, c.ids.stages));
    c.r.oneOf(pointer('reviews', i, 'role'), 'role', rev.role, c.ids.roles);
    caseForm(c, rev.form, ['reviews', i, 'form']);
    if (rev.when !== undefined)
      c.r.expression(pointer('reviews', i, 'when'), rev.when, c.envs.case, 'boolean');
  });
  c.r.unique('/milestones', 'milestone', c.sop.milestones ?? [], (m) => (m as { id: string }).id);
  c.sop.milestones?.forEach((m, i) =>
    c.r.expression(pointer('milestones', i, 'when'), m.when, c.envs.case, 'boolean'),
  );
}

function linkClosure(c: Ctx): void {
  const { closure, passive, reopen, priority } = c.sop;
  checkOptionsRef(closure.reasons, '/closure/reasons', c.r);
  caseForm(c, closure.form, ['closure', 'form']);
  c.r.oneOf('/closure/approval', 'approval', closure.approval, c.ids.approvals);
  closure.fromStages?.forEach((s, i) =>
    c.r.oneOf(pointer('closure', 'fromStages', i), 'stage', s, c.ids.stages),
  );
  if (closure.followUps) {
    c.r.oneOf('/closure/followUps/role', 'role', closure.followUps.role, c.ids.roles);
    caseForm(c, closure.followUps.form, ['closure', 'followUps', 'form']);
    if (closure.followUps.when !== undefined)
      c.r.expression('/closure/followUps/when', closure.followUps.when, c.envs.case, 'boolean');
  }
  passive?.fromStages.forEach((s, i) =>
    c.r.oneOf(pointer('passive', 'fromStages', i), 'stage', s, c.ids.stages),
  );
  if (passive?.reasons) checkOptionsRef(passive.reasons, '/passive/reasons', c.r);
  if (reopen) {
    c.r.oneOf('/reopen/stage', 'stage', reopen.stage, c.ids.stages);
    caseForms(c, reopen.requiresForms, ['reopen', 'requiresForms']);
  }
  if (priority) {
    checkOptionsRef(priority.options, '/priority/options', c.r);
    if (priority.rule !== undefined) c.r.expression('/priority/rule', priority.rule, c.envs.case);
  }
}

/** Stages no transition or re-opening leads to (a likely mistake; a warning). */
function checkReachability(c: Ctx): void {
  const reached = new Set([c.sop.initialStage, ...(c.sop.reopen ? [c.sop.reopen.stage] : [])]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const stage of c.sop.stages) {
      if (!reached.has(stage.id)) continue;
      for (const t of stage.transitions ?? [])
        if (t.to !== undefined && !reached.has(t.to)) grew = reached.add(t.to).size > 0;
    }
  }
  c.sop.stages.forEach((s, i) => {
    if (!reached.has(s.id))
      c.r.report(pointer('stages', i), 'invalid-value', `No transition leads to stage "${s.id}".`, 'warning');
  });
}

/** Checks an SOP: stages, transitions, tasks and deadlines, approvals, reviews, closure, scenarios. */
export function linkSop(
  sop: SopDefinition,
  index: SiteIndex,
  envs: ExpressionEnvs,
  r: DefinitionReporter,
): void {
  const c: Ctx = { sop, ids: sopIds(sop, index), index, envs, r };
  r.unique('/stages', 'stage', sop.stages, (s) => (s as { id: string }).id);
  r.oneOf('/initialStage', 'stage', sop.initialStage, c.ids.stages);
  const partners = index.get('site', index.siteId)?.partners.map((p) => p.id) ?? [];
  sop.openedBy?.forEach((p, i) => r.oneOf(pointer('openedBy', i), 'partner', p, partners));
  sop.stages.forEach((stage, i) => linkStage(c, stage, i));
  linkTasks(c);
  linkReviewsAndApprovals(c);
  linkClosure(c);
  checkReachability(c);
  linkScenarios(sop, c.ids, index, r);
}
