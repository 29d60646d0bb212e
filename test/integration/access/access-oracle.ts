/*
 * The matrix's oracle: who should see and do what, derived from the site definitions alone —
 * the role's permissions, scope and form access, the referral protocol — and the relationship of
 * the actor to the case. Written for the test, from the rules the issue states, and deliberately
 * independent of `platform/access`: if the two disagree, one of them is wrong.
 *
 * - Own scope: cases the user owns or is on the team of; clients they registered or work with.
 * - Agency scope: every case of the user's agency and those they are on the team of; clients with
 *   a case there, registered there, or whose case team they are on.
 * - Site scope: everything. Aggregate scope: nothing but counts.
 * - A referral's receiving agency never sees the case or the client record: only the referral
 *   (its process and the snapshot of shared fields), and the current shared fields while the
 *   referral runs and consent holds.
 * - Emergency (break-glass) access: a role with `break_glass` that obtained it reads the case —
 *   never writes — until it runs out.
 */
import type { AccessLevel, Permission } from '../../../platform/definitions/definition-types.generated.js';
import { can, type MatrixActor, type MatrixCase } from './matrix-world-types.js';

const RANK: Record<AccessLevel, number> = { none: 0, read: 1, write: 2 };

/** The role's access to a form: its per-form setting, else its default, else none. */
export function formAccess(actor: MatrixActor, formId: string): AccessLevel {
  const access = actor.role.formAccess;
  return access?.forms?.[formId] ?? access?.default ?? 'none';
}

export function formAtLeast(actor: MatrixActor, formId: string, level: AccessLevel): boolean {
  return RANK[formAccess(actor, formId)] >= RANK[level];
}

/** Whether the case lies in the actor's scope (without asking about permissions). */
function inScope(actor: MatrixActor, c: MatrixCase): boolean {
  switch (actor.role.scope) {
    case 'site':
      return true;
    case 'agency':
      return c.agency === actor.partnerId || c.teamUserIds.includes(actor.userId);
    case 'own':
      return c.ownerUserId === actor.userId || c.teamUserIds.includes(actor.userId);
    default:
      return false;
  }
}

/** Reads and works on the case as its staff. */
export function seesCase(actor: MatrixActor, c: MatrixCase): boolean {
  return can(actor, 'case.read') && inScope(actor, c);
}

/** Reads the client's record (each matrix client has one case, opened by whoever registered them). */
export function seesPerson(actor: MatrixActor, c: MatrixCase): boolean {
  if (!can(actor, 'person.read')) return false;
  return inScope(actor, c) || (actor.role.scope === 'own' && c.registeredBy === actor.userId);
}

/** The actor's agency received the case's referral and the role answers or delivers referrals. */
export function receives(actor: MatrixActor, c: MatrixCase): boolean {
  const receiver = can(actor, 'referral.respond') || can(actor, 'referral.deliver');
  return receiver && c.referral !== null && c.referral.receiverPartner === actor.partnerId;
}

/** Reads the case under emergency access that has not run out. */
export function emergencyReads(actor: MatrixActor, c: MatrixCase): boolean {
  return can(actor, 'break_glass') && can(actor, 'case.read') && c.grants.get(actor.userId) === 'valid';
}

/** Reads the case: as its staff, or by emergency access that has not run out. */
export function readsCase(actor: MatrixActor, c: MatrixCase): boolean {
  return seesCase(actor, c) || emergencyReads(actor, c);
}

/** Reads the client's record: as staff of their work, or by emergency access to their case. */
export function readsPerson(actor: MatrixActor, c: MatrixCase): boolean {
  return seesPerson(actor, c) || (can(actor, 'person.read') && emergencyReads(actor, c));
}

/** The receiver may open the current shared data: the referral runs and consent holds. */
export function currentShared(actor: MatrixActor, c: MatrixCase): boolean {
  return receives(actor, c) && c.referral?.fate === 'active';
}

/** Sees a referral at all: as the case's staff, or as its receiving agency. */
export function seesReferral(actor: MatrixActor, c: MatrixCase): boolean {
  return seesCase(actor, c) || receives(actor, c);
}

/** Works with referrals at all: reads cases, or receives referrals. Aggregate roles do neither. */
export function doesCaseWork(actor: MatrixActor): boolean {
  return can(actor, 'case.read') || can(actor, 'referral.respond') || can(actor, 'referral.deliver');
}

/** Counts only: KPIs without any person or case. */
export function aggregateOnly(actor: MatrixActor): boolean {
  return can(actor, 'kpi.read') && !can(actor, 'person.read') && !can(actor, 'case.read');
}

/** The permission each case action needs (the definition language's permission list). */
export const ACTION_PERMISSION: Readonly<Record<string, Permission>> = {
  advance: 'case.advance',
  complete_task: 'task.complete',
  skip_task: 'task.complete',
  add_task: 'task.add',
  request_approval: 'approval.request',
  approve: 'approval.decide',
  return: 'approval.decide',
  close: 'case.close',
  reopen: 'case.reopen',
  set_passive: 'case.passive',
  resume: 'case.passive',
  adjust_review: 'review.schedule',
};

/** The relationship of the actor to the case, as the report names it. */
export function relationship(actor: MatrixActor, c: MatrixCase): string {
  if (c.ownerUserId === actor.userId) return 'owner';
  if (c.teamUserIds.includes(actor.userId)) return 'team member';
  const grant = c.grants.get(actor.userId);
  if (grant !== undefined) return grant === 'valid' ? 'emergency access' : 'emergency access run out';
  if (c.agency === actor.partnerId) return 'same agency';
  if (c.referral !== null && c.referral.receiverPartner === actor.partnerId)
    return {
      active: 'referred to their agency',
      consent_withdrawn: 'referred to their agency, consent withdrawn',
      closed: 'referred to their agency, referral closed',
    }[c.referral.fate];
  return 'other agency';
}
