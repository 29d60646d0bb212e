import { requirePermission } from '../../access/actor.js';
import type { DefinitionKind } from '../../definitions/definition-kinds.js';
import { PlatformError } from '../../kernel/errors.js';
import { isJsonObject, type JsonObject } from '../../kernel/json.js';
import type { AuthoringContext } from './authoring-context.js';
import type { DraftRecord } from './authoring-store.js';
import { definitionIn } from './bundle-definitions.js';

/** Ids must make a valid `<id>.<kind>.json` file name, as in a site folder. */
export const DEFINITION_ID = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;

const bad = (pointer: string, message: string) =>
  new PlatformError('bad_request', message, { fields: [{ pointer, code: 'invalid', message }] });

/**
 * The shape a draft must have to be stored: a JSON object whose `kind` and `id` are the ones it is
 * saved under. Everything else (schema, references, translations) is the checker's job, so a
 * half-finished definition can be saved and its problems listed.
 */
function draftJson(ctx: AuthoringContext, kind: DefinitionKind, id: string, json: unknown): JsonObject {
  if (!isJsonObject(json)) throw bad('/json', 'The definition must be a JSON object.');
  if (json.kind !== kind) throw bad('/json/kind', `"kind" must be "${kind}".`);
  if (json.id !== id) throw bad('/json/id', `"id" must be "${id}".`);
  if (kind === 'site') {
    if (id !== ctx.version.siteId) throw bad('/json/id', `The site definition is "${ctx.version.siteId}".`);
    // The template's definitions are already part of the site's own; another template cannot be swapped in.
    if (json.extends !== ctx.version.bundle.site.extends)
      throw bad('/json/extends', '"extends" is fixed when a site is created.');
  }
  return json;
}

/**
 * Saves a draft of a definition: new JSON, or (`deleted`) its removal from the next version.
 * `version` is the draft version the editor started from; null creates a new draft. A draft
 * changed by someone else meanwhile is a 409, never overwritten.
 */
export async function saveDraft(
  ctx: AuthoringContext,
  input: { kind: DefinitionKind; id: string; json?: unknown; deleted?: boolean; version: number | null },
): Promise<DraftRecord> {
  requirePermission(ctx.actor, 'definitions.edit');
  const { kind, id } = input;
  if (!DEFINITION_ID.test(id)) throw bad('/id', 'Ids are lower-case letters and digits, joined by - or _.');
  const published = definitionIn(ctx.version.bundle, kind, id);
  if (input.deleted === true) {
    if (kind === 'site') throw bad('/deleted', 'The site definition cannot be removed.');
    if (published === undefined)
      throw new PlatformError('conflict', `${kind} "${id}" is not published; discard the draft instead.`);
  }
  const json = input.deleted === true ? null : draftJson(ctx, kind, id, input.json);
  return ctx.authoring.putDraft(
    {
      siteId: ctx.version.siteId,
      kind,
      id,
      json,
      deleted: input.deleted === true,
      baseVersionId: ctx.version.versionId,
      updatedBy: ctx.actor.userId,
      at: ctx.clock.now(),
    },
    input.version,
  );
}

/** Discards the draft of one definition (it goes back to the published one); 404 when there is none. */
export async function discardDraft(
  ctx: AuthoringContext,
  kind: DefinitionKind,
  id: string,
  version: number | null,
): Promise<void> {
  requirePermission(ctx.actor, 'definitions.edit');
  if (!(await ctx.authoring.deleteDraft(ctx.version.siteId, kind, id, version)))
    throw new PlatformError('not_found', `No draft of ${kind} "${id}".`);
}

/** Discards every draft of the site; returns how many there were. */
export async function discardDrafts(ctx: AuthoringContext): Promise<number> {
  requirePermission(ctx.actor, 'definitions.edit');
  return ctx.authoring.deleteDrafts(ctx.version.siteId);
}
