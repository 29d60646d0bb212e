import { requirePermission } from '../access/actor.js';
import { localize } from '../kernel/localized-text.js';
import { jointCaseworkConsent } from '../referrals/index.js';
import type { SiteMember } from './case-store.js';
import { type LoadedCase, loadCase } from './load-case.js';
import type { OperationContext } from './operation-context.js';
import { badField } from './validation-error.js';

/** Someone who may join a case's team: a colleague of the holding agency, or joint casework staff. */
export type TeamCandidate = SiteMember & {
  readonly partnerId: string;
  readonly partnerName: string;
  /** The client's consent admitting staff of another partner; `null` for colleagues. */
  readonly consent: {
    readonly id: string;
    readonly purpose: string;
    readonly expiresAt: string | null;
  } | null;
};

/**
 * Who may join the case team: every member of the agency holding the case, and the members of
 * each other partner that a consent of the client admits to joint casework now
 * (`referrals/joint-casework.ts`). Partners without such consent are left out.
 */
async function candidatesOf(ctx: OperationContext, loaded: LoadedCase): Promise<TeamCandidate[]> {
  const { record, version } = loaded;
  const { site } = version.bundle;
  const at = ctx.clock.now().toISOString();
  const consents = (await ctx.store.consentsOf(record.siteId, record.personId)).map((c) => c.record);
  const out: TeamCandidate[] = [];
  for (const partner of site.partners) {
    let consent: TeamCandidate['consent'] = null;
    if (partner.id !== record.agency) {
      const check = jointCaseworkConsent(version.bundle, consents, partner.id, at);
      if (!check.ok) continue;
      const { id, purpose, expiresAt } = check.consent;
      consent = { id, purpose, expiresAt };
    }
    const partnerName = localize(partner.name, ctx.actor.locale);
    for (const member of await ctx.store.members(record.siteId, partner.id))
      out.push({ ...member, partnerId: partner.id, partnerName, consent });
  }
  return out;
}

/** The people who may be added to the case's team now (see {@link candidatesOf}). */
export async function teamCandidates(ctx: OperationContext, caseId: string): Promise<TeamCandidate[]> {
  requirePermission(ctx.actor, 'case.team');
  return candidatesOf(ctx, await loadCase(ctx, caseId));
}

/**
 * Adds someone to the case team in one of their roles (team members see and work on the case,
 * within their role's permissions and form access). A colleague of the holding agency always
 * may; staff of another partner only under the client's consent to joint casework, which their
 * membership then rests on: withdrawn or expired, they are off the team (a renewed consent keeps
 * them on). Errors point at `/userId` or `/roleId`.
 */
export async function addTeamMember(
  ctx: OperationContext,
  caseId: string,
  input: { userId: string; roleId: string },
): Promise<void> {
  requirePermission(ctx.actor, 'case.team');
  const loaded = await loadCase(ctx, caseId);
  const { record, version } = loaded;
  if (!version.bundle.site.roles.some((r) => r.id === input.roleId))
    throw badField('/roleId', `No role "${input.roleId}".`, 'unknown');
  const candidate = (await candidatesOf(ctx, loaded)).find((m) => m.userId === input.userId);
  if (candidate === undefined) throw await notAdmitted(ctx, loaded, input.userId);
  if (candidate.consent !== null && !candidate.roleIds.includes(input.roleId))
    throw badField(
      '/roleId',
      `${candidate.displayName} does not hold the role "${input.roleId}".`,
      'unknown',
    );
  const at = ctx.clock.now();
  const consentId = candidate.consent?.id ?? null;
  await ctx.store.transaction(async (tx) => {
    await tx.addTeamMember(
      record.siteId,
      caseId,
      { userId: input.userId, roleId: input.roleId, consentId },
      at,
    );
    await tx.appendEvent({
      siteId: record.siteId,
      streamType: 'case',
      streamId: caseId,
      type: 'case.team_member_added',
      actorUserId: ctx.actor.userId,
      actorPartner: ctx.actor.partnerId,
      at,
      payload: {
        userId: input.userId,
        roleId: input.roleId,
        ...(candidate.consent ? { partnerId: candidate.partnerId, consentId: candidate.consent.id } : {}),
      },
    });
  });
}

/** Why a user may not join: not a member of the site, or of a partner the client has not consented to. */
async function notAdmitted(ctx: OperationContext, loaded: LoadedCase, userId: string) {
  const { record, version } = loaded;
  for (const partner of version.bundle.site.partners) {
    const member = (await ctx.store.members(record.siteId, partner.id)).find((m) => m.userId === userId);
    if (member === undefined) continue;
    const name = localize(partner.name, ctx.actor.locale);
    return badField(
      '/userId',
      `${member.displayName} works at ${name}: the client has no consent in force admitting joint casework with it.`,
      'consent_required',
    );
  }
  return badField('/userId', 'No such member of this site.', 'unknown');
}

export async function removeTeamMember(ctx: OperationContext, caseId: string, userId: string): Promise<void> {
  requirePermission(ctx.actor, 'case.team');
  const loaded = await loadCase(ctx, caseId);
  const at = ctx.clock.now();
  await ctx.store.transaction(async (tx) => {
    await tx.removeTeamMember(loaded.record.siteId, caseId, userId);
    await tx.appendEvent({
      siteId: loaded.record.siteId,
      streamType: 'case',
      streamId: caseId,
      type: 'case.team_member_removed',
      actorUserId: ctx.actor.userId,
      actorPartner: ctx.actor.partnerId,
      at,
      payload: { userId },
    });
  });
}
