import type { Actor } from '../access/actor.js';
import { caseInScope, caseScope } from '../access/case-scope.js';
import {
  type CaseAccess,
  type EmergencyGrant,
  mayBreakGlass,
  requireStaffAccess,
} from '../access/emergency-access.js';
import { PlatformError } from '../kernel/errors.js';
import type { Referral } from '../referrals/index.js';
import type { CaseQueries } from './case-store.js';
import type { OperationContext } from './operation-context.js';
import type { CaseRecord, PersonRecord } from './records.js';
import type { SiteVersion } from './site-registry.js';

export type LoadedCase = {
  readonly record: CaseRecord;
  readonly person: PersonRecord | undefined;
  /** The definitions the case runs under (its pinned version, not necessarily the active one). */
  readonly version: SiteVersion;
  readonly teamUserIds: readonly string[];
  /** The case's referrals (the engine's states), for the `referrals.<protocol>` facts. */
  readonly referrals: readonly Referral[];
  /** How the actor reaches the case: as its staff, or by emergency access (read-only). */
  readonly access: CaseAccess;
  /** The running emergency grant the actor reads the case by, when `access` is `emergency`. */
  readonly emergency: EmergencyGrant | null;
};

/** Whether the actor may see this case; the same rule lists apply in SQL. */
export async function visibleTo(
  queries: CaseQueries,
  actor: Actor,
  record: CaseRecord,
  at: Date,
): Promise<{ visible: boolean; teamUserIds: string[] }> {
  const team = await queries.team(record.siteId, record.id, at);
  const teamUserIds = team.filter((m) => m.inForce).map((m) => m.userId);
  return {
    visible: caseInScope(caseScope(actor, at), {
      agency: record.agency,
      ownerUserId: record.ownerUserId,
      teamUserIds,
    }),
    teamUserIds,
  };
}

/**
 * Loads a case the actor may see, with its client and pinned definitions. A case of another site,
 * or one outside the actor's scope, is "not found": ids reveal nothing. A case the actor reaches
 * only by emergency (break-the-glass) access loads for `read`; for anything else — the default, so
 * a new operation cannot forget — it is refused with 403 "read-only". After the grant runs out it
 * is "not found" again.
 */
export async function loadCase(
  ctx: OperationContext,
  caseId: string,
  queries: CaseQueries = ctx.store,
  purpose: 'read' | 'write' = 'write',
): Promise<LoadedCase> {
  const record = await queries.caseById(ctx.version.siteId, caseId);
  if (record === undefined) throw new PlatformError('not_found', 'No such case.');
  const at = ctx.clock.now();
  const { visible, teamUserIds } = await visibleTo(queries, ctx.actor, record, at);
  if (visible) return loadedCase(ctx, record, teamUserIds, queries);
  const grant = mayBreakGlass(ctx.actor)
    ? await queries.emergencyGrant(record.siteId, record.id, ctx.actor.userId, at)
    : undefined;
  if (grant === undefined) throw new PlatformError('not_found', 'No such case.');
  if (purpose !== 'read') requireStaffAccess('emergency');
  return { ...(await loadedCase(ctx, record, teamUserIds, queries)), access: 'emergency', emergency: grant };
}

/**
 * A case record with its client, pinned definitions and referrals, without an access check: for
 * callers that decided access otherwise (a referral's receiver acting on it, the scheduler).
 */
export async function loadedCase(
  ctx: Pick<OperationContext, 'version' | 'registry'>,
  record: CaseRecord,
  teamUserIds: readonly string[],
  queries: CaseQueries,
): Promise<LoadedCase> {
  const version =
    record.definitionVersionId === ctx.version.versionId
      ? ctx.version
      : await ctx.registry.byVersion(record.siteId, record.definitionVersionId);
  if (version === undefined)
    throw new PlatformError('internal', 'The definitions the case runs under are missing.');
  const person = await queries.person(record.siteId, record.personId);
  const referrals = (await queries.referralsOfCase(record.siteId, record.id)).map((r) => r.state);
  return { record, person, version, teamUserIds, referrals, access: 'staff', emergency: null };
}
