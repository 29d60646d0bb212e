import { type Actor, actorFor } from '../../access/actor.js';
import { canAccessForm } from '../../access/form-access.js';
import type { Permission } from '../../definitions/definition-types.generated.js';
import type { SiteBundle } from '../../definitions/site-bundle.js';
import type { CaseQueries } from '../case-store.js';
import type { CaseRecord } from '../records.js';
import type { SopOutline } from './sop-outline.js';

/** A user acting in one membership (role at a partner agency) of the site. */
export type StaffMember = {
  readonly userId: string;
  readonly displayName: string;
  readonly partnerId: string;
  readonly roleId: string;
  readonly actor: Actor;
};

/**
 * Everyone working at the site, one entry per membership, in a stable order (partner, role,
 * display name) so a seed always hands the same work to the same people.
 */
export async function loadStaff(queries: CaseQueries, bundle: SiteBundle): Promise<StaffMember[]> {
  const staff: StaffMember[] = [];
  for (const partner of bundle.site.partners) {
    for (const member of await queries.members(bundle.siteId, partner.id)) {
      for (const roleId of member.roleIds) {
        if (!bundle.site.roles.some((r) => r.id === roleId)) continue;
        const input = {
          userId: member.userId,
          displayName: member.displayName,
          locale: bundle.site.defaultLocale,
          partnerId: partner.id,
          roleId,
        };
        staff.push({ ...input, actor: actorFor(bundle, input) });
      }
    }
  }
  return staff.sort(
    (a, b) =>
      a.partnerId.localeCompare(b.partnerId) ||
      a.roleId.localeCompare(b.roleId) ||
      a.displayName.localeCompare(b.displayName) ||
      a.userId.localeCompare(b.userId),
  );
}

/** Whether `role` is `target` or supervises it, directly or through roles it supervises. */
export function mayActFor(bundle: SiteBundle, role: string, target: string): boolean {
  const seen = new Set<string>();
  const queue = [role];
  while (queue.length > 0) {
    const next = queue.shift() as string;
    if (next === target) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(bundle.site.roles.find((r) => r.id === next)?.supervises ?? []));
  }
  return false;
}

/** What an action on a case needs from whoever does it. */
export type Need = {
  readonly permission?: Permission;
  /** The SOP role the engine checks (task, approval), which the actor must hold or supervise. */
  readonly role?: string;
  /** A form the actor must be allowed to write. */
  readonly form?: string;
};

/**
 * Whether a member sees the case, as the case scope in SQL has it (`access/case-scope.ts`): site
 * scope everything; agency scope the agency's cases and those whose team they are on; own scope
 * the cases they hold and those whose team they are on. The team is the walk's, whose members from
 * another partner are in force: the walk keeps the consent they rest on renewed.
 */
export function seesCase(member: StaffMember, record: CaseRecord, team: readonly string[]): boolean {
  const scope = member.actor.role.scope;
  if (!member.actor.permissions.has('case.read')) return false;
  if (scope === 'site') return true;
  if (team.includes(member.userId)) return true;
  if (scope === 'agency') return member.partnerId === record.agency;
  return record.ownerUserId === member.userId;
}

/**
 * The partners other than the case's agency whose staff may join its team under the client's
 * consent: recipients of a consent purpose of the site that admits joint casework.
 */
export function jointCaseworkPartners(bundle: SiteBundle, agency: string): string[] {
  const partners = (bundle.site.consentPurposes ?? [])
    .filter((p) => p.jointCasework === true)
    .flatMap((p) => p.recipients ?? []);
  return [...new Set(partners)].filter((p) => p !== agency);
}

/**
 * Who should do something: the key worker when they can, else the member of the case's agency
 * holding the task's role, else a supervisor; those who already see the case come first. With
 * `joint`, when nobody at the agency can, staff of partners that joint casework admits (who join
 * the team under the client's consent); members of another partner already on the team count.
 */
export function whoCan(
  bundle: SiteBundle,
  staff: readonly StaffMember[],
  record: CaseRecord,
  team: readonly string[],
  need: Need,
  joint = false,
): StaffMember[] {
  const suits = (m: StaffMember) =>
    (need.permission === undefined || m.actor.permissions.has(need.permission)) &&
    (need.role === undefined || mayActFor(bundle, m.roleId, need.role)) &&
    (need.form === undefined || canAccessForm(m.actor, need.form, 'write'));
  let able = staff.filter((m) => m.partnerId === record.agency && suits(m));
  if (able.length === 0 && joint) {
    const partners = jointCaseworkPartners(bundle, record.agency);
    able = staff.filter((m) => partners.includes(m.partnerId) && suits(m));
  }
  const rank = (m: StaffMember) =>
    (m.userId === record.ownerUserId ? 0 : 4) +
    (need.role !== undefined && m.roleId === need.role ? 0 : 2) +
    (seesCase(m, record, team) ? 0 : 1);
  return able.sort((a, b) => rank(a) - rank(b));
}

/**
 * Who opens (and so holds) the demo cases: members who may open cases under the SOP, from the
 * agencies where most of the SOP's approvals can be decided — an agency whose cases nobody there
 * may approve would only collect stuck cases.
 */
export function caseOpeners(
  bundle: SiteBundle,
  outline: SopOutline,
  staff: readonly StaffMember[],
): StaffMember[] {
  const openers = staff.filter(
    (m) =>
      m.actor.permissions.has('case.open') &&
      (outline.sop.openedBy === undefined || outline.sop.openedBy.includes(m.partnerId)),
  );
  const decidable = (partnerId: string) =>
    (outline.sop.approvals ?? []).filter((a) =>
      staff.some(
        (m) =>
          m.partnerId === partnerId &&
          m.actor.permissions.has('approval.decide') &&
          mayActFor(bundle, m.roleId, a.role),
      ),
    ).length;
  const best = Math.max(0, ...openers.map((m) => decidable(m.partnerId)));
  return openers.filter((m) => decidable(m.partnerId) === best);
}
