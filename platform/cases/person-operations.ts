import { requirePermission } from '../access/actor.js';
import { emergencyScope, requireStaffAccess } from '../access/emergency-access.js';
import { personScope } from '../access/person-scope.js';
import { validateSubmission } from '../forms/index.js';
import { PlatformError } from '../kernel/errors.js';
import { newId } from '../kernel/ids.js';
import type { JsonObject } from '../kernel/json.js';
import { normalizeName } from '../kernel/normalize-name.js';
import type { PageRequest, PersonQuery } from './case-store.js';
import type { OperationContext } from './operation-context.js';
import type { Page, PersonRecord, PersonSummary } from './records.js';
import { registrationFields } from './registration-fields.js';
import { siteToday } from './site-today.js';
import { invalidData } from './validation-error.js';

export type RegisterResult =
  | { readonly status: 'created'; readonly person: PersonRecord }
  | { readonly status: 'duplicates'; readonly candidates: readonly PersonSummary[] };

function registrationOf(ctx: OperationContext) {
  const registration = ctx.version.bundle.site.registration;
  if (registration === undefined)
    throw new PlatformError('conflict', `Site ${ctx.version.siteId} has no registration form.`);
  return registration;
}

function validated(ctx: OperationContext, data: unknown): JsonObject {
  const registration = registrationOf(ctx);
  const result = validateSubmission({
    bundle: ctx.version.bundle,
    formId: registration.form.form,
    data,
    locale: ctx.actor.locale,
    today: siteToday(ctx.version, ctx.clock.now()),
  });
  if (!result.ok) throw invalidData('The registration data is not valid.', result.errors);
  return result.data;
}

/**
 * Registers a client. Possible duplicates (the same identifier, or a similar name with the same
 * date of birth) are returned instead of creating anyone, until the caller confirms this is a
 * different person: nobody is merged silently.
 */
export async function registerPerson(
  ctx: OperationContext,
  input: { data: unknown; confirmedNew?: boolean },
): Promise<RegisterResult> {
  requirePermission(ctx.actor, 'person.register');
  const data = validated(ctx, input.data);
  const fields = registrationFields(registrationOf(ctx), data);
  const siteId = ctx.version.siteId;
  const candidates = await ctx.store.personDuplicates(siteId, {
    identifiers: fields.identifiers,
    nameKey: normalizeName(fields.displayName),
    birthDate: fields.birthDate,
  });
  if (candidates.length > 0 && input.confirmedNew !== true) return { status: 'duplicates', candidates };
  const at = ctx.clock.now();
  const person: PersonRecord = {
    id: newId(),
    siteId,
    data,
    ...fields,
    createdAt: at,
    createdBy: ctx.actor.userId,
    updatedAt: at,
    version: 1,
  };
  await ctx.store.transaction(async (tx) => {
    await tx.insertPerson(person);
    await tx.appendEvent({
      siteId,
      streamType: 'person',
      streamId: person.id,
      type: 'person.registered',
      actorUserId: ctx.actor.userId,
      actorPartner: ctx.actor.partnerId,
      at,
      payload: {
        data,
        definitionVersionId: ctx.version.versionId,
        ...(candidates.length > 0 ? { confirmedNotDuplicateOf: candidates.map((c) => c.id) } : {}),
      },
    });
  });
  return { status: 'created', person };
}

/** Changes a client's registration data, guarded by the version the caller read (409 when stale). */
export async function updatePerson(
  ctx: OperationContext,
  personId: string,
  input: { data: unknown; version: number },
): Promise<PersonRecord> {
  requirePermission(ctx.actor, 'person.update');
  await requireVisible(ctx, personId);
  const data = validated(ctx, input.data);
  const fields = registrationFields(registrationOf(ctx), data);
  const at = ctx.clock.now();
  return ctx.store.transaction(async (tx) => {
    const updated = await tx.updatePerson(
      { siteId: ctx.version.siteId, id: personId, version: input.version },
      { data, ...fields },
      at,
    );
    await tx.appendEvent({
      siteId: ctx.version.siteId,
      streamType: 'person',
      streamId: personId,
      type: 'person.updated',
      actorUserId: ctx.actor.userId,
      actorPartner: ctx.actor.partnerId,
      at,
      payload: { data },
    });
    return updated;
  });
}

/** A registered client; 404 for ids of other sites. */
export async function getPerson(ctx: OperationContext, personId: string): Promise<PersonRecord> {
  requirePermission(ctx.actor, 'person.read');
  await requireVisible(ctx, personId, 'read');
  const person = await ctx.store.person(ctx.version.siteId, personId);
  if (person === undefined) throw new PlatformError('not_found', 'No such person.');
  return person;
}

/**
 * A person outside the actor's person scope is "not found", as one of another site is — unless the
 * actor reads a case of theirs by emergency access: then the record may be read, never changed.
 */
async function requireVisible(
  ctx: OperationContext,
  personId: string,
  purpose: 'read' | 'write' = 'write',
): Promise<void> {
  const siteId = ctx.version.siteId;
  const at = ctx.clock.now();
  if (await ctx.store.personInScope(siteId, personId, personScope(ctx.actor, at))) return;
  const emergency = emergencyScope(ctx.actor, at);
  if (emergency && (await ctx.store.emergencyPersonAccess(siteId, personId, emergency.userId, at))) {
    if (purpose === 'read') return;
    requireStaffAccess('emergency');
  }
  throw new PlatformError('not_found', 'No such person.');
}

/** Finds clients by name (spelling-tolerant), identifier or date of birth. */
export async function searchPersons(
  ctx: OperationContext,
  query: PersonQuery,
  page: PageRequest,
): Promise<Page<PersonSummary>> {
  requirePermission(ctx.actor, 'person.read');
  return ctx.store.searchPersons(
    ctx.version.siteId,
    { ...query, scope: personScope(ctx.actor, ctx.clock.now()) },
    page,
  );
}
