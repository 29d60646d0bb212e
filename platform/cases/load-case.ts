import type { Actor } from '../access/actor.js';
import { caseInScope, caseScope } from '../access/case-scope.js';
import { PlatformError } from '../kernel/errors.js';
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
};

/** Whether the actor may see this case; the same rule lists apply in SQL. */
export async function visibleTo(
  queries: CaseQueries,
  actor: Actor,
  record: CaseRecord,
): Promise<{ visible: boolean; teamUserIds: string[] }> {
  const teamUserIds = (await queries.team(record.siteId, record.id)).map((m) => m.userId);
  return {
    visible: caseInScope(caseScope(actor), {
      agency: record.agency,
      ownerUserId: record.ownerUserId,
      teamUserIds,
    }),
    teamUserIds,
  };
}

/**
 * Loads a case the actor may see, with its client and pinned definitions. A case of another site,
 * or one outside the actor's scope, is "not found": ids reveal nothing.
 */
export async function loadCase(
  ctx: OperationContext,
  caseId: string,
  queries: CaseQueries = ctx.store,
): Promise<LoadedCase> {
  const record = await queries.caseById(ctx.version.siteId, caseId);
  if (record === undefined) throw new PlatformError('not_found', 'No such case.');
  const { visible, teamUserIds } = await visibleTo(queries, ctx.actor, record);
  if (!visible) throw new PlatformError('not_found', 'No such case.');
  const version =
    record.definitionVersionId === ctx.version.versionId
      ? ctx.version
      : await ctx.registry.byVersion(record.siteId, record.definitionVersionId);
  if (version === undefined)
    throw new PlatformError('internal', 'The definitions the case runs under are missing.');
  return { record, person: await queries.person(record.siteId, record.personId), version, teamUserIds };
}
