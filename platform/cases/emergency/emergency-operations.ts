import { requirePermission } from '../../access/actor.js';
import { caseScope } from '../../access/case-scope.js';
import {
  type EmergencyGrant,
  emergencyExpiry,
  emergencyReason,
  grantIsValid,
  requireBreakGlass,
} from '../../access/emergency-access.js';
import { formAccessLevel } from '../../access/form-access.js';
import { PlatformError } from '../../kernel/errors.js';
import { newId, UUID_PATTERN } from '../../kernel/ids.js';
import type { PageRequest } from '../case-store.js';
import { visibleTo } from '../load-case.js';
import type { OperationContext } from '../operation-context.js';
import type { Page } from '../records.js';
import { badField } from '../validation-error.js';
import { emergencyDisclosedFields } from './emergency-fields.js';
import type { EmergencyGrantListItem, EmergencyLookupItem } from './emergency-store.js';

/** A case found by the emergency lookup, with how the actor reaches it now. */
export type EmergencyLookupResult = EmergencyLookupItem & {
  /** `staff`: open it as usual; `emergency`: a grant runs until `expiresAt`; `none`: ask for access. */
  readonly access: 'staff' | 'emergency' | 'none';
  readonly expiresAt: Date | null;
};

/**
 * Finds cases for a worker who may break the glass, anywhere at the site, by the exact case id or
 * the exact value of one of the client's official identifiers (no names, no partial matches).
 * Only the minimum is answered — holding agency, SOP, stage, status and opening date — so the
 * worker can tell the right case before asking for access; nothing of the client.
 */
export async function lookupForEmergency(
  ctx: OperationContext,
  probe: { identifier?: string | undefined; caseId?: string | undefined },
): Promise<EmergencyLookupResult[]> {
  requireBreakGlass(ctx.actor);
  const identifier = probe.identifier?.trim() ?? '';
  const caseId = probe.caseId?.trim().toLowerCase() ?? '';
  if (identifier === '' && caseId === '')
    throw badField('/identifier', 'Give the client’s identifier or the case id.', 'required');
  if (caseId !== '' && !UUID_PATTERN.test(caseId)) return [];
  const siteId = ctx.version.siteId;
  const items = await ctx.store.emergencyLookup(siteId, {
    ...(identifier !== '' ? { identifier } : {}),
    ...(caseId !== '' ? { caseId } : {}),
  });
  const at = ctx.clock.now();
  return Promise.all(
    items.map(async (item) => {
      const record = await ctx.store.caseById(siteId, item.caseId);
      const staff = record !== undefined && (await visibleTo(ctx.store, ctx.actor, record, at)).visible;
      const grant = staff
        ? undefined
        : await ctx.store.emergencyGrant(siteId, item.caseId, ctx.actor.userId, at);
      return {
        ...item,
        access: staff ? 'staff' : grant ? 'emergency' : 'none',
        expiresAt: grant?.expiresAt ?? null,
      } as const;
    }),
  );
}

/**
 * Grants the actor emergency, read-only access to a case outside their scope until the site's
 * `break_glass_hours` have passed. One transaction stores the grant, appends
 * `case.emergency_access` (reason, expiry) to the case history and logs a `break_glass`
 * disclosure of everything the reader may now see for the client. 409 when the actor already
 * reaches the case — as its staff, or by a grant that has not run out.
 */
export async function grantEmergencyAccess(
  ctx: OperationContext,
  caseId: string,
  input: { reason: unknown },
): Promise<EmergencyGrant> {
  requireBreakGlass(ctx.actor);
  const reason = emergencyReason(input.reason);
  const siteId = ctx.version.siteId;
  const record = UUID_PATTERN.test(caseId) ? await ctx.store.caseById(siteId, caseId) : undefined;
  if (record === undefined) throw new PlatformError('not_found', 'No such case.');
  const at = ctx.clock.now();
  if ((await visibleTo(ctx.store, ctx.actor, record, at)).visible)
    throw new PlatformError('conflict', 'You already work on this case: open it as usual.');
  const held = await ctx.store.emergencyGrant(siteId, caseId, ctx.actor.userId, at);
  if (held !== undefined)
    throw new PlatformError('conflict', 'You already have emergency access to this case.', {
      detail: {
        emergencyAccess: {
          ...held,
          grantedAt: held.grantedAt.toISOString(),
          expiresAt: held.expiresAt.toISOString(),
        },
      },
    });
  const grant: EmergencyGrant = {
    id: newId(at.getTime()),
    siteId,
    caseId,
    userId: ctx.actor.userId,
    partnerId: ctx.actor.partnerId,
    reason,
    grantedAt: at,
    expiresAt: emergencyExpiry(ctx.version.bundle, at),
  };
  const person = await ctx.store.person(siteId, record.personId);
  const readable = Object.keys(record.facts).filter(
    (formId) => formAccessLevel(ctx.actor, formId) !== 'none',
  );
  const fields = emergencyDisclosedFields(ctx.version.bundle, person?.data, record.facts, readable);
  await ctx.store.transaction(async (tx) => {
    await tx.insertEmergencyGrant(grant);
    await tx.appendEvent({
      siteId,
      streamType: 'case',
      streamId: caseId,
      type: 'case.emergency_access',
      actorUserId: ctx.actor.userId,
      actorPartner: ctx.actor.partnerId,
      at,
      payload: { grantId: grant.id, reason, expiresAt: grant.expiresAt.toISOString() },
    });
    await tx.insertDisclosure({
      id: newId(at.getTime()),
      siteId,
      personId: record.personId,
      referralId: null,
      recipientPartner: ctx.actor.partnerId,
      at,
      entry: {
        at: at.toISOString(),
        personId: record.personId,
        recipientPartner: ctx.actor.partnerId,
        recipientUser: ctx.actor.userId,
        purpose: null,
        consentId: null,
        fields,
        reason: 'break_glass',
      },
      shared: null,
    });
  });
  return grant;
}

/**
 * Emergency accesses a supervisor looks over (`case.read`): every grant on a case within the
 * actor's own (staff) scope — an agency's head sees who broke the glass on the agency's cases,
 * a site-wide role sees all — and the actor's own grants; newest first, each saying whether it
 * still runs.
 */
export async function listEmergencyAccess(
  ctx: OperationContext,
  page: PageRequest,
): Promise<Page<EmergencyGrantListItem & { readonly active: boolean }>> {
  requirePermission(ctx.actor, 'case.read');
  const at = ctx.clock.now();
  const result = await ctx.store.emergencyGrants(
    ctx.version.siteId,
    { scope: caseScope(ctx.actor, at), userId: ctx.actor.userId },
    page,
  );
  return { items: result.items.map((g) => ({ ...g, active: grantIsValid(g, at) })), next: result.next };
}
