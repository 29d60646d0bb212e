import type { Permission, ReferralDefinition } from '../../definitions/definition-types.generated.js';
import { isJsonObject, type JsonValue } from '../../kernel/json.js';
import {
  bundleEvaluator,
  checkEligibility,
  type ReferralReceiver,
  type ReferralStatus,
  receiverOf,
} from '../../referrals/index.js';
import { caseFactsOf } from '../../workflow/index.js';
import { type StaffMember, whoCan } from './demo-staff.js';
import { drawReferralOutcome, REFERRAL_OUTCOME_ORDER, referralMoves } from './referral-outcomes.js';
import type { WalkView } from './walk-decisions.js';
import type { CaseWalk, Plan, ReferralWalk, WalkEnv } from './walk-types.js';

/**
 * Referral work due now: the next move of a running referral, or a new referral — one the current
 * stage's conditions wait for (`referrals.<protocol>.status`), or now and then one more in a
 * stage of ongoing work. Only protocols the case's agency may send are used, mostly where the
 * client is eligible (a few are started regardless: refused, they stay drafts).
 */
export function referralPlan(w: CaseWalk, env: WalkEnv, view: WalkView): Plan | undefined {
  const now = view.now.getTime();
  const due = w.referrals.find((r) => r.step < r.moves.length && r.nextAt <= now);
  if (due !== undefined) return { kind: 'referral', referral: due };
  if (view.state.status !== 'open') return undefined;
  const protocol = wantedProtocol(w, env, view);
  if (protocol === undefined) return undefined;
  const referral = startReferral(w, env, protocol, now);
  return referral === undefined ? undefined : { kind: 'referral', referral };
}

/** When the next move of a running referral is due; `undefined` when none is left. */
export function nextReferralAt(w: CaseWalk): number | undefined {
  const times = w.referrals.filter((r) => r.step < r.moves.length).map((r) => r.nextAt);
  return times.length === 0 ? undefined : Math.min(...times);
}

function wantedProtocol(w: CaseWalk, env: WalkEnv, view: WalkView): ReferralDefinition | undefined {
  const unused = sendableProtocols(env, view).filter((p) => !w.referrals.some((r) => r.protocol === p.id));
  const stage = env.def.stages.get(view.state.stage);
  const awaited = new Set(referralIds([stage?.transitions ?? [], stage?.tasks ?? [], stage?.exit ?? null]));
  if (unused.length === 0) return undefined;
  // Checking eligibility costs a rules evaluation: only for what would be sent now.
  const needed = unused.find((p) => awaited.has(p.id) && eligibleFor(env, view, p));
  if (needed !== undefined) return needed;
  if (w.referralStages.has(stageKey(view))) return undefined;
  w.referralStages.add(stageKey(view));
  const ongoing = env.outline.sop.reviews?.some((r) => r.during.includes(view.state.stage)) ?? false;
  const expected = unused.some((p) => awaited.has(p.id));
  if ((!ongoing && !expected) || !w.random.chance(env.extraReferrals)) return undefined;
  // Now and then a caseworker starts a referral the client turns out not to be eligible for.
  const pool = w.random.chance(0.1) ? unused : unused.filter((p) => eligibleFor(env, view, p));
  return pool.length === 0 ? undefined : w.random.pick(pool);
}

const stageKey = (view: WalkView) => `${view.state.stage}#${view.state.stageEntry}`;

function eligibleFor(env: WalkEnv, view: WalkView, p: ReferralDefinition): boolean {
  if (p.eligibility === undefined) return true;
  const bundle = env.def.bundle;
  const facts = caseFactsOf(env.def, view.state, view.now.toISOString(), view.external);
  const locale = bundle.site.defaultLocale;
  return checkEligibility(bundle, bundleEvaluator(bundle), p.eligibility, facts, locale).eligible;
}

/** Protocols the case's agency may send, with someone there allowed to. */
function sendableProtocols(env: WalkEnv, view: WalkView): ReferralDefinition[] {
  const bundle = env.def.bundle;
  return Object.values(bundle.referrals).filter(
    (p) =>
      (p.from.partners === undefined || p.from.partners.includes(view.record.agency)) &&
      receiverOf(bundle, p) !== undefined &&
      referralSender(env, view, p) !== undefined,
  );
}

/** Who at the case's agency sends referrals of a protocol. */
export function referralSender(env: WalkEnv, view: WalkView, p: ReferralDefinition): StaffMember | undefined {
  return whoCan(env.def.bundle, env.staff, view.record, view.team, { permission: 'referral.send' }).find(
    (m) => p.from.roles === undefined || p.from.roles.length === 0 || p.from.roles.includes(m.roleId),
  );
}

function startReferral(
  w: CaseWalk,
  env: WalkEnv,
  p: ReferralDefinition,
  now: number,
): ReferralWalk | undefined {
  const receiver = receiverOf(env.def.bundle, p);
  if (receiver === undefined) return undefined;
  // The first referrals of a run take every outcome in turn, so a small run shows them all.
  const index = env.referralsStarted++;
  const drawn = REFERRAL_OUTCOME_ORDER[index] ?? drawReferralOutcome(w.random);
  const outcome = reachable(env, receiver, drawn);
  const moves = referralMoves(outcome, receiver.onSystem);
  const referral = { protocol: p.id, outcome, moves, step: 0, nextAt: now };
  w.referrals.push(referral);
  return referral;
}

/** An agency on the system with nobody there who may answer leaves referrals unanswered. */
function reachable(env: WalkEnv, receiver: ReferralReceiver, outcome: ReferralStatus): ReferralStatus {
  if (!receiver.onSystem || receiver.kind !== 'partner') return outcome;
  const staffed = (permission: Permission) =>
    env.staff.some((m) => m.partnerId === receiver.partnerId && m.actor.permissions.has(permission));
  if (!staffed('referral.respond'))
    return outcome === 'draft' || outcome === 'cancelled' ? outcome : 'requested';
  const delivering = ['in_progress', 'on_hold', 'completed', 'failed'].includes(outcome);
  return delivering && !staffed('referral.deliver') ? 'accepted' : outcome;
}

/** Protocol ids the conditions read as `referrals.<id>.…`. */
function referralIds(logic: unknown): string[] {
  if (Array.isArray(logic)) return logic.flatMap(referralIds);
  if (!isJsonObject(logic as JsonValue)) return [];
  return Object.entries(logic as Record<string, unknown>).flatMap(([key, value]) => {
    if (key === 'var') {
      const path = Array.isArray(value) ? value[0] : value;
      const match = typeof path === 'string' ? /^referrals\.([^.]+)/.exec(path) : null;
      return match?.[1] === undefined ? [] : [match[1]];
    }
    return referralIds(value);
  });
}
