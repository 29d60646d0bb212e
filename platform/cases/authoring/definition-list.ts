import { requirePermission } from '../../access/actor.js';
import type { DefinitionKind } from '../../definitions/definition-kinds.js';
import { PlatformError } from '../../kernel/errors.js';
import type { JsonObject } from '../../kernel/json.js';
import type { AuthoringContext } from './authoring-context.js';
import type { DraftRecord } from './authoring-store.js';
import { bundleDefinitions, definitionIn, definitionKeyOf } from './bundle-definitions.js';
import { definitionPath } from './bundle-source.js';
import { definitionTitle } from './definition-title.js';
import { same } from './diff/by-key.js';

/** How a definition stands: as published (no draft, or one that changes nothing), changed or removed by a draft, or added by one. */
export type DefinitionStatus = 'published' | 'changed' | 'added' | 'deleted';

/** One definition of the site in the admin UI's list. */
export type DefinitionListItem = {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly title: string;
  /** The file it was published from (or will be reported under). */
  readonly file: string;
  readonly status: DefinitionStatus;
  readonly draft: DraftSummary | null;
};

/** The draft of a listed definition. */
export type DraftSummary = Pick<DraftRecord, 'version' | 'updatedAt' | 'updatedBy' | 'baseVersionId'> & {
  /** The draft started from another version than the active one (someone published since). */
  readonly stale: boolean;
};

function summary(draft: DraftRecord, activeVersionId: string): DraftSummary {
  const { version, updatedAt, updatedBy, baseVersionId } = draft;
  return { version, updatedAt, updatedBy, baseVersionId, stale: baseVersionId !== activeVersionId };
}

/** Every definition of the site's active version and its drafts, in kind order, drafts marked. */
export async function listDefinitions(ctx: AuthoringContext): Promise<{
  versionId: string;
  version: number;
  hash: string;
  items: DefinitionListItem[];
}> {
  requirePermission(ctx.actor, 'definitions.read');
  const { bundle, versionId, version } = ctx.version;
  const drafts = new Map(
    (await ctx.authoring.drafts(bundle.siteId)).map((d) => [definitionKeyOf(d.kind, d.id), d]),
  );
  const fallbacks = [bundle.site.defaultLocale, 'en'];
  const item = (
    kind: DefinitionKind,
    id: string,
    published: Readonly<Record<string, unknown>> | undefined,
  ) => {
    const draft = drafts.get(definitionKeyOf(kind, id));
    drafts.delete(definitionKeyOf(kind, id));
    const status: DefinitionStatus =
      draft === undefined || (published && !draft.deleted && same(draft.json, published))
        ? 'published'
        : draft.deleted
          ? 'deleted'
          : published
            ? 'changed'
            : 'added';
    return {
      kind,
      id,
      title: definitionTitle(draft?.json ?? published, id, ctx.actor.locale, fallbacks),
      file: definitionPath(bundle.siteId, kind, id, bundle.sources),
      status,
      draft: draft === undefined ? null : summary(draft, versionId),
    };
  };
  const items = [...bundleDefinitions(bundle).values()].map((d) => item(d.kind, d.id, d.json));
  for (const added of [...drafts.values()]) items.push(item(added.kind, added.id, undefined));
  return { versionId, version, hash: bundle.hash, items };
}

/** One definition: as published and as drafted. 404 when it is neither. */
export async function readDefinition(
  ctx: AuthoringContext,
  kind: DefinitionKind,
  id: string,
): Promise<{
  kind: DefinitionKind;
  id: string;
  file: string;
  published: JsonObject | null;
  draft: (DraftRecord & { stale: boolean }) | null;
}> {
  requirePermission(ctx.actor, 'definitions.read');
  const { bundle, versionId } = ctx.version;
  const published = (definitionIn(bundle, kind, id) as JsonObject | undefined) ?? null;
  const draft = await ctx.authoring.draft(bundle.siteId, kind, id);
  if (published === null && draft === undefined)
    throw new PlatformError('not_found', `No ${kind} "${id}" at this site.`);
  return {
    kind,
    id,
    file: definitionPath(bundle.siteId, kind, id, bundle.sources),
    published,
    draft: draft === undefined ? null : { ...draft, stale: draft.baseVersionId !== versionId },
  };
}
