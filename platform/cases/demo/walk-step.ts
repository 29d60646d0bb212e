import { PlatformError } from '../../kernel/errors.js';
import { availableActions } from '../../workflow/index.js';
import { applyCaseEvent } from '../apply-case-event.js';
import { assignCase } from '../assign-case.js';
import { addTeamMember } from '../case-team.js';
import { externalFacts, stateOf } from '../case-workflow.js';
import { openCase } from '../open-case.js';
import type { OperationContext } from '../operation-context.js';
import { registerPerson } from '../person-operations.js';
import type { CaseRecord } from '../records.js';
import { submitForm } from '../submit-form.js';
import { type Need, type StaffMember, seesCase, whoCan } from './demo-staff.js';
import { referralMove } from './referral-moves.js';
import { siteDay } from './site-day.js';
import { chooseSubmission } from './submission-choice.js';
import { decide, type WalkView } from './walk-decisions.js';
import { nextStageToward } from './walk-helpers.js';
import { jointConsentInForce } from './walk-joint-casework.js';
import type { CaseEvent, CaseWalk, Pause, Plan, WalkEnv } from './walk-types.js';
import { officeHours } from './working-time.js';

/** Gives up on a case after this many refused operations (a plan the runtime disagreed with). */
const MAX_FAILURES = 4;

/**
 * One action of a walk at the clock's current instant, through the case operations (the same
 * rows, tasks, events and hash chains real use makes): register the client, open the case, then
 * whatever `decide` plans. Sets when the walk acts next, or ends it.
 */
export async function walkStep(w: CaseWalk, env: WalkEnv): Promise<void> {
  try {
    if (w.phase === 'register') await register(w, env);
    else if (w.phase === 'open') await open(w, env);
    else if (w.phase === 'walk') await act(w, env);
  } catch (error) {
    if (!(error instanceof PlatformError)) throw error;
    note(env, `${error.code}:${w.phase}`);
    w.record = undefined;
    w.referralRows = undefined;
    w.failures += 1;
    if (w.failures >= MAX_FAILURES) end(w, `failed:${error.code}`);
    else w.nextAt = env.clock.now().getTime() + 86_400_000;
  }
}

async function register(w: CaseWalk, env: WalkEnv): Promise<void> {
  const registrar = env.staff.find(
    (m) => m.partnerId === w.owner.partnerId && m.actor.permissions.has('person.register'),
  );
  if (registrar === undefined) return end(w, 'no_registrar');
  const result = await registerPerson(context(env, registrar), { data: w.person.data, confirmedNew: true });
  if (result.status !== 'created') return end(w, 'duplicate');
  w.personId = result.person.id;
  w.phase = 'open';
  schedule(w, env, 'minutes');
}

async function open(w: CaseWalk, env: WalkEnv): Promise<void> {
  const record = await openCase(context(env, w.owner), {
    personId: w.personId ?? '',
    sopId: env.outline.sopId,
  });
  w.caseId = record.id;
  w.record = record;
  w.phase = 'walk';
  if (w.random.chance(REALLOCATED)) await reallocate(w, env, record);
  schedule(w, env, 'minutes');
}

/** Share of new cases a supervisor hands to another worker of the same role. */
const REALLOCATED = 0.25;

/**
 * A supervisor gives the new case to the colleague (same role, same agency) with the fewest cases
 * so far, confirming when that puts them over their caseload cap (the site's `warn` mode).
 */
async function reallocate(w: CaseWalk, env: WalkEnv, record: CaseRecord): Promise<void> {
  const colleagues = env.staff.filter(
    (m) => m.partnerId === record.agency && m.roleId === w.owner.roleId && m.userId !== w.owner.userId,
  );
  const supervisor = env.staff.find(
    (m) =>
      m.partnerId === record.agency && m.actor.permissions.has('case.assign') && m.actor.role.scope !== 'own',
  );
  if (colleagues.length === 0 || supervisor === undefined) return;
  const load = (m: StaffMember) => env.caseloads.get(m.userId) ?? 0;
  const to = colleagues.reduce((a, b) => (load(b) < load(a) ? b : a));
  const input = { userId: to.userId, version: record.version, confirmOverCapacity: true };
  const result = await assignCase(context(env, supervisor), record.id, input);
  if (result.status !== 'assigned') return;
  w.record = result.record;
  env.caseloads.set(to.userId, load(to) + 1);
  env.caseloads.set(w.owner.userId, (env.caseloads.get(w.owner.userId) ?? 1) - 1);
}

async function act(w: CaseWalk, env: WalkEnv): Promise<void> {
  const view = await viewOf(w, env);
  const plan = decide(w, env, view);
  if (plan.kind === 'done') return end(w, plan.why);
  if (plan.kind === 'wait') {
    w.nextAt = Math.max(plan.until, view.now.getTime() + 60_000);
    return;
  }
  if (plan.kind === 'referral') {
    await referralMove(w, env, view, plan.referral);
    // Referral moves change the case too (plan steps, automatic moves): read both again.
    w.record = undefined;
    w.referralRows = undefined;
    return schedule(w, env, 'minutes');
  }
  const done = plan.kind === 'submit' ? await submit(w, env, view, plan) : await apply(w, env, view, plan);
  if (done !== undefined) return end(w, done);
  schedule(w, env, plan.pause);
}

async function viewOf(w: CaseWalk, env: WalkEnv): Promise<WalkView> {
  const siteId = env.version.siteId;
  const now = env.clock.now();
  // Only this walk and the schedulers write the case and its referrals, and a scheduler only once
  // a wake-up time has come: until then the rows the walk's last operations returned are current.
  const due = (at: Date | null) => at !== null && at <= now;
  if (w.referralRows?.some((r) => due(r.nextWakeAt))) w.referralRows = undefined;
  if (w.record !== undefined && (due(w.record.nextWakeAt) || w.referralRows === undefined))
    w.record = undefined;
  w.record ??= (await env.store.caseById(siteId, w.caseId ?? '')) as CaseRecord;
  w.referralRows ??= w.referrals.length === 0 ? [] : await env.store.referralsOfCase(siteId, w.record.id);
  const record = w.record;
  // The client's data does not change during a walk, and only the walk adds team members.
  w.client ??= await env.store.person(siteId, record.personId);
  const state = stateOf(record);
  const external = externalFacts(
    record,
    w.client,
    w.referralRows.map((r) => r.state),
    env.def.timeZone,
  );
  const actions = availableActions(env.def, state, now, external);
  return { record, team: w.team, state, external, now, actions };
}

type SubmitPlan = Extract<Plan, { kind: 'submit' }>;

async function submit(
  w: CaseWalk,
  env: WalkEnv,
  view: WalkView,
  plan: SubmitPlan,
): Promise<string | undefined> {
  const member = await actorFor(w, env, view, { form: plan.form });
  if (member === undefined) return giveUp(w, env, view, `no_writer:${plan.form}`);
  const data = chooseSubmission({
    def: env.def,
    state: view.state,
    external: view.external,
    now: view.now,
    formId: plan.form,
    goal: plan.goal,
    ctx: {
      bundle: env.def.bundle,
      random: w.random,
      today: siteDay(view.now, env.def.timeZone),
      library: env.library,
      locale: env.def.bundle.site.defaultLocale,
    },
    person: w.person.data,
    actorRole: member.roleId,
    canDo: (task) => {
      const need: Need =
        task.form === null ? { permission: 'task.complete', role: task.role } : { form: task.form };
      return whoCan(env.def.bundle, env.staff, view.record, view.team, need, true).length > 0;
    },
    ...(plan.probe ? { probe: plan.probe } : {}),
    ...(plan.overrides ? { overrides: plan.overrides } : {}),
  });
  if (data === undefined) {
    note(env, `no_valid_data:${plan.form}`);
    return `stuck:${view.state.stage}:no_valid_data:${plan.form}`;
  }
  const result = await submitForm(context(env, member), view.record.id, plan.form, {
    data,
    version: view.record.version,
  });
  w.record = result.record;
  return undefined;
}

type EventPlan = Extract<Plan, { kind: 'event' }>;

async function apply(
  w: CaseWalk,
  env: WalkEnv,
  view: WalkView,
  plan: EventPlan,
): Promise<string | undefined> {
  const member = await actorFor(w, env, view, plan.need);
  if (member === undefined) return giveUp(w, env, view, `nobody_for:${plan.event.type}`);
  const event = { ...plan.event, actor: { role: member.roleId, userId: member.userId } } as CaseEvent;
  const { record } = await applyCaseEvent(context(env, member), view.record.id, view.record.version, event);
  w.record = record;
  if (event.type === 'reopen') {
    w.reopened = true;
    // After a re-opening the case is assessed again; half go one stage further.
    const further = nextStageToward(env.outline, record.stage, env.outline.stages.at(-1) ?? record.stage);
    w.target = {
      kind: 'open',
      stage: further !== undefined && w.random.chance(0.5) ? further : record.stage,
    };
  }
  return undefined;
}

/**
 * Nobody at the case's agency may do what the way forward needs (a partner agency's assessment,
 * an approval by another agency's head): a case meant to be closed further on is closed here;
 * otherwise it stays where it is, its tasks falling overdue.
 */
function giveUp(w: CaseWalk, env: WalkEnv, view: WalkView, why: string): string | undefined {
  const target = w.target;
  const closing = target.kind === 'closed' || target.kind === 'reopened';
  if (closing && target.stage !== view.state.stage && env.outline.closableFrom.includes(view.state.stage)) {
    w.target = { ...target, stage: view.state.stage };
    note(env, why);
    return undefined;
  }
  return `stuck:${view.state.stage}:${why}`;
}

/**
 * Someone who may do it; a colleague who cannot see the case yet is added to its team first. When
 * nobody at the case's agency may, staff of a partner that joint casework admits: the client's
 * consent to it is recorded (or renewed) first, and they join the team in their own role.
 */
async function actorFor(
  w: CaseWalk,
  env: WalkEnv,
  view: WalkView,
  need: Need,
): Promise<StaffMember | undefined> {
  const member = whoCan(env.def.bundle, env.staff, view.record, view.team, need, true)[0];
  if (member === undefined) return undefined;
  const joint = member.partnerId !== view.record.agency && member.actor.role.scope !== 'site';
  if (joint && !(await jointConsentInForce(w, env, view, member))) return undefined;
  if (seesCase(member, view.record, view.team)) return member;
  const lead = whoCan(env.def.bundle, env.staff, view.record, view.team, { permission: 'case.team' }).find(
    (m) => seesCase(m, view.record, view.team),
  );
  if (lead === undefined) return undefined;
  await addTeamMember(context(env, lead), view.record.id, { userId: member.userId, roleId: member.roleId });
  w.team.push(member.userId);
  if (joint) env.jointCasework.set(member.roleId, (env.jointCasework.get(member.roleId) ?? 0) + 1);
  return member;
}

function context(env: WalkEnv, member: StaffMember): OperationContext {
  return {
    store: env.store,
    registry: env.registry,
    clock: env.clock,
    actor: member.actor,
    version: env.version,
  };
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function schedule(w: CaseWalk, env: WalkEnv, pause: Pause): void {
  const now = env.clock.now().getTime();
  const r = w.random;
  const gap: Record<Pause, () => number> = {
    none: () => MINUTE,
    minutes: () => r.int(5, 60) * MINUTE,
    hours: () => r.int(1, 6) * HOUR,
    approval: () => w.pace * r.int(12, 72) * HOUR,
    stage: () => w.pace * r.int(1, 8) * DAY,
  };
  const weekend = env.def.calendar.weekend;
  w.nextAt = officeHours(now + gap[pause](), env.def.timeZone, weekend, r);
}

function end(w: CaseWalk, why: string): void {
  w.phase = 'done';
  w.ended = why;
}

function note(env: WalkEnv, key: string): void {
  env.problems.set(key, (env.problems.get(key) ?? 0) + 1);
}
